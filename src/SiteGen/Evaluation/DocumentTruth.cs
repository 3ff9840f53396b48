using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Evaluation;

/// <summary>A person's reading of one protocol text, from its <c>NN-slug.truth.yml</c>: what SiteGen is scored against.</summary>
/// <param name="TruthFile">The annotation file, as displayed in messages.</param>
/// <param name="TextFile">The protocol text it annotates, as displayed in messages.</param>
/// <param name="Name">The document's name in reports: the truth file's name without <c>.truth.yml</c>.</param>
/// <param name="Clauses">Every clause number SiteGen should publish, in document order.</param>
/// <param name="Sections">Every section heading as printed, number left off.</param>
/// <param name="Furniture">Page furniture in the text that no clause or heading may contain.</param>
/// <param name="Routes">Every route the text states, one per situation that has one.</param>
/// <param name="Expectations">Every (clause, expectation, direction) the text states: exhaustive.</param>
/// <param name="Themes">A sample of clauses with the complete set of themes of each.</param>
/// <param name="AddressedTo">A sample of clauses with whom each addresses.</param>
/// <param name="Force">A sample of clauses with the force of each.</param>
internal sealed record DocumentTruth(
    string TruthFile,
    string TextFile,
    string Name,
    string Shape,
    ImmutableArray<string> Clauses,
    ImmutableArray<string> Sections,
    ImmutableArray<string> Furniture,
    ImmutableArray<TruthRoute> Routes,
    ImmutableArray<TruthExpectation> Expectations,
    ImmutableArray<TruthThemes> Themes,
    ImmutableArray<TruthActor> AddressedTo,
    ImmutableArray<TruthForce> Force);

/// <summary>The ordered steps of one situation's route.</summary>
internal sealed record TruthRoute(Scenario Situation, ImmutableArray<TruthStep> Steps, int Line);

/// <summary>One step: any of its roles (alternatives), each with its words as printed.</summary>
internal sealed record TruthStep(ImmutableArray<RoleName> Roles, string Clause, int Line);

/// <summary>A role as the text names it: the taxonomy's id (or <c>other</c>) and the printed words.</summary>
internal sealed record RoleName(string Id, string? Printed)
{
    public const string Other = "other";

    /// <summary>What a role is compared by: its id, or for <c>other</c> its printed words folded.</summary>
    public string Key => Id == Other ? Other + ":" + Fold.Text(Printed ?? "") : Id;
}

internal sealed record TruthExpectation(string Clause, string Expectation, Direction Direction, int Line);

internal sealed record TruthThemes(string Clause, ImmutableArray<string> Themes, int Line);

internal sealed record TruthActor(string Clause, Actor Actor, int Line);

internal sealed record TruthForce(string Clause, Modality Modality, int Line);
