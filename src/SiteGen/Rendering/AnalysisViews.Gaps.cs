using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Rendering;

public sealed partial class AnalysisViews
{
    /// <summary>What peers cover that one authority lacks: themes, expectations by direction, and escalation scenarios.</summary>
    public GapPageView GapPage(Protocol protocol, AnalysisMatrices matrices)
    {
        const string root = "../";
        var slug = protocol.Metadata.Slug;
        var self = Ref(protocol.Metadata, root);
        var peers = _protocols.Where(p => p.Metadata.Slug != slug).ToImmutableArray();
        var notes = _analysis.For(slug)!.NotQuoted;
        var extractNote = self.IsExtract
            ? $" SiteGen holds only an extract of {protocol.Metadata.ShortName}'s protocol, so these are gaps in the extract, not necessarily in the protocol."
            : "";

        string? NotAvailableText(string topic) => notes.FirstOrDefault(n => n.Covers.Contains(topic)) is { } n
            ? $"Not available: by its own account ({n.Report}, line {n.ReportLine.ToString(CultureInfo.InvariantCulture)}) the protocol deals with this in paragraphs {n.Paragraphs}, which SiteGen does not hold."
            : null;

        GapView Gap(string title, string href, IEnumerable<(Protocol Peer, string Href, string Label)> covering, Func<Protocol, bool> covers, string? notAvailable)
        {
            var silent = peers.Where(p => !covers(p)).ToArray();
            return new GapView(title, href,
                [.. covering.Select(c => new PeerLinkView(Ref(c.Peer.Metadata, root), c.Href, c.Label))],
                [.. silent.Where(p => p.Metadata.Coverage == Coverage.Full).Select(p => Ref(p.Metadata, root))],
                [.. silent.Where(p => p.Metadata.Coverage == Coverage.Extract).Select(p => Ref(p.Metadata, root))],
                notAvailable);
        }

        var themeGaps = matrices.Themes
            .Where(row => row.Cells.Single(c => c.Slug == slug).Count == 0 && row.Cells.Any(c => c.Count > 0))
            .Select(row =>
            {
                var counts = row.Cells.ToDictionary(c => c.Slug, c => c.Count, StringComparer.Ordinal);
                var covering = peers.Where(p => counts[p.Metadata.Slug] > 0)
                    .Select(p => (p, $"{root}themes/{row.Theme.Id}.html#{p.Metadata.Slug}", Plural(counts[p.Metadata.Slug], "clause")));
                return Gap(row.Theme.Title, $"{root}themes/{row.Theme.Id}.html", covering, p => counts[p.Metadata.Slug] > 0, NotAvailableText(row.Theme.Id));
            }).ToImmutableArray();

        var expectationGaps = matrices.Expectations
            .Where(row => !row.Cells.Single(c => c.Slug == slug).IsCovered)
            .Select(row =>
            {
                var cells = row.Cells.ToDictionary(c => c.Slug, StringComparer.Ordinal);
                var covering = peers.Where(p => cells[p.Metadata.Slug].IsCovered).Select(p =>
                {
                    var cell = cells[p.Metadata.Slug];
                    var first = cell.IsStated ? cell.Statements[0] : cell.Mutual[0];
                    return (p, ClauseHref(first.ClauseId, root), DisplayNumber(first.ClauseId) + (cell.IsStated ? "" : ", as mutual"));
                });
                return Gap($"{row.Expectation.Title} ({AnalysisLabels.Of(row.Direction)})", $"{root}analysis/expectations.html#{ExpectationAnchor(row)}",
                    covering, p => cells[p.Metadata.Slug].IsCovered, null);
            }).ToImmutableArray();

        var routes = _analysis.Protocols.ToDictionary(p => p.Slug, p => p.Escalation, StringComparer.Ordinal);
        var escalationGaps = Enum.GetValues<Scenario>()
            .Where(s => routes[slug].Routes.Single(r => r.Scenario == s).Status != RouteStatus.Stated
                        && peers.Any(p => Stated(routes[p.Metadata.Slug], s)))
            .Select(s => Gap($"Complaint route: {AnalysisLabels.Of(s)}", $"{root}analysis/escalation.html#route-{slug}",
                peers.Where(p => Stated(routes[p.Metadata.Slug], s)).Select(p =>
                {
                    var first = routes[p.Metadata.Slug].Routes.Single(r => r.Scenario == s).Steps[0];
                    return (p, ClauseHref(first.ClauseId, root), DisplayNumber(first.ClauseId));
                }),
                p => Stated(routes[p.Metadata.Slug], s), NotAvailableText(OverridesTopic)))
            .ToImmutableArray();

        var sections = ImmutableArray.Create(
            new GapSectionView("themes", "Themes", $"Themes at least one other authority addresses and {protocol.Metadata.ShortName} does not.{extractNote}", themeGaps),
            new GapSectionView("expectations", "Expectations", $"Canonical expectations another authority states, in that direction, and {protocol.Metadata.ShortName} does not.{extractNote}", expectationGaps),
            new GapSectionView("escalation", "Complaint routes", $"Situations another authority gives a complaint route for, and {protocol.Metadata.ShortName} does not.{extractNote}", escalationGaps));
        var covered = matrices.Themes.Count(r => r.Cells.Single(c => c.Slug == slug).Count > 0);
        return new GapPageView(self, peers.Length, sections, [.. notes.Select(n => NotAvailable(protocol.Metadata, n, root))], covered, matrices.Themes.Length);
    }

    private const string OverridesTopic = Content.OverridesFileParser.EscalationTopic;

    private static bool Stated(EscalationRoutes routes, Scenario s) => routes.Routes.Single(r => r.Scenario == s).Status == RouteStatus.Stated;

    /// <summary>The anchor of an expectation's row on the expectations page.</summary>
    public static string ExpectationAnchor(ExpectationRow row) => $"{row.Expectation.Id}--{FieldKebab(row.Direction.ToString())}";

    private static string Plural(int n, string word) => n.ToString(CultureInfo.InvariantCulture) + " " + word + (n == 1 ? "" : "s");
}
