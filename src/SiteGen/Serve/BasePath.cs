namespace SiteGen.Serve;

/// <summary>URL prefix the site lives under, always with leading and trailing slash ("/" or "/repo/").</summary>
internal sealed record BasePath
{
    /// <summary>The normalised prefix, e.g. <c>/protocols/</c>.</summary>
    public string Value { get; }

    private BasePath(string value) => Value = value;

    /// <summary>The site served at the host root.</summary>
    public static BasePath Root { get; } = new("/");

    /// <summary>Normalises "repo", "/repo", "repo/" and "/repo/" alike; rejects anything that is not plain path segments.</summary>
    public static BasePath Parse(string? text)
    {
        var trimmed = (text ?? "").Trim().Trim('/');
        if (trimmed.Length == 0) return Root;
        foreach (var segment in trimmed.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or ".." || segment.IndexOfAny(['\\', '?', '#', '%', ':']) >= 0)
                throw new ArgumentException($"The base path \"{text}\" must be plain folder names separated by '/', like \"/my-repo/\".", nameof(text));
        }
        return new BasePath("/" + trimmed + "/");
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
