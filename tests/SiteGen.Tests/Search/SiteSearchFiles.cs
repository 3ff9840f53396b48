using System.Text;
using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Search;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Search;

/// <summary>The default site built once into a temporary folder with the build command, for the tests of one class.</summary>
public sealed class BuiltDefaultSite : IDisposable
{
    public BuiltDefaultSite() : this(_ => { }) { }

    /// <param name="change">Edits the copied site before it is built.</param>
    internal BuiltDefaultSite(Action<TempSite> change)
    {
        Site = Repo.CopyDefaultSite();
        change(Site);
        var errors = new StringWriter();
        var exit = BuildCommand.Run(new DirectoryInfo(Site.Path), verbose: false, TextWriter.Null, errors);
        if (exit != 0) throw new InvalidOperationException("The default site did not build:\n" + errors);
    }

    public TempSite Site { get; }

    /// <summary>The built site folder, <c>_site</c>.</summary>
    public string Output => Site.File("_site");

    /// <summary>The site folder as a file:// URL ending in a slash, as a browser opens it from a file share.</summary>
    public string FileUrl => new Uri(Output + Path.DirectorySeparatorChar).AbsoluteUri;

    public void Dispose() => Site.Dispose();
}

/// <summary>Reads the search files a build wrote.</summary>
internal static class SiteSearchFiles
{
    /// <summary>The JSON inside <c>var NAME = {…};</c>.</summary>
    public static JsonDocument ReadScript(byte[] script, string globalName)
    {
        var text = Encoding.UTF8.GetString(script);
        var prefix = $"var {globalName} = ";
        Assert.StartsWith(prefix, text);
        Assert.EndsWith(";\n", text);
        return JsonDocument.Parse(text[prefix.Length..^2]);
    }

    public static JsonDocument Documents(byte[] script) => ReadScript(script, SiteSearch.DocumentsGlobal);

    public static JsonDocument Index(byte[] script) => ReadScript(script, SiteSearch.IndexGlobal);
}
