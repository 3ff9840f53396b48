using System.Net;
using System.Text;

namespace SiteGen.Serve;

/// <summary>The markup and script the preview adds to pages: the live-reload hook and the build-error overlay.</summary>
internal static class LiveReloadMarkup
{
    /// <summary>Path of the Server-Sent Events stream that announces new builds.</summary>
    public const string EventsPath = RequestPathResolver.InternalPrefix + "events";

    /// <summary>Path of the client script (a separate file so sites with a <c>script-src 'self'</c> policy still run it).</summary>
    public const string ScriptPath = RequestPathResolver.InternalPrefix + "live-reload.js";

    /// <summary>Id of the overlay element that lists build errors.</summary>
    public const string OverlayId = "sitegen-build-errors";

    /// <summary>What is injected into every HTML page for <paramref name="state"/>.</summary>
    public static string Snippet(PreviewState state)
    {
        var builder = new StringBuilder();
        if (state.HasErrors) builder.Append(ErrorOverlay(state));
        builder.Append("<script src=\"").Append(ScriptPath)
            .Append("\" data-events=\"").Append(EventsPath)
            .Append("\" data-token=\"").Append(state.Token).Append("\"></script>");
        return builder.ToString();
    }

    /// <summary>A fixed banner over the page saying the last build failed, listing each error as file:line: message.</summary>
    public static string ErrorOverlay(PreviewState state)
    {
        var builder = new StringBuilder();
        builder.Append("<div id=\"").Append(OverlayId).Append("\" role=\"alert\" style=\"position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:2147483647;")
            .Append("margin:0;padding:1em 1.5em;background:#fff;color:#111;border-top:6px solid #b00020;font:16px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.25)\">")
            .Append("<h2 style=\"margin:0 0 .5em;font-size:1.2em;color:#b00020\">The site could not be rebuilt</h2>")
            .Append(!state.HasSite
                ? "<p style=\"margin:0 0 .5em\">Fix the problems below and save; this page reloads by itself.</p>"
                : "<p style=\"margin:0 0 .5em\">You are seeing the last version that built. Fix the problems below and save; this page reloads by itself.</p>")
            .Append("<ul style=\"margin:0;padding-left:1.2em;font-family:ui-monospace,Consolas,monospace;font-size:14px\">");
        foreach (var error in state.Errors)
            builder.Append("<li>").Append(WebUtility.HtmlEncode(error.ToString())).Append("</li>");
        builder.Append("</ul></div>");
        return builder.ToString();
    }

    /// <summary>A whole page for when there is nothing to serve: no build has succeeded yet, or a 404 with no site 404 page.</summary>
    public static string StandalonePage(string title, string message) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + WebUtility.HtmlEncode(title) + "</title></head>" +
        "<body style=\"font:16px/1.5 system-ui,sans-serif;margin:2em\"><h1>" + WebUtility.HtmlEncode(title) + "</h1><p>" +
        WebUtility.HtmlEncode(message) + "</p></body></html>";

    /// <summary>
    /// The client: compares the token the page was served with against the stream's, and reloads when they differ.
    /// It only listens while the tab is visible, because browsers allow about six connections per host and every
    /// hidden tab holding a stream open would eventually stall page loads.
    /// </summary>
    public const string Script = """
        // SiteGen preview: reloads this page when a new build (or a build error) is published.
        (function () {
          var me = document.currentScript;
          var token = me.getAttribute('data-token');
          var url = me.getAttribute('data-events');
          var source = null;
          function listen() {
            if (source || document.visibilityState === 'hidden') return;
            source = new EventSource(url);
            source.addEventListener('state', function (e) { if (e.data !== token) location.reload(); });
          }
          function stop() { if (source) { source.close(); source = null; } }
          document.addEventListener('visibilitychange', function () {
            if (document.visibilityState === 'hidden') stop(); else listen();
          });
          window.addEventListener('pagehide', stop);
          listen();
        })();
        """;
}
