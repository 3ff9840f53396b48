using System.Security.Cryptography;

namespace SiteGen.Checks.Tools;

/// <summary>The package.json and package-lock.json shipped inside SiteGen that pin the npm tools the checks use.</summary>
internal static class EmbeddedToolManifest
{
    /// <summary>Pinned versions the checks were written against, as in the embedded package.json.</summary>
    public static string PackageJson => EmbeddedText.Read("package.json");

    /// <summary>The lock file that makes <c>npm ci</c> install exactly the tested versions.</summary>
    public static string PackageLockJson => EmbeddedText.Read("package-lock.json");

    /// <summary>Short hash of the lock file: a new SiteGen release with other pins installs into a fresh cache folder.</summary>
    public static string LockHash { get; } =
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(PackageLockJson)))[..16].ToLowerInvariant();

    /// <summary>Writes both files into <paramref name="folder"/>, e.g. for a user installing the tools by hand with <c>npm ci</c>.</summary>
    public static void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "package.json"), PackageJson);
        File.WriteAllText(Path.Combine(folder, "package-lock.json"), PackageLockJson);
    }
}

/// <summary>Reads text files embedded in the SiteGen assembly under <c>SiteGen.Checks.</c>.</summary>
internal static class EmbeddedText
{
    public static string Read(string name)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream("SiteGen.Checks." + name)
            ?? throw new InvalidOperationException($"SiteGen was built without its embedded file {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
