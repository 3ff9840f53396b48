using System.Text;
using SiteGen.Pdf;

namespace SiteGen.Tests.Pdf;

/// <summary>An in-memory folder of files under a rooted path, so the cache rules are tested without touching disk.</summary>
internal sealed class VirtualFiles(string root)
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public string Root { get; } = root;

    public string this[string relative]
    {
        set => _files[PathOf(relative)] = Encoding.UTF8.GetBytes(value);
    }

    public string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    public void Delete(string relative) => _files.Remove(PathOf(relative));

    public byte[]? Read(string fullPath) => _files.TryGetValue(fullPath, out var bytes) ? bytes : null;

    public VirtualFiles MovedTo(string newRoot)
    {
        var moved = new VirtualFiles(newRoot);
        foreach (var (path, bytes) in _files)
        {
            moved._files[Path.GetFullPath(Path.Combine(newRoot, Path.GetRelativePath(Root, path)))] = bytes;
        }

        return moved;
    }
}

[Trait("Kind", "Disk")]
public sealed class LinkedAssetsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "sitegen-virtual-site");

    private static VirtualFiles Site()
    {
        var files = new VirtualFiles(Root);
        files["protocols/hackney.html"] = """
            <!DOCTYPE html><html><head>
            <link rel="stylesheet" href="../assets/print.css" media="print">
            <link rel="icon" href="../favicon.ico">
            <link rel="alternate stylesheet" href="alt.css">
            <link rel="stylesheet" href="https://cdn.example.org/remote.css">
            <style>@import url("inline-import.css"); .x { background: url(img/band.png) }</style>
            <script src="app.js?v=3"></script>
            </head><body>
            <a href="other.html">not loaded when printing</a>
            <img src="img/crest.svg" alt=""><img src="data:image/png;base64,AAAA" alt="">
            <img srcset="img/small.png 1x, img/large.png 2x" alt="">
            <div style="background-image: url('img/tint.png')"></div>
            <svg><use href="icons.svg#tick"/></svg>
            <a href="#section">fragment</a>
            </body></html>
            """;
        files["assets/print.css"] = """
            /* url(commented-out.png) is ignored */
            @import "fonts.css";
            @page { background: url("../protocols/img/watermark.png"); }
            """;
        files["assets/fonts.css"] = "@font-face { font-family: X; src: url(fonts/x.woff2) format('woff2'); }";
        return files;
    }

    [Fact]
    public void Finds_stylesheets_and_everything_they_import_and_every_loaded_asset()
    {
        var files = Site();
        var found = LinkedAssets.Find(files.PathOf("protocols/hackney.html"), files.Read)
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .ToList();

        string[] expected =
        [
            "assets/print.css", "assets/fonts.css", "assets/fonts/x.woff2", "protocols/img/watermark.png",
            "protocols/alt.css", "protocols/inline-import.css", "protocols/img/band.png", "protocols/app.js",
            "protocols/img/crest.svg", "protocols/img/small.png", "protocols/img/large.png", "protocols/img/tint.png",
            "protocols/icons.svg",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Remote_data_fragment_and_navigation_links_are_not_assets()
    {
        var files = Site();
        var found = LinkedAssets.Find(files.PathOf("protocols/hackney.html"), files.Read);

        Assert.DoesNotContain(found, p => p.Contains("remote.css", StringComparison.Ordinal));
        Assert.DoesNotContain(found, p => p.Contains("other.html", StringComparison.Ordinal));
        Assert.DoesNotContain(found, p => p.Contains("favicon", StringComparison.Ordinal));
        Assert.DoesNotContain(found, p => p.Contains("commented-out", StringComparison.Ordinal));
        Assert.Equal(found.Count, found.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("print.css", "site/p/print.css")]
    [InlineData("app.js?v=3", "site/p/app.js")]
    [InlineData("icons.svg#tick", "site/p/icons.svg")]
    [InlineData("my%20crest.png", "site/p/my crest.png")]
    [InlineData("../assets/x.css?a#b", "site/assets/x.css")]
    [InlineData("/site/root.css", "site/root.css")]       // file:// pages resolve '/' to the file system root
    public void Resolves_references_as_a_file_url_page_would(string reference, string expectedUnderRoot)
    {
        var root = Path.GetPathRoot(Path.GetTempPath())!;
        var page = Path.Combine(root, "site", "p", "a.html");

        Assert.Equal(Path.GetFullPath(Path.Combine(root, expectedUnderRoot)), LinkedAssets.LocalPath(page, reference));
    }

    [Theory]
    [InlineData("https://cdn.example.org/x.css")]
    [InlineData("//cdn.example.org/x.css")]
    [InlineData("data:font/woff2;base64,AAAA")]
    [InlineData("mailto:clerk@example.gov.uk")]
    [InlineData("#section-2")]
    [InlineData("   ")]
    public void Remote_and_inline_references_are_not_local_files(string reference)
    {
        Assert.Null(LinkedAssets.LocalPath(Path.Combine(Root, "a.html"), reference));
    }

    [Fact]
    public void File_urls_are_local_files()
    {
        var target = Path.Combine(Root, "shared", "x.css");
        Assert.Equal(target, LinkedAssets.LocalPath(Path.Combine(Root, "a.html"), new Uri(target).AbsoluteUri + "?v=1"));
    }

    [Fact]
    public void Import_cycles_end()
    {
        var files = new VirtualFiles(Root);
        files["a.html"] = "<link rel=stylesheet href=a.css>";
        files["a.css"] = "@import 'b.css';";
        files["b.css"] = "@import url(a.css);";

        var found = LinkedAssets.Find(files.PathOf("a.html"), files.Read);

        Assert.Equal([files.PathOf("a.css"), files.PathOf("b.css")], found);
    }

    [Fact]
    public void A_missing_page_has_no_assets()
    {
        Assert.Empty(LinkedAssets.Find(Path.Combine(Root, "absent.html"), _ => null));
    }
}

[Trait("Kind", "Disk")]
public sealed class PdfFingerprintTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "sitegen-virtual-site");

    private static VirtualFiles Site()
    {
        var files = new VirtualFiles(Root);
        files["appendix.html"] = "<html><head><link rel='stylesheet' href='print.css'></head><body><img src='crest.png'><p>Text</p></body></html>";
        files["print.css"] = "@import 'base.css'; h1 { color: navy }";
        files["base.css"] = "body { font: 11pt Arial }";
        files["crest.png"] = "PNG-1";
        files["unrelated.css"] = "p { color: red }";
        return files;
    }

    private static string Fingerprint(VirtualFiles files, PdfPrintOptions? options = null) =>
        PdfFingerprint.Compute(files.PathOf("appendix.html"), options ?? PdfPrintOptions.Default, files.Read);

    [Fact]
    public void Same_inputs_give_the_same_fingerprint()
    {
        Assert.Equal(Fingerprint(Site()), Fingerprint(Site()));
        Assert.Matches("^[0-9a-f]{64}$", Fingerprint(Site()));
    }

    [Theory]
    [InlineData("appendix.html", "<html><body><p>Changed</p></body></html>")]
    [InlineData("print.css", "h1 { color: black }")]
    [InlineData("base.css", "body { font: 12pt Arial }")]   // reached only through @import
    [InlineData("crest.png", "PNG-2")]
    public void Changing_the_page_or_any_asset_it_pulls_in_changes_the_fingerprint(string file, string newContent)
    {
        var files = Site();
        var before = Fingerprint(files);

        files[file] = newContent;

        Assert.NotEqual(before, Fingerprint(files));
    }

    [Fact]
    public void Changing_a_file_the_page_does_not_use_keeps_the_fingerprint()
    {
        var files = Site();
        var before = Fingerprint(files);

        files["unrelated.css"] = "p { color: blue }";

        Assert.Equal(before, Fingerprint(files));
    }

    [Fact]
    public void A_missing_asset_appearing_later_changes_the_fingerprint()
    {
        var files = Site();
        files.Delete("crest.png");
        var whileMissing = Fingerprint(files);

        files["crest.png"] = "PNG-1";

        Assert.NotEqual(whileMissing, Fingerprint(files));
    }

    [Fact]
    public void Every_print_option_is_part_of_the_fingerprint()
    {
        var files = Site();
        var baseline = Fingerprint(files);
        PdfPrintOptions[] variants =
        [
            PdfPrintOptions.Default with { PreferCssPageSize = false },
            PdfPrintOptions.Default with { PrintBackground = false },
            PdfPrintOptions.Default with { TaggedPdf = false },
            PdfPrintOptions.Default with { DocumentOutline = false },
            PdfPrintOptions.Default with { FillContentsPageNumbers = false },
            PdfPrintOptions.Default with { MaxContentsPasses = 7 },
        ];

        var fingerprints = variants.Select(o => Fingerprint(files, o)).Append(baseline).ToList();

        Assert.Equal(fingerprints.Count, fingerprints.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Moving_the_whole_folder_keeps_the_fingerprint()
    {
        var files = Site();
        var moved = files.MovedTo(Path.Combine(Path.GetTempPath(), "elsewhere", "site"));

        Assert.Equal(Fingerprint(files), Fingerprint(moved));
    }

    [Fact]
    public void Pointing_the_page_at_another_file_with_the_same_content_changes_the_fingerprint()
    {
        var files = Site();
        var before = Fingerprint(files);
        files["copy.css"] = "@import 'base.css'; h1 { color: navy }";

        files["appendix.html"] = "<html><head><link rel='stylesheet' href='copy.css'></head><body><img src='crest.png'><p>Text</p></body></html>";

        Assert.NotEqual(before, Fingerprint(files));
    }
}

[Trait("Kind", "Disk")]
public sealed class PdfManifestTests
{
    [Fact]
    public void Up_to_date_only_when_the_pdf_exists_and_its_fingerprint_matches()
    {
        var manifest = PdfManifest.Empty.With("appendix-a.pdf", "abc");

        Assert.True(manifest.IsUpToDate("appendix-a.pdf", "abc", pdfExists: true));
        Assert.False(manifest.IsUpToDate("appendix-a.pdf", "abd", pdfExists: true));
        Assert.False(manifest.IsUpToDate("appendix-a.pdf", "abc", pdfExists: false));
        Assert.False(manifest.IsUpToDate("appendix-b.pdf", "abc", pdfExists: true));
        Assert.False(manifest.IsUpToDate("APPENDIX-A.pdf", "abc", pdfExists: true));
    }

    [Fact]
    public void With_returns_a_new_manifest_and_leaves_the_old_one_alone()
    {
        var first = PdfManifest.Empty.With("a.pdf", "1");
        var second = first.With("a.pdf", "2").With("b.pdf", "3");

        Assert.Equal("1", first.Fingerprints["a.pdf"]);
        Assert.Single(first.Fingerprints);
        Assert.Equal("2", second.Fingerprints["a.pdf"]);
        Assert.Empty(PdfManifest.Empty.Fingerprints);
    }

    [Fact]
    public void Json_round_trips_with_sorted_keys()
    {
        var manifest = PdfManifest.Empty.With("b.pdf", "2").With("a.pdf", "1");

        var json = manifest.ToJson();
        var back = PdfManifest.FromJson(json);

        Assert.Equal(manifest.Fingerprints, back.Fingerprints);
        Assert.True(json.IndexOf("a.pdf", StringComparison.Ordinal) < json.IndexOf("b.pdf", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ not json")]
    [InlineData("""{"Version": 2, "Fingerprints": {"a.pdf": "1"}}""")]
    [InlineData("""{"Version": 1}""")]
    [InlineData("[]")]
    public void Unreadable_manifests_count_as_empty_so_everything_is_printed(string json)
    {
        Assert.Empty(PdfManifest.FromJson(json).Fingerprints);
    }

    [Fact]
    public void Saves_beside_the_pdfs_and_loads_back()
    {
        var directory = Directory.CreateTempSubdirectory("sitegen-manifest-").FullName;
        try
        {
            Assert.Empty(PdfManifest.Load(directory).Fingerprints);
            PdfManifest.Empty.With("a.pdf", "1").Save(directory);

            Assert.True(File.Exists(Path.Combine(directory, PdfManifest.FileName)));
            Assert.Equal("1", PdfManifest.Load(directory).Fingerprints["a.pdf"]);
            Assert.Single(Directory.GetFiles(directory)); // no leftover temporary file
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
