using System.Diagnostics;
using System.Threading.Channels;

namespace SiteGen.Tests.Serve;

/// <summary>Reads a Server-Sent Events stream in the background and queues each event's (name, data).</summary>
internal sealed class SseClient : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Event, string Data, long Timestamp)> _events = Channel.CreateUnbounded<(string, string, long)>();
    private Task _reading = Task.CompletedTask;

    public static async Task<SseClient> ConnectAsync(Uri url)
    {
        var client = new SseClient();
        var response = await client._http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, client._stop.Token);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = await response.Content.ReadAsStreamAsync(client._stop.Token);
        client._reading = Task.Run(() => client.ReadAsync(stream));
        return client;
    }

    private async Task ReadAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        string name = "message", data = "";
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data.Length > 0) _events.Writer.TryWrite((name, data, Stopwatch.GetTimestamp()));
                    name = "message"; data = "";
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
            }
        }
        catch (OperationCanceledException) { }
        catch (IOException) { }
        finally { _events.Writer.TryComplete(); }
    }

    /// <summary>The next event, or a test failure after <paramref name="timeout"/>.</summary>
    public async Task<(string Event, string Data, long Timestamp)> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try { return await _events.Reader.ReadAsync(cts.Token); }
        catch (OperationCanceledException) { throw new TimeoutException($"No server-sent event within {timeout}."); }
    }

    /// <summary>Waits for a "state" event whose token differs from <paramref name="previousToken"/>.</summary>
    public async Task<(string Token, long Timestamp)> NextStateChangeAsync(string previousToken, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var left = TimeSpan.FromSeconds((deadline - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);
            if (left <= TimeSpan.Zero) throw new TimeoutException("No state change event.");
            var e = await NextAsync(left);
            if (e.Event == "state" && e.Data != previousToken) return (e.Data, e.Timestamp);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _reading; } catch (OperationCanceledException) { }
        _http.Dispose();
        _stop.Dispose();
    }
}
