namespace SiteGen.Checks.Tools;

/// <summary>
/// Installs the pinned npm tools with <c>npm ci</c> into a per-user cache folder named after the lock file's hash,
/// staging each install in a fresh folder and moving it into place only when complete, so an interrupted or
/// concurrent install never leaves a half-filled cache behind.
/// </summary>
internal static class NpmToolCache
{
    private const string Stamp = ".sitegen-installed";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The default cache root: %LOCALAPPDATA%\SiteGen\check-tools on Windows, ~/.local/share/SiteGen/check-tools elsewhere.</summary>
    public static string DefaultRoot =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "SiteGen", "check-tools");

    /// <summary>The node_modules folder of a complete install under <paramref name="cacheRoot"/>, or null when there is none yet.</summary>
    public static string? FindInstalled(string cacheRoot)
    {
        var folder = Path.Combine(cacheRoot, EmbeddedToolManifest.LockHash);
        return File.Exists(Path.Combine(folder, Stamp)) ? Path.Combine(folder, "node_modules") : null;
    }

    /// <summary>Installs (if not already there) and returns the node_modules folder; throws <see cref="ToolInstallException"/> with npm's output on failure.</summary>
    public static async Task<string> EnsureInstalledAsync(string cacheRoot, string npm, Action<string>? progress, CancellationToken cancellationToken)
    {
        if (FindInstalled(cacheRoot) is { } existing) return existing;

        var target = Path.Combine(cacheRoot, EmbeddedToolManifest.LockHash);
        var staging = Path.Combine(cacheRoot, EmbeddedToolManifest.LockHash + ".staging-" + Guid.NewGuid().ToString("N")[..8]);
        progress?.Invoke($"Installing the checking tools (Nu Html Checker, axe-core) into {target}; this happens once and needs the internet…");
        EmbeddedToolManifest.WriteTo(staging);
        try
        {
            // --ignore-scripts: vnu-jar's postinstall would otherwise try to download a Java runtime; we ask the user to install Java instead.
            var result = await ToolProcess.RunAsync(npm, ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], staging, InstallTimeout, cancellationToken).ConfigureAwait(false);
            if (result.ExitCode != 0)
                throw new ToolInstallException($"npm ci failed (exit code {result.ExitCode}): {Tail(result.StandardError + result.StandardOutput)}");
            await File.WriteAllTextAsync(Path.Combine(staging, Stamp), EmbeddedToolManifest.LockHash, cancellationToken).ConfigureAwait(false);
            try
            {
                Directory.Move(staging, target);
            }
            catch (IOException) when (FindInstalled(cacheRoot) is not null)
            {
                // Another SiteGen finished the same install first; use theirs.
            }
            return FindInstalled(cacheRoot) ?? throw new ToolInstallException($"The install finished but {target} is not complete.");
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                try { Directory.Delete(staging, recursive: true); } catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
            }
        }
    }

    private static string Tail(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 1500 ? trimmed : "…" + trimmed[^1500..];
    }
}

/// <summary>Installing the npm tools failed; the message carries npm's own explanation.</summary>
internal sealed class ToolInstallException(string message) : Exception(message);
