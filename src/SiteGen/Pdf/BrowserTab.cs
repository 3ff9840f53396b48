using System.Text.Json;

namespace SiteGen.Pdf;

/// <summary>One page target of the shared browser, attached over the shared connection; every wait is bounded.</summary>
internal sealed class BrowserTab
{
    private readonly CdpConnection _connection;
    private readonly string _targetId;
    private readonly string _sessionId;
    private readonly TimeSpan _stepTimeout;

    private BrowserTab(CdpConnection connection, string targetId, string sessionId, TimeSpan stepTimeout)
    {
        _connection = connection;
        _targetId = targetId;
        _sessionId = sessionId;
        _stepTimeout = stepTimeout;
    }

    /// <summary>Opens a blank tab and attaches to it with page lifecycle events switched on.</summary>
    public static async Task<BrowserTab> OpenAsync(CdpConnection connection, TimeSpan stepTimeout, CancellationToken cancellationToken)
    {
        var created = await connection.SendAsync("Target.createTarget", new { url = "about:blank" }, null, stepTimeout, cancellationToken).ConfigureAwait(false);
        var targetId = created.GetProperty("targetId").GetString()!;
        var attached = await connection.SendAsync("Target.attachToTarget", new { targetId, flatten = true }, null, stepTimeout, cancellationToken).ConfigureAwait(false);
        var tab = new BrowserTab(connection, targetId, attached.GetProperty("sessionId").GetString()!, stepTimeout);
        await tab.SendAsync("Page.enable", null, cancellationToken).ConfigureAwait(false);
        await tab.SendAsync("Page.setLifecycleEventsEnabled", new { enabled = true }, cancellationToken).ConfigureAwait(false);
        return tab;
    }

    /// <summary>Navigates to <paramref name="url"/> and returns once its load event fired (stylesheets and images are in).</summary>
    public async Task NavigateAsync(Uri url, CancellationToken cancellationToken)
    {
        // Listen before navigating, and match on the navigation's loader id, so that a late "load" of the
        // tab's initial about:blank cannot be taken for ours. Loads seen before the id is known are kept.
        var loads = new LoadsSeen();
        using var lifecycle = _connection.ExpectEvent("Page.lifecycleEvent", _sessionId, e =>
            e.GetProperty("name").ValueEquals("load") && loads.IsOurs(e.GetProperty("loaderId").GetString()));

        var navigated = await SendAsync("Page.navigate", new { url = url.AbsoluteUri }, cancellationToken).ConfigureAwait(false);
        if (navigated.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } errorText)
        {
            throw new InvalidOperationException($"Chromium could not open the page: {errorText}.");
        }

        var loaderId = navigated.TryGetProperty("loaderId", out var id) ? id.GetString() : null;
        if (!loads.Expect(loaderId))
        {
            await lifecycle.WaitAsync(_stepTimeout, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page, awaiting it if it is a promise, and returns its JSON value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var evaluated = await SendAsync("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true }, cancellationToken).ConfigureAwait(false);
        if (evaluated.TryGetProperty("exceptionDetails", out var exception))
        {
            var text = exception.TryGetProperty("exception", out var ex) && ex.TryGetProperty("description", out var d)
                ? d.GetString()
                : exception.GetProperty("text").GetString();
            throw new InvalidOperationException($"A script in the page failed: {text}");
        }

        var result = evaluated.GetProperty("result");
        return result.TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Prints the loaded page to PDF bytes with the given options and no Chromium header or footer.</summary>
    public async Task<byte[]> PrintAsync(PdfPrintOptions options, CancellationToken cancellationToken)
    {
        var printed = await SendAsync("Page.printToPDF", new
        {
            // print.css draws the running header and footer in @page margin boxes; Chromium's own would duplicate them.
            displayHeaderFooter = false,
            preferCSSPageSize = options.PreferCssPageSize,
            printBackground = options.PrintBackground,
            generateTaggedPDF = options.TaggedPdf,
            generateDocumentOutline = options.DocumentOutline,
            transferMode = "ReturnAsBase64",
        }, cancellationToken).ConfigureAwait(false);
        return printed.GetProperty("data").GetBytesFromBase64();
    }

    /// <summary>Closes the tab so the shared browser does not accumulate renderers.</summary>
    public Task CloseAsync(CancellationToken cancellationToken) =>
        _connection.SendAsync("Target.closeTarget", new { targetId = _targetId }, null, _stepTimeout, cancellationToken);

    private Task<JsonElement> SendAsync(string method, object? parameters, CancellationToken cancellationToken) =>
        _connection.SendAsync(method, parameters, _sessionId, _stepTimeout, cancellationToken);

    /// <summary>Remembers load events that arrive before <c>Page.navigate</c> has said which loader is ours.</summary>
    private sealed class LoadsSeen
    {
        private readonly Lock _gate = new();
        private readonly HashSet<string> _early = new(StringComparer.Ordinal);
        private bool _known;
        private string? _expected;

        /// <summary>Called for each load event: true when it is the awaited navigation's.</summary>
        public bool IsOurs(string? loaderId)
        {
            lock (_gate)
            {
                if (!_known)
                {
                    _early.Add(loaderId ?? "");
                    return false;
                }

                return _expected is null || loaderId == _expected;
            }
        }

        /// <summary>Sets the awaited loader id; true when its load already happened.</summary>
        public bool Expect(string? loaderId)
        {
            lock (_gate)
            {
                _known = true;
                _expected = loaderId;
                return loaderId is not null && _early.Contains(loaderId);
            }
        }
    }
}
