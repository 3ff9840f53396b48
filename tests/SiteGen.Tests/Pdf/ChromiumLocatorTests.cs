using SiteGen.Pdf;

namespace SiteGen.Tests.Pdf;

/// <summary>
/// The locator reads the environment through a parameter so these tests can set SITEGEN_CHROMIUM and PATH
/// without changing the test process's environment, which tests running in parallel share.
/// </summary>
// Fakes executables with Unix file modes; SiteGen's build and CI machines are Debian.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Trait("Kind", "RealTool")]
public sealed class ChromiumLocatorTests : IDisposable
{
    private readonly TempSite _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Func<string, string?> Environment(string? chromium, string? path) =>
        name => name switch
        {
            ChromiumLocator.OverrideVariable => chromium,
            "PATH" => path,
            _ => null,
        };

    private string FakeExecutable(string folder, string name)
    {
        var directory = Directory.CreateDirectory(_dir.Path(folder)).FullName;
        var file = Path.Combine(directory, name);
        File.WriteAllText(file, "#!/bin/sh\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return file;
    }

    [Fact]
    public void Sitegen_chromium_pointing_at_a_nonexistent_path_is_an_error_value_that_names_it()
    {
        var missing = _dir.Path("nowhere/chromium");
        var onPath = FakeExecutable("bin", "chromium");

        var lookup = ChromiumLocator.Locate(Environment(missing, Path.GetDirectoryName(onPath)), ChromiumLocator.IsExecutableFile, windows: false);

        // An explicit but wrong setting must not silently fall back to the chromium on PATH.
        var notFound = Assert.IsType<ChromiumLookup.NotFound>(lookup);
        Assert.Contains(missing, notFound.Message, StringComparison.Ordinal);
        Assert.Contains("SITEGEN_CHROMIUM", notFound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_executable_is_not_accepted()
    {
        var file = _dir.Path("chromium.txt");
        File.WriteAllText(file, "not a program");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.IsType<ChromiumLookup.NotFound>(ChromiumLocator.Locate(Environment(file, null), ChromiumLocator.IsExecutableFile, windows: false));
    }

    [Fact]
    public void Sitegen_chromium_wins_over_path()
    {
        var chosen = FakeExecutable("custom", "my-chrome");
        FakeExecutable("bin", "chromium");

        var lookup = ChromiumLocator.Locate(Environment(chosen, _dir.Path("bin")), ChromiumLocator.IsExecutableFile, windows: false);

        Assert.Equal(chosen, Assert.IsType<ChromiumLookup.Found>(lookup).ExecutablePath);
    }

    [Fact]
    public void Path_is_searched_for_chromium_then_chromium_browser_then_google_chrome()
    {
        var chrome = FakeExecutable("a", "google-chrome");
        var chromiumBrowser = FakeExecutable("b", "chromium-browser");
        var path = string.Join(':', _dir.Path("a"), _dir.Path("empty"), _dir.Path("b"));

        var lookup = ChromiumLocator.Locate(Environment(null, path), ChromiumLocator.IsExecutableFile, windows: false);
        Assert.Equal(chromiumBrowser, Assert.IsType<ChromiumLookup.Found>(lookup).ExecutablePath);

        File.Delete(chromiumBrowser);
        lookup = ChromiumLocator.Locate(Environment("", path), ChromiumLocator.IsExecutableFile, windows: false);
        Assert.Equal(chrome, Assert.IsType<ChromiumLookup.Found>(lookup).ExecutablePath);
    }

    [Fact]
    public void Nothing_found_explains_how_to_install_on_each_platform()
    {
        var lookup = ChromiumLocator.Locate(Environment(null, _dir.Directory), ChromiumLocator.IsExecutableFile, windows: false);

        var message = Assert.IsType<ChromiumLookup.NotFound>(lookup).Message;
        Assert.Contains("sudo apt-get install chromium", message, StringComparison.Ordinal);
        Assert.Contains("Windows or macOS", message, StringComparison.Ordinal);
        Assert.Contains("SITEGEN_CHROMIUM", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_paths_use_semicolons_and_exe_names()
    {
        var seen = new List<string>();
        var lookup = ChromiumLocator.Locate(
            Environment(null, @"C:\Tools;C:\Chrome"),
            path => { seen.Add(path); return path.EndsWith("google-chrome.exe", StringComparison.Ordinal) && path.Contains("Chrome", StringComparison.Ordinal); },
            windows: true);

        Assert.IsType<ChromiumLookup.Found>(lookup);
        Assert.Contains(seen, p => p.EndsWith("chromium.exe", StringComparison.Ordinal));
        Assert.DoesNotContain(seen, p => p.EndsWith("chromium", StringComparison.Ordinal));
    }
}
