using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.TestSupport;

/// <summary>Finds the repository (the default site) from the test binaries, and normalises its seed content.</summary>
internal static partial class Repo
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Could not find the repository root (SiteGen.slnx) above " + AppContext.BaseDirectory);
    }

    public static SourceFile ContentFile(string relativePath) =>
        ContentReader.Read(Root, relativePath) is ({ } file, _) ? file : throw new InvalidOperationException("Cannot read " + relativePath);

    /// <summary>Normalises a default-content protocol through the same pure functions the build uses.</summary>
    public static NormaliseResult Normalise(string slug)
    {
        var (document, errors) = ProtocolFileParser.Parse(ContentFile($"content/protocols/{slug}.md"));
        Assert.True(document is not null, string.Join("\n", errors));
        return ProtocolNormaliser.Normalise(document!);
    }

    public static Clause Clause(this Protocol protocol, string number) =>
        protocol.AllClauses().SingleOrDefault(c => c.Number == number)
        ?? throw new Xunit.Sdk.XunitException($"No clause {number} in {protocol.Metadata.Slug}; it has: {string.Join(", ", protocol.AllClauses().Select(c => c.Number))}");

    /// <summary>A copy of the default site in a temporary folder, so tests can change and build it freely.</summary>
    public static TempSite CopyDefaultSite()
    {
        var site = new TempSite();
        File.Copy(Path.Combine(Root, "site.json"), Path.Combine(site.Path, "site.json"));
        CopyDirectory(Path.Combine(Root, "content"), Path.Combine(site.Path, "content"));
        CopyDirectory(Path.Combine(Root, "templates"), Path.Combine(site.Path, "templates"));
        return site;
    }

    /// <summary>
    /// The default site plus <paramref name="extra"/> copies of Hackney's protocol as authorities "Test Borough 1" …, so
    /// that a build takes long enough for a test to interrupt it part-way.
    /// </summary>
    public static TempSite CopyDefaultSiteWithExtraAuthorities(int extra)
    {
        var site = CopyDefaultSite();
        var hackney = File.ReadAllText(site.File("content/protocols/hackney.md"));
        for (var n = 1; n <= extra; n++)
        {
            var copy = AuthorityLine().Replace(hackney, $"authority: Test Borough {n}", 1);
            copy = ShortNameLine().Replace(copy, $"short_name: Test {n}", 1);
            File.WriteAllText(site.File($"content/protocols/test-{n}.md"), copy);
        }
        return site;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^authority: .*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex AuthorityLine();

    [System.Text.RegularExpressions.GeneratedRegex("^short_name: .*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex ShortNameLine();

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>A temporary site folder, deleted when the test ends.</summary>
public sealed class TempSite : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sitegen-test-").FullName;

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
