using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Each folder under <c>Fixtures/Hostile</c> adds content a hostile or careless source could contain to a small valid
/// site; <c>expected.txt</c> lists, per output file, text that must appear there literally (shown, not run). The site
/// must build, every output must pass <see cref="OutputAudit"/>, and every expected text must be found.
/// </summary>
[Trait("Kind", "Disk")]
public class HostileContentTests
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "SiteGen.Tests", "Robustness", "Fixtures", "Hostile");

    public static TheoryData<string> Cases() => [.. Directory.EnumerateDirectories(Folder).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_content_is_shown_as_text_and_nothing_in_the_output_can_run(string name)
    {
        using var site = new RobustSite();
        site.Overlay(Path.Combine(Folder, name));
        var (exit, _, errors) = site.Build();
        Assert.True(exit == 0, errors);

        var problems = OutputAudit.Site(site.File("_site"), site.AssetPaths());
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));

        var missing = Expectations(Path.Combine(Folder, name, "expected.txt"))
            .Where(e => !Shows(site.File("_site/" + e.File), e.Text))
            .Select(e => $"{e.File} does not show: {e.Text}")
            .ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void The_audit_finds_script_handlers_and_unsafe_urls_in_a_page()
    {
        const string page = """
            <!DOCTYPE html><html lang="en"><head><title>t</title></head><body>
            <script>alert(1)</script><script src="https://evil.example/x.js"></script>
            <p onclick="alert(2)">x</p><a href=" JaVa&#x09;Script:alert(3)">y</a><img src="data:image/svg+xml,x">
            <iframe></iframe><svg></svg><base href="https://evil.example/"><p style="display:none">z</p>
            </body></html>
            """;
        var problems = OutputAudit.Html("index.html", page, new HashSet<string>(StringComparer.Ordinal) { "assets/site.js" }).ToList();
        Assert.Contains(problems, p => p.Contains("inline script", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("https://evil.example/x.js", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("onclick", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("alert(3)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("data:image", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("<iframe>", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("<svg>", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("<base>", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("style attribute", StringComparison.Ordinal));
        Assert.Contains(OutputAudit.Json("{\"a\": \"</script>\"}"), p => p.Contains("U+003C", StringComparison.Ordinal));
        Assert.Contains(OutputAudit.Json("{\"a\": "), p => p.Contains("not valid JSON", StringComparison.Ordinal));
        Assert.Contains(OutputAudit.Csv([.. Encoding.UTF8.GetPreamble(), .. "id,text\r\n1,=1+1\r\n"u8]), p => p.Contains("formula", StringComparison.Ordinal));
    }

    [Fact]
    public void The_base_site_and_the_default_site_pass_the_audit()
    {
        using var site = new RobustSite();
        Assert.Equal(0, site.Build().Exit);
        var problems = OutputAudit.Site(site.File("_site"), site.AssetPaths());
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        using var real = Repo.CopyDefaultSite();
        Assert.Equal(0, SiteGen.Cli.BuildCommand.Run(new DirectoryInfo(real.Path), false, new StringWriter(), new StringWriter()));
        var assets = Directory.EnumerateFiles(real.File("templates/assets")).Select(f => "assets/" + Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);
        problems = OutputAudit.Site(real.File("_site"), assets);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    private static IEnumerable<(string File, string Text)> Expectations(string path) =>
        File.ReadAllLines(path, Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(" | ", 2))
            .Select(p => (p[0].Trim(), p[1]));

    /// <summary>Whether a reader (or a program reading the data) sees <paramref name="text"/> exactly as written.</summary>
    private static bool Shows(string path, string text)
    {
        if (!File.Exists(path)) return false;
        if (path.EndsWith(".html", StringComparison.Ordinal))
            return OutputAudit.VisibleText(new HtmlParser().ParseDocument(File.ReadAllText(path))).Contains(OutputAudit.Collapse(text), StringComparison.Ordinal);
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            return Strings(json.RootElement).Any(s => s.Contains(text, StringComparison.Ordinal));
        }
        return OutputAudit.CsvRows(File.ReadAllText(path).TrimStart('\uFEFF')).SelectMany(r => r).Contains(text);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
