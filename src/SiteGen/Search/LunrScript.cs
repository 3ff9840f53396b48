namespace SiteGen.Search;

/// <summary>
/// lunr.js 2.3.9 for the browser: <c>lunr.min.js</c> exactly as npm installed it (pinned by
/// src/SiteGen/web/package-lock.json) and embedded when SiteGen was built, so writing a site needs no npm.
/// </summary>
internal static class LunrScript
{
    /// <summary>The file name a site should give the script.</summary>
    public const string FileName = "lunr.min.js";

    /// <summary>The lunr.js version embedded; the index format <see cref="LunrIndex"/> writes is this version's.</summary>
    public const string Version = LunrIndex.LunrVersion;

    private const string ResourceName = "SiteGen.web.lunr.min.js";

    /// <summary>The script's bytes; its header carries lunr's MIT licence notice, which must ship with it.</summary>
    public static byte[] ReadBytes()
    {
        using var stream = typeof(LunrScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"SiteGen was built without the embedded resource {ResourceName}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
