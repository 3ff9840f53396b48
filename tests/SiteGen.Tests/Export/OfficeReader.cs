using System.Diagnostics;
using System.Text.Json;

namespace SiteGen.Tests.Export;

/// <summary>Runs one of the independent Python readers (python-docx, openpyxl) copied beside the tests, and parses what it prints.</summary>
internal static class OfficeReader
{
    /// <summary>The .docx and .xlsx as <c>Export/read_office.py</c> reads them.</summary>
    public static JsonElement Read(string docx, string xlsx) => Run(Path.Combine("Export", "read_office.py"), docx, xlsx);

    /// <param name="script">The reader's path under the test output folder.</param>
    public static JsonElement Run(string script, params string[] files)
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, script));
        foreach (var f in files) start.ArgumentList.Add(f);
        start.Environment["PYTHONWARNINGS"] = "error::UserWarning"; // openpyxl warns about a workbook it had to repair
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the reader did not finish");
        Assert.True(process.ExitCode == 0, $"python-docx/openpyxl could not read the files (install them with scripts/install-test-tools.sh):\n{stderr}");
        return JsonDocument.Parse(stdout.Result).RootElement.Clone();
    }
}
