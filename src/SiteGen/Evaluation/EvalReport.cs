using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SiteGen.Evaluation;

/// <summary>Formats a <see cref="CorpusScore"/>: the text report <c>sitegen eval</c> prints, and the JSON of <c>--json</c>. Pure.</summary>
internal static class EvalReport
{
    /// <summary>A figure cut (not rounded) to two decimals, as printed and as compared with floors: 0.949 is 0.94.</summary>
    public static string Figure(double value) => Cut(value).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The value cut to two decimals; a hair's breadth is allowed for binary fractions (0.95 is stored as 0.94999…).</summary>
    public static double Cut(double value) => Math.Floor(value * 100 + 1e-6) / 100;

    /// <param name="verbose">Also list every disagreement with its clause and evidence.</param>
    public static string Text(CorpusScore score, string corpus, bool verbose)
    {
        var sb = new StringBuilder();
        void Line(string text = "") => sb.Append(text).Append('\n');
        Line(string.Create(CultureInfo.InvariantCulture, $"sitegen eval: {score.Documents.Length} annotated documents in {corpus}"));
        Line();

        string[] header = ["document", "clauses P/R", "headings P/R", "furn.", "situations P/R", "roles P/R", "expect. P/R", "themes P/R", "addr.", "force"];
        var rows = score.Documents.Select(d => new[]
        {
            d.Name, Pair(d.Segmentation), Pair(d.Sections), $"{d.FurnitureFound}/{d.FurnitureListed}", Pair(d.RouteSituations), Pair(d.EscalationRoles),
            Pair(d.Expectations), Pair(d.Themes), Acc(d.AddressedTo), Acc(d.Force),
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        Line(Row(header, widths));
        foreach (var r in rows) Line(Row(r, widths));
        Line("(P/R: precision/recall; '–' where neither the text nor SiteGen has anything; furn.: furniture strings left in the text / listed;");
        Line(" addr., force: accuracy over the sampled clauses)");
        Line();

        if (verbose)
        {
            foreach (var d in score.Documents.Where(d => d.Disagreements.Length > 0))
            {
                Line($"{d.Name}:");
                foreach (var x in d.Disagreements)
                {
                    var clause = x.Clause.Length > 0 ? " [" + x.Clause + "]" : "";
                    Line($"  {Name(x.Field)} {x.Kind}{clause}: {x.What}");
                    if (x.Evidence.Length > 0) Line($"      {x.Evidence}");
                }
                Line();
            }
        }

        Line(Counted("segmentation", score.Segmentation, "clauses"));
        Line(Counted("sections", score.Sections, "headings"));
        Line(string.Create(CultureInfo.InvariantCulture, $"furniture: {score.FurnitureFound} of {score.FurnitureListed} listed furniture strings left in clauses or headings"));
        Line(Counted("route situations", score.RouteSituations, "situations"));
        Line(string.Create(CultureInfo.InvariantCulture, $"addressed to: accuracy {Figure(score.AddressedTo.Value)} ({score.AddressedTo.Correct} of {score.AddressedTo.Total} sampled clauses)"));
        Line(string.Create(CultureInfo.InvariantCulture, $"force: accuracy {Figure(score.Force.Value)} ({score.Force.Correct} of {score.Force.Total} sampled clauses)"));
        Line(Counted("escalation roles", score.EscalationRoles, "steps' roles", withCounts: false));
        Line(Counted("expectations", score.Expectations, "expectations", withCounts: false));
        Line(Counted("themes", score.Themes, "themes", withCounts: false));
        return sb.ToString();
    }

    /// <summary>The figures as JSON: corpus figures by name, then each document's counts.</summary>
    public static string Json(CorpusScore score, string corpus)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("corpus", corpus);
            w.WriteNumber("documentCount", score.Documents.Length);
            w.WriteStartObject("figures");
            foreach (var (name, value) in score.Figures()) w.WriteNumber(name, Math.Round(value, 4));
            w.WriteEndObject();
            w.WriteStartObject("counts");
            WriteCounts(w, "segmentation", score.Segmentation);
            WriteCounts(w, "sections", score.Sections);
            WriteCounts(w, "route-situations", score.RouteSituations);
            WriteCounts(w, "escalation-roles", score.EscalationRoles);
            WriteCounts(w, "expectations", score.Expectations);
            WriteCounts(w, "themes", score.Themes);
            w.WriteEndObject();
            w.WriteStartArray("documents");
            foreach (var d in score.Documents)
            {
                w.WriteStartObject();
                w.WriteString("name", d.Name);
                WriteCounts(w, "segmentation", d.Segmentation);
                WriteCounts(w, "sections", d.Sections);
                w.WriteNumber("furnitureFound", d.FurnitureFound);
                w.WriteNumber("furnitureListed", d.FurnitureListed);
                WriteCounts(w, "route-situations", d.RouteSituations);
                WriteCounts(w, "escalation-roles", d.EscalationRoles);
                WriteCounts(w, "expectations", d.Expectations);
                WriteCounts(w, "themes", d.Themes);
                w.WriteStartObject("addressed-to"); w.WriteNumber("correct", d.AddressedTo.Correct); w.WriteNumber("total", d.AddressedTo.Total); w.WriteEndObject();
                w.WriteStartObject("force"); w.WriteNumber("correct", d.Force.Correct); w.WriteNumber("total", d.Force.Total); w.WriteEndObject();
                w.WriteStartArray("disagreements");
                foreach (var x in d.Disagreements)
                {
                    w.WriteStartObject();
                    w.WriteString("field", Name(x.Field));
                    w.WriteString("kind", x.Kind);
                    w.WriteString("clause", x.Clause);
                    w.WriteString("what", x.What);
                    w.WriteString("evidence", x.Evidence);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A field's name in reports and JSON: escalation-roles, addressed-to …</summary>
    public static string Name(Field field) => Fold.Kebab(field);

    private static void WriteCounts(Utf8JsonWriter w, string name, Counts c)
    {
        w.WriteStartObject(name);
        w.WriteNumber("agree", c.TruePositives);
        w.WriteNumber("falsePositives", c.FalsePositives);
        w.WriteNumber("falseNegatives", c.FalseNegatives);
        w.WriteNumber("precision", Math.Round(c.Precision, 4));
        w.WriteNumber("recall", Math.Round(c.Recall, 4));
        w.WriteEndObject();
    }

    private static string Counted(string name, Counts c, string what, bool withCounts = true) =>
        $"{name}: precision {Figure(c.Precision)}, recall {Figure(c.Recall)}" + (withCounts
            ? string.Create(CultureInfo.InvariantCulture, $" ({c.TruePositives + c.FalseNegatives} {what} annotated, {c.TruePositives + c.FalsePositives} read, {c.TruePositives} agree)")
            : "");

    private static string Pair(Counts c) => c.IsEmpty ? "–" : Figure(c.Precision) + "/" + Figure(c.Recall);

    private static string Acc(Accuracy a) => a.Total == 0 ? "–" : Figure(a.Value);

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
}
