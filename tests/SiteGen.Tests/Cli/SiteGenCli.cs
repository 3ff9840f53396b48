using System.Diagnostics;
using System.Text;

namespace SiteGen.Tests.Cli;

/// <summary>Runs the real sitegen program (the SiteGen.dll built beside the tests) as a separate process, as a user would.</summary>
internal static class SiteGenCli
{
    /// <summary>The program under test; its built-in templates sit beside it.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "SiteGen.dll");

    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, string? workingDirectory = null, IDictionary<string, string?>? environment = null)
    {
        // A test run started in the background of a non-interactive shell (nohup, `&` in a CI script) inherits SIGINT and
        // SIGQUIT as ignored, and so would the program: Ctrl+C would then do nothing. coreutils' env puts them back to
        // their defaults and execs the program, keeping its process id, so the signal tests see what a terminal user sees.
        var viaEnv = OperatingSystem.IsLinux() && File.Exists("/usr/bin/env");
        var start = new ProcessStartInfo(viaEnv ? "/usr/bin/env" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        if (viaEnv)
        {
            start.ArgumentList.Add("--default-signal=INT,QUIT,TERM");
            start.ArgumentList.Add("dotnet");
        }
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // A test log is not a terminal; say so explicitly too, as CI services do.
        start.Environment["CI"] = "true";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(key);
            else start.Environment[key] = value;
        }
        return start;
    }

    /// <summary>Runs sitegen to completion and returns its exit code and output.</summary>
    public static async Task<CliResult> RunAsync(IEnumerable<string> arguments, string? workingDirectory = null,
        IDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        using var process = Process.Start(StartInfo(arguments, workingDirectory, environment))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sitegen {string.Join(' ', arguments)} did not finish in time. Output so far: {await stdout}{await stderr}");
        }
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}

internal sealed record CliResult(int ExitCode, string Out, string Err)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}
