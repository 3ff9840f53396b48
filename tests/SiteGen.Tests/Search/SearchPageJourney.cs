using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using PuppeteerSharp;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Search;

/// <summary>
/// Uses a built SiteGen site's search the way a person does, in Chromium (PuppeteerSharp, started by
/// <see cref="TestBrowser"/>), and reports what happened as JSON for <see cref="SearchPageBrowserTests"/> to judge.
/// The plan's fields: root (the site's root, ending in /), startPage (whose header search box is used first),
/// headerQuery (typed there, submitted with Enter), typedQuery (then typed key by key into the search page's own box),
/// facet {name, value} (ticked with Tab and Space), click (the result link followed at the end), hostileQuery (searched
/// last, to show markup in results stays text), axe (axe.min.js, run with results showing), queries [{q, any}] (each
/// opened as search.html?q=…(&amp;any=1) and read), toggleAny (opened, then "Match any word" clicked and read again).
/// </summary>
internal static class SearchPageJourney
{
    /// <summary>Runs in the page before any of its scripts: records input times and layout shifts.</summary>
    private const string Instrument = """
        () => {
          window.__inputTimes = [];
          document.addEventListener('input', () => window.__inputTimes.push(performance.now()), true);
          window.__shifts = [];
          try {
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) {
                window.__shifts.push({ value: e.value, hadRecentInput: e.hadRecentInput, at: e.startTime,
                  sources: (e.sources || []).map((s) => (s.node && s.node.nodeType === 1 ? s.node.tagName.toLowerCase() + (s.node.id ? '#' + s.node.id : '') + (s.node.className ? '.' + String(s.node.className).split(' ')[0] : '') : String(s.node && s.node.nodeName))) });
              }
            }).observe({ type: 'layout-shift', buffered: true });
          } catch (e) { window.__shifts = null; }
        }
        """;

    /// <summary>Everything the results list shows (after "Show more" has listed them all).</summary>
    private const string ReadList = """
        () => ({
          status: document.getElementById('search-status').textContent,
          url: location.href,
          results: Array.from(document.querySelectorAll('#search-results > li')).map((li) => {
            const a = li.querySelector('h3 a');
            const snippet = li.querySelector('.search-result-snippet');
            const meta = li.querySelector('.search-result-meta');
            return {
              href: a.getAttribute('href'),
              title: a.textContent,
              meta: meta ? meta.textContent : '',
              snippet: snippet ? snippet.textContent : '',
              marks: Array.from(li.querySelectorAll('mark')).map((m) => m.textContent),
              elements: Array.from(li.querySelectorAll('*')).map((e) => e.tagName.toLowerCase()).filter((t, i, all) => all.indexOf(t) === i).sort(),
            };
          }),
          facets: Array.from(document.querySelectorAll('.facet-option')).map((o) => ({
            name: o.querySelector('input').name,
            value: o.querySelector('input').value,
            checked: o.querySelector('input').checked,
            count: o.querySelector('.facet-count').textContent,
          })),
        })
        """;

    /// <summary>Drives the browser through <paramref name="plan"/> and returns the report.</summary>
    public static async Task<JsonElement> RunAsync(JsonElement plan)
    {
        var problems = new ConcurrentQueue<string>();
        var requests = new ConcurrentQueue<string>();
        var report = new JsonObject();
        var root = plan.GetProperty("root").GetString()!;
        await using (var chromium = await TestBrowser.StartAsync())
        {
            report["browser"] = await chromium.Browser.GetVersionAsync();
            var page = await chromium.NewPageAsync(1280, 900);
            await page.EvaluateFunctionOnNewDocumentAsync(Instrument);
            page.PageError += (_, e) => problems.Enqueue($"uncaught error: {e.Message}");
            page.Console += (_, e) =>
            {
                if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning)
                    problems.Enqueue($"console {(e.Message.Type == ConsoleType.Error ? "error" : "warning")}: {e.Message.Text} ({(string.IsNullOrEmpty(e.Message.Location?.URL) ? "no url" : e.Message.Location.URL)})");
            };
            page.Dialog += async (_, e) =>
            {
                problems.Enqueue($"a dialog opened: {e.Dialog.Message}");
                await e.Dialog.Dismiss();
            };
            page.RequestFailed += (_, e) => problems.Enqueue($"request failed: {e.Request.Url} {e.Request.FailureText}");
            page.Request += (_, e) => requests.Enqueue(e.Request.Url);

            if (Text(plan, "headerQuery") is { } headerQuery)
            {
                await UseSearchAsync(page, plan, root, headerQuery, report);

                // 7. With JavaScript off, the header box still opens the search page, which says what to do instead.
                var plain = await chromium.NewPageAsync();
                await plain.SetJavaScriptEnabledAsync(false);
                await plain.GoToAsync(root + Text(plan, "startPage"));
                await plain.TypeAsync("#header-search-input", headerQuery);
                await Task.WhenAll(plain.WaitForNavigationAsync(), plain.Keyboard.PressAsync("Enter"));
                report["withoutJavaScript"] = new JsonObject
                {
                    ["url"] = plain.Url,
                    ["text"] = System.Text.RegularExpressions.Regex.Replace(await plain.EvaluateExpressionAsync<string>("document.querySelector('main').innerText"), @"\s+", " "),
                };
                await plain.BrowserContext.CloseAsync();
            }

            // 8. Addresses with a query, as a shared link or the header box gives them.
            if (plan.TryGetProperty("queries", out var queries))
            {
                var read = new JsonArray();
                foreach (var query in queries.EnumerateArray())
                {
                    var q = query.GetProperty("q").GetString()!;
                    var any = query.TryGetProperty("any", out var a) && a.GetBoolean();
                    await page.GoToAsync(root + "search.html?q=" + Uri.EscapeDataString(q) + (any ? "&any=1" : ""));
                    await WaitForResultsAsync(page, q);
                    var results = await ReadResultsAsync(page);
                    results["anyChecked"] = await page.EvaluateExpressionAsync<bool>("document.getElementById('search-any').checked");
                    results["q"] = q;
                    results["any"] = any;
                    read.Add(results);
                }
                report["queries"] = read;
            }

            // 9. The "Match any word" box, clicked: more results, and the address says so.
            if (Text(plan, "toggleAny") is { } toggleAny)
            {
                await page.GoToAsync(root + "search.html?q=" + Uri.EscapeDataString(toggleAny));
                await WaitForResultsAsync(page, toggleAny);
                var before = await ReadResultsAsync(page);
                var label = await page.EvaluateExpressionAsync<string>("document.querySelector('label[for=\"search-any\"]').textContent");
                await page.ClickAsync("#search-any");
                await page.WaitForFunctionAsync("() => /[?&]any=1/.test(location.search)");
                await WaitForResultsAsync(page, toggleAny);
                var after = await ReadResultsAsync(page);
                report["toggleAny"] = new JsonObject
                {
                    ["label"] = label,
                    ["before"] = before["results"]!.AsArray().Count,
                    ["statusBefore"] = before["status"]!.DeepClone(),
                    ["after"] = after["results"]!.AsArray().Count,
                    ["url"] = after["url"]!.DeepClone(),
                    ["status"] = after["status"]!.DeepClone(),
                };
            }

            // 6. Text that looks like markup is shown as text, never run or parsed.
            if (Text(plan, "hostileQuery") is { } hostileQuery)
            {
                await page.GoToAsync(root + "search.html?q=" + Uri.EscapeDataString(hostileQuery));
                await WaitForResultsAsync(page, hostileQuery);
                report["hostile"] = await ReadResultsAsync(page);
                report["hostileExecuted"] = await page.EvaluateExpressionAsync<bool>("window.sitegenHostile === true");
            }
        }

        report["problems"] = new JsonArray([.. problems.Select(p => (JsonNode)p)]);
        report["requests"] = new JsonArray([.. requests.Select(r => (JsonNode)r)]);
        return JsonDocument.Parse(report.ToJsonString()).RootElement.Clone();
    }

    private static async Task UseSearchAsync(IPage page, JsonElement plan, string root, string headerQuery, JsonObject report)
    {
        var typedQuery = Text(plan, "typedQuery")!;

        // 1. The header box on an ordinary page: a plain GET form to search.html?q=…
        await page.GoToAsync(root + Text(plan, "startPage"));
        await FillAsync(page, "#header-search-input", headerQuery);
        await Task.WhenAll(page.WaitForNavigationAsync(), page.Keyboard.PressAsync("Enter"));
        report["afterHeaderSubmit"] = page.Url;
        await WaitForResultsAsync(page, headerQuery);
        report["timing"] = await JsonAsync(page, """
            () => {
              const mark = (name) => { const m = performance.getEntriesByName(name)[0]; return m ? m.startTime : null; };
              const nav = performance.getEntriesByType('navigation')[0];
              return { indexReadyMs: mark('sitegen-search-ready'), firstResultsMs: mark('sitegen-search-first-results'),
                domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null };
            }
            """);
        report["status"] = await JsonAsync(page, """
            () => { const s = document.getElementById('search-status'); return { role: s.getAttribute('role'), live: s.getAttribute('aria-live') }; }
            """);
        report["header"] = await ReadResultsAsync(page);
        report["shiftsOnLoad"] = await JsonAsync(page, "() => window.__shifts");

        // 2. Typing on the search page, key by key: results follow as the user types.
        await FillAsync(page, "#search-input", "");
        await page.FocusAsync("#search-input");
        await page.Keyboard.TypeAsync(typedQuery, new PuppeteerSharp.Input.TypeOptions { Delay = 40 });
        await WaitForResultsAsync(page, typedQuery);
        report["typedMs"] = await JsonAsync(page, """
            () => {
              const lastInput = window.__inputTimes[window.__inputTimes.length - 1];
              const marks = performance.getEntriesByName('sitegen-search-results').map((m) => m.startTime).filter((t) => t >= lastInput);
              return marks.length ? marks[0] - lastInput : null;
            }
            """);
        report["typed"] = await ReadResultsAsync(page);

        // 3. A facet, with the keyboard only: focus its checkbox by tabbing from the search box, then Space.
        var facet = plan.GetProperty("facet");
        var facetSelector = $"input[type=checkbox][name=\"{facet.GetProperty("name").GetString()}\"][value=\"{facet.GetProperty("value").GetString()}\"]";
        await page.FocusAsync("#search-input");
        var reached = false;
        for (var i = 0; i < 60 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateFunctionAsync<bool>("(sel) => document.activeElement === document.querySelector(sel)", facetSelector);
        }
        report["facetReachedByTab"] = reached;
        if (reached)
        {
            report["facetFocusOutline"] = await JsonAsync(page, """
                () => { const style = getComputedStyle(document.activeElement); return { outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth, boxShadow: style.boxShadow }; }
                """);
            await page.Keyboard.PressAsync("Space");
        }
        await page.WaitForFunctionAsync("(sel) => document.querySelector(sel).checked", facetSelector);
        await page.WaitForFunctionAsync("() => /[?&](authority|actor|kind)=/.test(location.search)");
        report["faceted"] = await ReadResultsAsync(page);

        if (Text(plan, "axe") is { } axe)
        {
            await page.AddScriptTagAsync(new AddTagOptions { Path = axe });
            // preload off: from file:// axe may not fetch stylesheets, and it needs no more than the live CSSOM here.
            report["axe"] = await JsonAsync(page, """
                async () => {
                  const result = await window.axe.run(document, { resultTypes: ['violations'], preload: false });
                  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
                }
                """);
        }

        // 4. A shared link: the search's own address, opened afresh, gives the same results.
        var shared = page.Url;
        var fresh = await page.BrowserContext.NewPageAsync();
        await fresh.GoToAsync(shared);
        await WaitForResultsAsync(fresh, typedQuery);
        report["sharedLink"] = new JsonObject
        {
            ["url"] = shared,
            ["results"] = new JsonArray([.. (await ReadResultsAsync(fresh))["results"]!.AsArray().Select(r => r!["href"]!.DeepClone())]),
        };
        await fresh.CloseAsync();

        // 5. Follow a result: the link lands on the clause's anchor.
        await FillAsync(page, "#search-input", headerQuery);
        await page.EvaluateExpressionAsync("for (const box of document.querySelectorAll('.facet-checkbox:checked')) box.click();");
        await WaitForResultsAsync(page, headerQuery);
        var click = Text(plan, "click")!;
        var link = await page.QuerySelectorAsync($"#search-results a[href=\"{click.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]");
        report["clickFound"] = link is not null;
        if (link is not null)
        {
            await Task.WhenAll(page.WaitForNavigationAsync(new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] }), link.ClickAsync());
            report["landing"] = await JsonAsync(page, """
                () => {
                  const target = document.querySelector(':target');
                  const box = target && target.getBoundingClientRect();
                  return { url: location.href, hash: location.hash, targetId: target ? target.id : null,
                    targetInView: !!box && box.top >= 0 && box.top < window.innerHeight,
                    targetText: target ? target.textContent.replace(/\s+/g, ' ').trim().slice(0, 200) : null };
                }
                """);
        }
    }

    /// <summary>Sets a box's value and fires its input event, as a person's typing or pasting would.</summary>
    private static Task FillAsync(IPage page, string selector, string value) =>
        page.EvaluateFunctionAsync("""
            (sel, value) => { const e = document.querySelector(sel); e.focus(); e.value = value; e.dispatchEvent(new Event('input', { bubbles: true })); }
            """, selector, value);

    private static Task WaitForResultsAsync(IPage page, string query) =>
        page.WaitForFunctionAsync("""
            (q) => {
              const form = document.getElementById('search');
              return form && form.getAttribute('data-state') === 'ready' && form.getAttribute('data-results-for') === q;
            }
            """, new WaitForFunctionOptions { Timeout = 30_000 }, query);

    /// <summary>Presses "Show more" until every result is listed, then reads the list.</summary>
    private static async Task<JsonObject> ReadResultsAsync(IPage page)
    {
        for (var i = 0; i < 100; i++)
        {
            var more = await page.QuerySelectorAsync("#search-more:not([hidden])");
            if (more is null) break;
            var before = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#search-results > li').length");
            await more.ClickAsync();
            await page.WaitForFunctionAsync("(n) => document.querySelectorAll('#search-results > li').length > n", before);
        }
        return (await JsonAsync(page, ReadList))!.AsObject();
    }

    /// <summary>Runs a page function and returns what it returned, as JSON.</summary>
    private static async Task<JsonNode?> JsonAsync(IPage page, string function) =>
        JsonNode.Parse(await page.EvaluateFunctionAsync<string>($"async () => JSON.stringify(await ({function})())") ?? "null");

    private static string? Text(JsonElement plan, string name) =>
        plan.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
