using System.Security.Cryptography;
using System.Text;
using SiteGen.Cli;

namespace SiteGen.Tests.TestSupport;

/// <summary>Building a site folder through the build command, as a user would, and fingerprinting what it wrote.</summary>
public static class SiteBuilds
{
    public static (int Exit, string Out, string Err) Build(string site)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = BuildCommand.Run(new DirectoryInfo(site), verbose: false, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>SHA-256 over every file's path and bytes, in ordinal order of path.</summary>
    public static string HashTree(string dir)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(dir, file).Replace('\\', '/') + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
