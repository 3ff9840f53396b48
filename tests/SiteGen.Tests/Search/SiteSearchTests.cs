using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Search;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>The search files of the default site: what they hold, that every result links to a real anchor, and their size.</summary>
[Trait("Kind", "Disk")]
public sealed class SiteSearchTests(ITestOutputHelper output)
{
    private static readonly Lazy<BuildResult> DefaultBuild = new(() =>
    {
        var result = SiteBuild.Run(Repo.Root);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    });

    private static ImmutableDictionary<string, OutputFile> Files => DefaultBuild.Value.Files.ToImmutableDictionary(f => f.Path, StringComparer.Ordinal);

    [Fact]
    public void The_search_folder_holds_lunr_the_index_in_term_shards_the_documents_in_chunks_and_a_manifest()
    {
        var files = Files;
        Assert.Equal(LunrScript.ReadBytes(), files["search/lunr.min.js"].Content);
        Assert.True(files.ContainsKey("search/meta.js"));
        Assert.True(files.ContainsKey("search/terms/0.js"));
        Assert.True(files.ContainsKey("search/docs/0.js"));
        Assert.True(files.ContainsKey("search/facets.js"));
        Assert.False(files.ContainsKey("search/index.js")); // no whole index to evaluate any more
        Assert.True(files.ContainsKey("search.html"));
        Assert.True(files.ContainsKey("assets/search.js"));

        using var manifest = JsonDocument.Parse(files["search/manifest.json"].Content);
        using var documents = SiteSearchFiles.Documents(files);
        using var meta = SiteSearchFiles.Json(files["search/meta.js"].Content);
        var root = manifest.RootElement;
        var count = documents.RootElement.GetProperty("documents").GetArrayLength();

        Assert.Equal("sitegen-search", root.GetProperty("format").GetString());
        Assert.Equal("2.3.9", root.GetProperty("lunr").GetProperty("version").GetString());
        var shards = root.GetProperty("termShards").GetInt32();
        Assert.Equal(shards, files.Keys.Count(k => k.StartsWith("search/terms/", StringComparison.Ordinal)));
        Assert.Equal(shards, meta.RootElement.GetProperty("shards").GetArrayLength());
        Assert.Equal(files.Keys.Count(k => k.StartsWith("search/docs/", StringComparison.Ordinal)), root.GetProperty("documentChunks").GetInt32());
        var docs = root.GetProperty("documents");
        Assert.Equal(count, docs.GetProperty("count").GetInt32());
        Assert.Equal(count, meta.RootElement.GetProperty("documents").GetInt32());

        // Every clause of every protocol, then each report's paragraphs, then the pages.
        var kinds = docs.GetProperty("byKind");
        Assert.Equal(364, kinds.GetProperty("clause").GetInt32());
        Assert.True(kinds.GetProperty("report").GetInt32() > 100);
        Assert.Equal(count, kinds.GetProperty("clause").GetInt32() + kinds.GetProperty("report").GetInt32() + kinds.GetProperty("page").GetInt32());

        // The shards hold every term of the whole index once, in lunr's order, each with its own term index.
        var terms = Enumerable.Range(0, shards).SelectMany(i =>
        {
            using var shard = SiteSearchFiles.Json(files[$"search/terms/{i}.js"].Content);
            return shard.RootElement.EnumerateArray().Select(e => (Term: e[0].GetString()!, Index: e[1].GetInt32())).ToList();
        }).ToList();
        Assert.Equal(terms.Select(t => t.Term).Order(StringComparer.Ordinal), terms.Select(t => t.Term));
        Assert.Equal(terms.Count, terms.Select(t => t.Index).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, terms.Count), terms.Select(t => t.Index).Order());
    }

    [Fact]
    public void Every_document_links_to_an_anchor_that_exists_and_shows_its_text()
    {
        var files = Files;
        using var documents = SiteSearchFiles.Documents(files);
        var parser = new HtmlParser();
        var pages = new Dictionary<string, AngleSharp.Html.Dom.IHtmlDocument>(StringComparer.Ordinal);
        var checkedAnchors = 0;
        foreach (var doc in documents.RootElement.GetProperty("documents").EnumerateArray())
        {
            var url = doc.GetProperty("url").GetString()!;
            var hash = url.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? url : url[..hash];
            Assert.True(files.ContainsKey(path), $"{url}: no page {path}");
            if (!pages.TryGetValue(path, out var page)) pages[path] = page = parser.ParseDocument(files[path].AsText());
            if (hash < 0)
            {
                Assert.Equal("page", doc.GetProperty("kind").GetString());
                continue;
            }
            var target = page.GetElementById(url[(hash + 1)..]);
            Assert.True(target is not null, $"{url}: no element with that id");
            // What the result shows is what the reader finds at the anchor.
            // (The page shows a clause's "• " lines as a list, without the bullet character.)
            var shown = Collapse(doc.GetProperty("text").GetString()!.Replace("• ", "", StringComparison.Ordinal));
            var first = string.Join(' ', shown.Split(' ').Take(8));
            Assert.Contains(first, Collapse(target.TextContent), StringComparison.Ordinal);
            checkedAnchors++;
        }
        Assert.True(checkedAnchors > 500, $"only {checkedAnchors} anchored documents");
    }

    [Fact]
    public void Each_clause_is_one_document_with_its_citation_section_and_facets()
    {
        var files = Files;
        using var documents = SiteSearchFiles.Documents(files);
        var root = documents.RootElement;
        var facets = root.GetProperty("facets").EnumerateArray().Select(f => (Name: f.GetProperty("name").GetString()!, Values: f.GetProperty("values").EnumerateArray().Select(v => v.GetString()!).ToList())).ToList();
        Assert.Equal(["kind", "authority", "council-type", "nation", "region", "actor", "force", "theme", "direction"], facets.Select(f => f.Name));
        // Readable labels from the register of UK councils, in the order pages list them.
        Assert.Equal(["London borough", "County council", "District council"], facets.Single(f => f.Name == "council-type").Values.Where(v => v is "London borough" or "County council" or "District council"));
        Assert.Equal("England", Assert.Single(facets.Single(f => f.Name == "nation").Values));
        Assert.Contains("London", facets.Single(f => f.Name == "region").Values);
        var byUrl = root.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("url").GetString()!, StringComparer.Ordinal);

        var hackney = DefaultBuild.Value.Protocols.Single(p => p.Metadata.Slug == "hackney");
        foreach (var clause in DefaultBuild.Value.Protocols.SelectMany(p => p.AllClauses()))
        {
            var slug = clause.Id[..clause.Id.IndexOf('/', StringComparison.Ordinal)];
            Assert.True(byUrl.ContainsKey(SitePage.Clause(slug, clause.Number).FromRoot), clause.Id);
        }

        var g = byUrl["protocols/hackney.html#7.2(g)"];
        Assert.Equal("clause", g.GetProperty("kind").GetString());
        Assert.Equal("Hackney, para 7.2(g)", g.GetProperty("title").GetString());
        Assert.Equal("7.2(g)", g.GetProperty("number").GetString());
        Assert.Equal(string.Join(" › ", hackney.Clause("7.2(g)").HeadingPath), g.GetProperty("section").GetString());
        Assert.StartsWith("Not to be subject to bullying", g.GetProperty("text").GetString(), StringComparison.Ordinal);
        var values = g.GetProperty("facets").EnumerateArray().Select((v, f) => v.EnumerateArray().Select(i => facets[f].Values[i.GetInt32()]).ToList()).ToList();
        Assert.Equal(["Protocol clause"], values[0]);
        Assert.Equal(["Hackney"], values[1]);
        Assert.Equal([SiteSearchCorpus.ActorLabel(hackney.Clause("7.2(g)").Actor)], values[5]);
        Assert.Equal([SiteSearchCorpus.ForceLabel(hackney.Clause("7.2(g)").Modality)], values[6]);
        Assert.Contains("Bullying, harassment and undue pressure", values[7]);
        Assert.Equal(["What officers can expect from members"], values[8]);
        Assert.Equal(["London borough"], values[2]);
        Assert.Equal(["England"], values[3]);
        Assert.Equal(["London"], values[4]);

        // A report paragraph belongs to its authority (by the protocol's short name) and has no actor.
        var report = byUrl.Values.First(d => d.GetProperty("kind").GetString() == "report" && d.GetProperty("url").GetString()!.StartsWith("reports/hackney-", StringComparison.Ordinal));
        var reportValues = report.GetProperty("facets").EnumerateArray().Select((v, f) => v.EnumerateArray().Select(i => facets[f].Values[i.GetInt32()]).ToList()).ToList();
        Assert.Equal(["Report paragraph"], reportValues[0]);
        Assert.Equal(["Hackney"], reportValues[1]);
        Assert.Equal(["London borough"], reportValues[2]);
        Assert.Empty(reportValues[5]);
        Assert.Empty(reportValues[6]);

        // Pages are found by title; the search page and the 404 page are not.
        var protocolPage = byUrl["protocols/hackney.html"];
        Assert.Equal($"Hackney: {hackney.Metadata.Title}", protocolPage.GetProperty("title").GetString());
        Assert.False(byUrl.ContainsKey("search.html"));
        Assert.False(byUrl.ContainsKey("404.html"));
    }

    [Fact]
    public void The_search_page_lists_every_facet_value_with_its_total_before_any_script_runs()
    {
        var files = Files;
        var page = new HtmlParser().ParseDocument(files["search.html"].AsText());
        var form = page.GetElementById("search")!;
        Assert.Equal("search.html", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("q", page.GetElementById("search-input")!.GetAttribute("name"));
        Assert.NotNull(page.QuerySelector("label[for=search-input]"));
        var status = page.GetElementById("search-status")!;
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        Assert.NotNull(page.QuerySelector("noscript"));

        var hackney = page.QuerySelector("input[type=checkbox][name=authority][value=Hackney]")!;
        Assert.NotNull(page.QuerySelector($"label[for='{hackney.Id}']"));
        var count = hackney.ParentElement!.QuerySelector(".facet-count")!;
        using var manifest = JsonDocument.Parse(files["search/manifest.json"].Content);
        using var documents = SiteSearchFiles.Documents(files);
        var hackneyIndex = documents.RootElement.GetProperty("facets")[1].GetProperty("values").EnumerateArray().Select(v => v.GetString()).ToList().IndexOf("Hackney");
        var expected = documents.RootElement.GetProperty("documents").EnumerateArray().Count(d => d.GetProperty("facets")[1].EnumerateArray().Any(v => v.GetInt32() == hackneyIndex));
        Assert.Equal($"({expected})", count.TextContent);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), count.GetAttribute("data-total"));

        // Scripts load by <script src> in order, relative to the page, so that file:// works.
        Assert.Equal(["search/lunr.min.js", "assets/search.js", "search/meta.js"],
            page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).Where(s => !s.EndsWith("site.js", StringComparison.Ordinal) && !s.EndsWith("pick.js", StringComparison.Ordinal)));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public void Every_other_page_has_a_search_box_in_its_header_that_submits_to_the_search_page()
    {
        var parser = new HtmlParser();
        foreach (var (path, expectedAction) in new[] { ("index.html", "search.html"), ("protocols/hackney.html", "../search.html"), ("reports/index.html", "../search.html") })
        {
            var page = parser.ParseDocument(Files[path].AsText());
            var form = page.QuerySelector("header form[role=search]");
            Assert.True(form is not null, path);
            Assert.Equal(expectedAction, form.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            var input = form.QuerySelector("input[name=q]")!;
            Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
            Assert.NotNull(page.QuerySelector($"nav a[href='{expectedAction}']"));
        }
        // The search page has its own box, so the header does not repeat it.
        Assert.Null(parser.ParseDocument(Files["search.html"].AsText()).QuerySelector("header form"));
    }

    [Fact]
    public void Index_size_for_the_seed_site()
    {
        var files = Files;
        var search = files.Values.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToList();
        output.WriteLine($"search/: {search.Count} files, {search.Sum(f => f.Content.Length):N0} bytes raw, {search.Sum(f => Gzip(f.Content)):N0} bytes gzip");
        var largest = search.Where(f => f.Path.StartsWith("search/terms/", StringComparison.Ordinal)).Max(f => f.Content.Length);
        output.WriteLine($"largest term shard: {largest:N0} bytes");
        // A guard, not a target: a shard is cut after about ShardBytes of JSON, so one is never much more unless one term's postings are.
        Assert.InRange(largest, 1, 3 * SearchShards.ShardBytes);
    }

    [Theory]
    [InlineData("member/officer", "member officer")]
    [InlineData("(harassment)", " harassment ")]
    [InlineData("The officer's and Councillors’ duty", "The officer and Councillors  duty")]
    [InlineData("it's", "it")]
    [InlineData("its'", "its ")]
    [InlineData("7.2(g) e.g.", "7.2 g  e.g.")]
    [InlineData("café naïve e\u0301", "café naïve e\u0301")]
    [InlineData("£1,000 50% 👍", " 1 000 50   ")]
    public void Index_text_keeps_letters_digits_marks_and_full_stops_and_drops_possessive_s(string text, string expected)
    {
        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected), SiteSearchText.Normalise(System.Text.RegularExpressions.Regex.Unescape(text)));
    }

    [Theory]
    [InlineData("<title>T</title><main><h1>A <em>b</em></h1><p>long text</p>", "<title>T</title><main><h1>A <em>b</em></h1>")]
    [InlineData("<title>T</title><H1>A</H1><h1>B</h1>", "<title>T</title><H1>A</H1>")]
    [InlineData("<title>T</title><p>no heading</p>", "<title>T</title><p>no heading</p>")]
    public void Pages_are_read_for_search_only_up_to_their_first_heading(string html, string expected)
    {
        Assert.Equal(expected, SiteSearchCorpus.UpToFirstHeading(html));
    }

    [Fact]
    public void Display_text_is_one_line_cut_at_a_word_and_marked_when_long()
    {
        Assert.Equal("a b c", SiteSearchCorpus.DisplayText("a\n\nb  c "));
        var words = string.Join(' ', Enumerable.Repeat("respect", 400));
        var cut = SiteSearchCorpus.DisplayText(words);
        Assert.EndsWith(" …", cut, StringComparison.Ordinal);
        Assert.InRange(cut.Length, SiteSearchCorpus.MaxDisplayText / 2, SiteSearchCorpus.MaxDisplayText + 2);
        Assert.All(cut[..^2].Split(' '), w => Assert.Equal("respect", w));
        // No space to cut at: the cut never splits a surrogate pair.
        var emoji = string.Concat(Enumerable.Repeat("👍", 600));
        var cutEmoji = SiteSearchCorpus.DisplayText(emoji)[..^2];
        Assert.False(char.IsHighSurrogate(cutEmoji[^1]));
    }

    [Fact]
    public void Scripts_escape_what_could_end_a_string_or_break_a_line_and_keep_the_text()
    {
        const string hostile = "</script><script>alert(1)</script> \u2028line\u2029para “quotes” 'single' back\\slash & café\nnew";
        var entry = new SiteSearchEntry(SiteSearchKind.Clause, "protocols/x.html#1", hostile, "X", "1", hostile, hostile,
            ImmutableDictionary.CreateRange<string, string>(StringComparer.Ordinal, [new("heading", hostile), new("text", hostile), new("authority", "X")]),
            ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("authority", [hostile]));
        var corpus = new SiteSearchCorpus([entry], [new SiteSearchFacet("authority", "Authority", [hostile])]);
        var files = SiteSearch.Files(corpus).ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var file in files.Values.Where(f => f.Path.EndsWith(".js", StringComparison.Ordinal) && !f.Path.EndsWith("lunr.min.js", StringComparison.Ordinal)))
        {
            var text = Encoding.UTF8.GetString(file.Content);
            Assert.DoesNotContain('\u2028', text);
            Assert.DoesNotContain('\u2029', text);
            Assert.Equal(1, text.Count(c => c == '\n')); // one line: only the last character ends it
        }
        Assert.Contains("café", Encoding.UTF8.GetString(files["search/docs/0.js"].Content), StringComparison.Ordinal); // readable, not \u00E9
        using var parsed = SiteSearchFiles.Documents(files);
        var doc = parsed.RootElement.GetProperty("documents")[0];
        Assert.Equal(hostile, doc.GetProperty("text").GetString());
        Assert.Equal(hostile, parsed.RootElement.GetProperty("facets")[0].GetProperty("values")[0].GetString());
    }

    [Fact]
    public void Search_files_are_the_same_bytes_on_every_build()
    {
        var first = SiteBuild.Run(Repo.Root).Files.Where(f => f.Path.StartsWith("search", StringComparison.Ordinal)).ToList();
        var second = SiteBuild.Run(Repo.Root).Files.Where(f => f.Path.StartsWith("search", StringComparison.Ordinal)).ToList();
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        for (var i = 0; i < first.Count; i++) Assert.True(first[i].Content.AsSpan().SequenceEqual(second[i].Content), first[i].Path);
    }

    private static long Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(content);
        return buffer.Length;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
