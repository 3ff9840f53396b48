namespace SiteGen.Checks.Tools;

/// <summary>Finds programs the way a shell would: on PATH, trying Windows' executable extensions there.</summary>
internal static class ExecutableFinder
{
    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? OnPath(string name) => OnPath(name, Environment.GetEnvironmentVariable("PATH"));

    /// <summary>The full path of <paramref name="name"/> in the folders of <paramref name="pathVariable"/>, or null.</summary>
    public static string? OnPath(string name, string? pathVariable)
    {
        var path = pathVariable ?? "";
        string[] extensions = OperatingSystem.IsWindows()
            ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".COM;.EXE;.BAT;.CMD").Split(';', StringSplitOptions.RemoveEmptyEntries)
            : [""];
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var extension in extensions)
            {
                var candidate = Path.Combine(folder.Trim('"'), name + extension);
                if (IsExecutableFile(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>The first of <paramref name="candidates"/> (full paths) that exists as an executable file, or null.</summary>
    public static string? FirstExisting(IEnumerable<string?> candidates) =>
        candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c) && IsExecutableFile(c));

    private static bool IsExecutableFile(string path)
    {
        if (!File.Exists(path)) return false;
        if (OperatingSystem.IsWindows()) return true;
        return (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }
}
