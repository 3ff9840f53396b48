using System.Collections.Immutable;

namespace SiteGen.Evaluation;

/// <summary>Agreements and disagreements of a precision/recall field.</summary>
internal readonly record struct Counts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Of what SiteGen asserted, the share a person agrees with; 1 when it asserted nothing.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Of what the text states, the share SiteGen found; 1 when the text states nothing.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public bool IsEmpty => TruePositives + FalsePositives + FalseNegatives == 0;

    public static Counts operator +(Counts a, Counts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

/// <summary>Right answers out of sampled clauses.</summary>
internal readonly record struct Accuracy(int Correct, int Total)
{
    /// <summary>1 when nothing was sampled.</summary>
    public double Value => Total == 0 ? 1.0 : (double)Correct / Total;

    public static Accuracy operator +(Accuracy a, Accuracy b) => new(a.Correct + b.Correct, a.Total + b.Total);
}

/// <summary>The fields scored, by the names used in reports, JSON and floors.yml.</summary>
internal enum Field { Segmentation, Sections, Furniture, RouteSituations, EscalationRoles, Expectations, Themes, AddressedTo, Force }

/// <summary>One disagreement: what SiteGen said that the person did not (false positive), what it missed (false negative), or a wrong value.</summary>
/// <param name="What">The item, e.g. "officer-about-member step 2: chief-executive".</param>
/// <param name="Evidence">SiteGen's evidence for a false positive; the clause's text for a miss.</param>
internal sealed record Disagreement(Field Field, string Kind, string Clause, string What, string Evidence)
{
    public const string FalsePositive = "false positive";
    public const string FalseNegative = "false negative";
    public const string Wrong = "wrong";
}

/// <summary>One document's figures and disagreements.</summary>
/// <param name="FurnitureFound">How many of the annotation's furniture strings are in a clause or heading.</param>
/// <param name="FurnitureListed">How many furniture strings the annotation lists.</param>
internal sealed record DocumentScore(
    string Name,
    Counts Segmentation,
    Counts Sections,
    int FurnitureFound,
    int FurnitureListed,
    Counts RouteSituations,
    Counts EscalationRoles,
    Counts Expectations,
    Counts Themes,
    Accuracy AddressedTo,
    Accuracy Force,
    ImmutableArray<Disagreement> Disagreements);

/// <summary>The corpus's figures: every count summed over documents (micro-averaged), so a long text weighs more than a short one.</summary>
internal sealed record CorpusScore(ImmutableArray<DocumentScore> Documents)
{
    public Counts Segmentation => Sum(d => d.Segmentation);
    public Counts Sections => Sum(d => d.Sections);
    public int FurnitureFound => Documents.Sum(d => d.FurnitureFound);
    public int FurnitureListed => Documents.Sum(d => d.FurnitureListed);
    public Counts RouteSituations => Sum(d => d.RouteSituations);
    public Counts EscalationRoles => Sum(d => d.EscalationRoles);
    public Counts Expectations => Sum(d => d.Expectations);
    public Counts Themes => Sum(d => d.Themes);
    public Accuracy AddressedTo => Documents.Aggregate(new Accuracy(), (a, d) => a + d.AddressedTo);
    public Accuracy Force => Documents.Aggregate(new Accuracy(), (a, d) => a + d.Force);

    /// <summary>
    /// Every figure by name, as JSON and floors.yml name them: <c>escalation-roles.precision</c>, <c>themes.recall</c>,
    /// <c>addressed-to.accuracy</c>, <c>furniture.absent</c> (share of listed furniture strings found nowhere) …
    /// </summary>
    public ImmutableSortedDictionary<string, double> Figures()
    {
        var figures = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        void Pair(string name, Counts c)
        {
            figures[name + ".precision"] = c.Precision;
            figures[name + ".recall"] = c.Recall;
        }
        Pair("segmentation", Segmentation);
        Pair("sections", Sections);
        Pair("route-situations", RouteSituations);
        Pair("escalation-roles", EscalationRoles);
        Pair("expectations", Expectations);
        Pair("themes", Themes);
        figures["addressed-to.accuracy"] = AddressedTo.Value;
        figures["force.accuracy"] = Force.Value;
        figures["furniture.absent"] = FurnitureListed == 0 ? 1.0 : 1.0 - (double)FurnitureFound / FurnitureListed;
        return figures.ToImmutable();
    }

    private Counts Sum(Func<DocumentScore, Counts> field) => Documents.Aggregate(new Counts(), (a, d) => a + field(d));
}
