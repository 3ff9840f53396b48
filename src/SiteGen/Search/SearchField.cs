namespace SiteGen.Search;

/// <summary>A field of the search documents and how much more a match in it counts than a match in a field of boost 1.</summary>
/// <param name="Name">Field name as lunr queries name it (<c>heading:confidential</c>).</param>
/// <param name="Boost">Multiplies every score in this field; must be positive and finite.</param>
internal sealed record SearchField(string Name, double Boost = 1.0);
