namespace SiteGen.Presentation;

/// <summary>Markup produced by SiteGen itself (rendered Markdown, a page body): written into templates without escaping.</summary>
internal sealed record TrustedHtml(string Value)
{
    public override string ToString() => Value;
}
