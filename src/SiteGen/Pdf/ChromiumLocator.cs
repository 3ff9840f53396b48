namespace SiteGen.Pdf;

/// <summary>Outcome of looking for a Chromium executable: either where it is, or what the user should do.</summary>
internal abstract record ChromiumLookup
{
    private ChromiumLookup() { }

    /// <summary>A usable browser executable.</summary>
    public sealed record Found(string ExecutablePath) : ChromiumLookup;

    /// <summary>No usable browser; <paramref name="Message"/> is written for the user, ready to print before exiting 1.</summary>
    public sealed record NotFound(string Message) : ChromiumLookup;
}

/// <summary>Finds the Chromium that prints PDFs: <c>SITEGEN_CHROMIUM</c> first, then well-known names on <c>PATH</c>.</summary>
internal static class ChromiumLocator
{
    /// <summary>Environment variable that names the browser executable explicitly (needed on Windows and macOS).</summary>
    public const string OverrideVariable = "SITEGEN_CHROMIUM";

    /// <summary>Names tried on PATH, in order: Debian's package, Ubuntu's older package, Google's build.</summary>
    public static IReadOnlyList<string> PathCandidates { get; } = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>Looks the browser up in this process's environment and file system.</summary>
    public static ChromiumLookup Locate() =>
        Locate(Environment.GetEnvironmentVariable, IsExecutableFile, OperatingSystem.IsWindows());

    /// <summary>Looks the browser up through the given environment and file check, so the rules can be tested in isolation.</summary>
    /// <param name="getVariable">Reads an environment variable (<c>SITEGEN_CHROMIUM</c>, <c>PATH</c>).</param>
    /// <param name="isExecutable">Tells whether a full path is an existing executable file.</param>
    /// <param name="windows">Whether PATH entries are separated by ';' and executables end in <c>.exe</c>.</param>
    public static ChromiumLookup Locate(Func<string, string?> getVariable, Func<string, bool> isExecutable, bool windows)
    {
        var explicitPath = getVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            // An explicit choice that is wrong must not silently fall back to another browser:
            // the user set it for a reason and should learn that it does not point anywhere useful.
            return isExecutable(explicitPath)
                ? new ChromiumLookup.Found(explicitPath)
                : new ChromiumLookup.NotFound(
                    $"{OverrideVariable} is set to \"{explicitPath}\", but no executable file is there. "
                    + $"Point {OverrideVariable} at the Chromium or Google Chrome executable, or unset it to search PATH.");
        }

        var directories = (getVariable("PATH") ?? "")
            .Split(windows ? ';' : ':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in PathCandidates)
        {
            var fileName = windows ? name + ".exe" : name;
            foreach (var directory in directories)
            {
                var candidate = Path.Combine(directory, fileName);
                if (isExecutable(candidate))
                {
                    return new ChromiumLookup.Found(candidate);
                }
            }
        }

        return new ChromiumLookup.NotFound(
            "Chromium is needed to print PDFs, but none was found "
            + $"({OverrideVariable} is not set and none of {string.Join(", ", PathCandidates)} is on PATH). "
            + "On Debian or Ubuntu install it with: sudo apt-get install chromium. "
            + $"On Windows or macOS install Google Chrome or Chromium and set {OverrideVariable} to the full path of its executable.");
    }

    /// <summary>True for an existing file that this user may run (on Unix: any execute bit set).</summary>
    public static bool IsExecutableFile(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
