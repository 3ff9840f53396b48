using SiteGen.Cli;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// The default site built by the build command into a temporary folder. The plain fixture is one build shared by every
/// test class that only reads it (the suite builds the default site once, not once per class); the constructor that
/// takes a change builds a separate copy, owned and deleted by its user. Tests never write into the shared one.
/// </summary>
public sealed class BuiltDefaultSite : IDisposable
{
    private static readonly Lazy<BuiltDefaultSite> Shared = new(() =>
    {
        var built = new BuiltDefaultSite(_ => { });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => built.Site.Dispose();
        return built;
    });

    private readonly bool _owned;

    /// <summary>The shared build of the unchanged default site.</summary>
    public BuiltDefaultSite()
    {
        Site = Shared.Value.Site;
        _owned = false;
    }

    /// <param name="change">Edits the copied site before it is built.</param>
    internal BuiltDefaultSite(Action<TempSite> change)
    {
        Site = Repo.CopyDefaultSite();
        _owned = true;
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

    /// <summary>A file of the built site, by its path relative to <c>_site</c>.</summary>
    public string File(string relative) => Site.File("_site/" + relative);

    public void Dispose()
    {
        if (_owned) Site.Dispose();
    }
}
