using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Analysis;
using SiteGen.Model;
using SiteGen.Presentation;

namespace SiteGen.Rendering;

internal sealed partial class AnalysisViews
{
    /// <summary>
    /// What an authority's peers cover that it lacks: themes, expectations by direction, and escalation scenarios.
    /// Each gap gives counts (covering, silent, unknown) and links to the page that shows every authority on it,
    /// with at most <see cref="GapExamples"/> covering peers named, so the page's size does not grow with the site.
    /// </summary>
    public GapPageView GapPage(Protocol protocol, AnalysisMatrices matrices)
    {
        var slug = protocol.Metadata.Slug;
        var here = SitePage.Gaps(slug);
        var self = Ref(protocol.Metadata, here);
        var group = _model.Peers(protocol, _protocols);
        var peers = group.Peers.Where(p => p.Metadata.Slug != slug).OrderBy(p => p.Metadata.ShortName, StringComparer.Ordinal).ToImmutableArray();
        var index = GapIndexOf(matrices);
        var notes = _analysis.For(slug)!.NotQuoted;
        var extractNote = self.IsExtract
            ? $" SiteGen holds only an extract of {protocol.Metadata.ShortName}'s protocol, so these are gaps in the extract, not necessarily in the protocol."
            : "";

        string? NotAvailableText(string topic) => notes.FirstOrDefault(n => n.Covers.Contains(topic)) is { } n
            ? $"Not available: by its own account ({n.Report}, line {n.ReportLine.ToString(CultureInfo.InvariantCulture)}) the protocol deals with this in paragraphs {n.Paragraphs}, which SiteGen does not hold."
            : null;

        GapView? Gap(string title, string href, Func<Protocol, bool> covers, Func<Protocol, (string Href, string Label, string? ClauseId)> where, string? notAvailable)
        {
            var covering = peers.Where(covers).ToImmutableArray();
            if (covering.IsEmpty) return null;
            var silent = peers.Where(p => !covers(p)).ToArray();
            return new GapView(title, href, covering.Length,
                [.. covering.Take(GapExamples).Select(p =>
                {
                    var (h, label, clauseId) = where(p);
                    return new PeerLinkView(Ref(p.Metadata, here), h, label) { PickCite = clauseId is null ? "" : Cite(clauseId), PickText = clauseId is null ? "" : TextOf(clauseId) };
                })],
                silent.Count(p => p.Metadata.Coverage == Coverage.Full), silent.Count(p => p.Metadata.Coverage == Coverage.Extract), notAvailable);
        }

        var themeGaps = matrices.Themes
            .Where(row => index.ThemeCounts[row.Theme.Id][slug] == 0)
            .Select(row =>
            {
                var counts = index.ThemeCounts[row.Theme.Id];
                return Gap(row.Theme.Title, SitePage.Theme(row.Theme.Id).From(here), p => counts[p.Metadata.Slug] > 0,
                    p => (SitePage.Theme(row.Theme.Id).At(p.Metadata.Slug).From(here), Plural(counts[p.Metadata.Slug], "clause"), null), NotAvailableText(row.Theme.Id));
            }).OfType<GapView>().ToImmutableArray();

        var expectationPage = Layout.PageOf(ExpectationsStem, slug);
        var expectationGaps = matrices.Expectations
            .Select((row, i) => (row, cells: index.ExpectationCells[i]))
            .Where(x => !x.cells[slug].IsCovered)
            .Select(x =>
            {
                var (row, cells) = x;
                return Gap($"{row.Expectation.Title} ({AnalysisLabels.Of(row.Direction)})", expectationPage.At(ExpectationAnchor(row)).From(here),
                    p => cells[p.Metadata.Slug].IsCovered, p =>
                    {
                        var cell = cells[p.Metadata.Slug];
                        var first = cell.IsStated ? cell.Statements[0] : cell.Mutual[0];
                        return (ClauseHref(first.ClauseId, here), DisplayNumber(first.ClauseId) + (cell.IsStated ? "" : ", as mutual"), first.ClauseId);
                    }, null);
            }).OfType<GapView>().ToImmutableArray();

        var routes = index.Routes;
        var escalationGaps = Enum.GetValues<Scenario>()
            .Where(s => routes[slug].Routes.Single(r => r.Scenario == s).Status != RouteStatus.Stated)
            .Select(s => Gap($"Complaint route: {AnalysisLabels.Of(s)}", Layout.PageOf(EscalationStem, slug).At("route-" + slug).From(here),
                p => Stated(routes[p.Metadata.Slug], s),
                p =>
                {
                    var first = routes[p.Metadata.Slug].Routes.Single(r => r.Scenario == s).Steps[0];
                    return (ClauseHref(first.ClauseId, here), DisplayNumber(first.ClauseId), first.ClauseId);
                },
                NotAvailableText(OverridesTopic)))
            .OfType<GapView>().ToImmutableArray();

        var sections = ImmutableArray.Create(
            new GapSectionView("themes", "Themes", $"Themes at least one peer addresses and {protocol.Metadata.ShortName} does not.{extractNote}", themeGaps),
            new GapSectionView("expectations", "Expectations", $"Canonical expectations a peer states, in that direction, and {protocol.Metadata.ShortName} does not.{extractNote}", expectationGaps),
            new GapSectionView("escalation", "Complaint routes", $"Situations a peer gives a complaint route for, and {protocol.Metadata.ShortName} does not.{extractNote}", escalationGaps));
        var covered = matrices.Themes.Count(r => index.ThemeCounts[r.Theme.Id][slug] > 0);
        return new GapPageView(self, peers.Length, group.Description, sections, [.. notes.Select(n => NotAvailable(protocol.Metadata, n, here))], covered, matrices.Themes.Length)
        {
            // Named up to a few: where the peers are every authority of a type, the page must not grow with the site.
            Peers = [.. peers.Take(GapPeersNamed).Select(p => Ref(p.Metadata, here))],
            CompareLinks = [.. PeerChoices.Select(c => new CompareLinkView(c.Label, SitePage.Compare.WithQuery($"of={Uri.EscapeDataString(slug)}&peers={c.Value}").From(here)))],
        };
    }

    /// <summary>How many peers a gap page names at its top; the rest are counted.</summary>
    public const int GapPeersNamed = 5;

    /// <summary>How many covering peers a gap names; the rest are counted, and shown on the page the gap links to.</summary>
    public const int GapExamples = 3;

    /// <summary>The matrices by authority, built once for all gap pages (not once per page, which would be quadratic).</summary>
    private sealed record GapIndex(
        Dictionary<string, Dictionary<string, int>> ThemeCounts,
        ImmutableArray<Dictionary<string, ExpectationCell>> ExpectationCells,
        Dictionary<string, EscalationRoutes> Routes);

    private (AnalysisMatrices Matrices, GapIndex Index)? _gapIndex;

    private GapIndex GapIndexOf(AnalysisMatrices matrices)
    {
        if (_gapIndex is { } cached && ReferenceEquals(cached.Matrices, matrices)) return cached.Index;
        var index = new GapIndex(
            matrices.Themes.ToDictionary(r => r.Theme.Id, r => r.Cells.ToDictionary(c => c.Slug, c => c.Count, StringComparer.Ordinal), StringComparer.Ordinal),
            [.. matrices.Expectations.Select(r => r.Cells.ToDictionary(c => c.Slug, StringComparer.Ordinal))],
            _analysis.Protocols.ToDictionary(p => p.Slug, p => p.Escalation, StringComparer.Ordinal));
        _gapIndex = (matrices, index);
        return index;
    }

    private const string OverridesTopic = Content.OverridesFileParser.EscalationTopic;

    private static bool Stated(EscalationRoutes routes, Scenario s) => routes.Routes.Single(r => r.Scenario == s).Status == RouteStatus.Stated;

    /// <summary>The anchor of an expectation's row on the expectations page.</summary>
    public static string ExpectationAnchor(ExpectationRow row) => $"{row.Expectation.Id}--{Labels.FieldKebab(row.Direction.ToString())}";

    private static string Plural(int n, string word) => n.ToString(CultureInfo.InvariantCulture) + " " + word + (n == 1 ? "" : "s");
}
