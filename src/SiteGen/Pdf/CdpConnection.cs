using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.Pdf;

/// <summary>A command Chromium answered with an error object.</summary>
internal sealed class CdpException(string method, string message) : Exception($"Chromium rejected {method}: {message}");

/// <summary>
/// Minimal Chrome DevTools Protocol client over one browser-level WebSocket. Page sessions share it in
/// "flatten" mode (messages carry a <c>sessionId</c>), so one connection drives every tab.
/// </summary>
internal sealed class CdpConnection : IAsyncDisposable
{
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, PendingCommand> _pending = new();
    private readonly List<EventWaiter> _waiters = [];
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiveLoop;
    private int _lastId;
    private Exception? _closedBecause;

    private CdpConnection(ClientWebSocket socket)
    {
        _socket = socket;
        _receiveLoop = Task.Run(ReceiveLoopAsync);
    }

    /// <summary>Opens the WebSocket to the browser endpoint and starts reading replies and events.</summary>
    public static async Task<CdpConnection> ConnectAsync(Uri endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        // A whole PDF arrives as one base64 message; a larger receive buffer means fewer reads.
        socket.Options.SetBuffer(1 << 16, 1 << 14);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(endpoint, deadline.Token).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new CdpConnection(socket);
    }

    /// <summary>Sends one command and returns its <c>result</c> object, or throws when Chromium reports an error or stays silent past <paramref name="timeout"/>.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters, string? sessionId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastId);
        var pending = new PendingCommand(method, new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously));
        _pending[id] = pending;
        try
        {
            ThrowIfClosed();
            var message = JsonSerializer.SerializeToUtf8Bytes(new OutgoingCommand(id, method, parameters ?? new { }, sessionId), SerializerOptions);
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }

            return await Within(pending.Completion.Task, timeout, $"an answer to {method}", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>
    /// Starts listening for an event before the command that causes it is sent, so a fast browser cannot
    /// fire it in between. Dispose the waiter if the event is no longer wanted.
    /// </summary>
    public EventWaiter ExpectEvent(string method, string? sessionId, Func<JsonElement, bool>? matches = null)
    {
        var waiter = new EventWaiter(this, method, sessionId, matches ?? (_ => true));
        lock (_waiters)
        {
            _waiters.Add(waiter);
        }

        return waiter;
    }

    /// <summary>Closes the socket and fails every command still waiting.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, quick.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The browser may already be gone; there is nothing left to tell it.
            }
        }

        _socket.Abort();
        try
        {
            await _receiveLoop.ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Expected once the socket is aborted.
        }

        _socket.Dispose();
        _sendLock.Dispose();
        _stop.Dispose();
    }

    internal static async Task<T> Within<T>(Task<T> task, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"Chromium did not send {what} within {timeout.TotalSeconds:0} s."));
        }
    }

    private void ThrowIfClosed()
    {
        if (_closedBecause is not null)
        {
            throw new WebSocketException($"The DevTools connection to Chromium is closed: {_closedBecause.Message}");
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(buffer.GetMemory(1 << 16), _stop.Token).ConfigureAwait(false);
                    buffer.Advance(received.Count);
                }
                while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close);

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    throw new WebSocketException("Chromium closed the DevTools connection.");
                }

                Dispatch(buffer.WrittenSpan);
            }

            FailEverything(new OperationCanceledException("The DevTools connection was closed by SiteGen."));
        }
        catch (Exception e)
        {
            FailEverything(e is OperationCanceledException ? new OperationCanceledException("The DevTools connection was closed by SiteGen.") : e);
        }
    }

    private void Dispatch(ReadOnlySpan<byte> utf8Message)
    {
        var reader = new Utf8JsonReader(utf8Message);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var idElement) && idElement.TryGetInt32(out var id))
        {
            if (_pending.TryGetValue(id, out var pending))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    var text = error.TryGetProperty("message", out var message) ? message.GetString() : error.GetRawText();
                    pending.Completion.TrySetException(new CdpException(pending.Method, text ?? "unknown error"));
                }
                else
                {
                    pending.Completion.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                }
            }

            return;
        }

        if (!root.TryGetProperty("method", out var methodElement))
        {
            return;
        }

        var method = methodElement.GetString();
        var sessionId = root.TryGetProperty("sessionId", out var sessionElement) ? sessionElement.GetString() : null;
        var parameters = root.TryGetProperty("params", out var p) ? p : default;
        lock (_waiters)
        {
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                var waiter = _waiters[i];
                if (waiter.Method == method && waiter.SessionId == sessionId && waiter.Matches(parameters))
                {
                    waiter.Completion.TrySetResult(parameters.ValueKind == JsonValueKind.Undefined ? default : parameters.Clone());
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    private void FailEverything(Exception cause)
    {
        _closedBecause = cause;
        foreach (var pending in _pending.Values)
        {
            pending.Completion.TrySetException(cause);
        }

        lock (_waiters)
        {
            foreach (var waiter in _waiters)
            {
                waiter.Completion.TrySetException(cause);
            }

            _waiters.Clear();
        }
    }

    private void Forget(EventWaiter waiter)
    {
        lock (_waiters)
        {
            _waiters.Remove(waiter);
        }
    }

    private sealed record PendingCommand(string Method, TaskCompletionSource<JsonElement> Completion);

    private sealed record OutgoingCommand(
        [property: JsonPropertyName("id")] int Id,
        [property: JsonPropertyName("method")] string Method,
        [property: JsonPropertyName("params")] object Params,
        [property: JsonPropertyName("sessionId")] string? SessionId);

    /// <summary>One expected event; <see cref="WaitAsync"/> returns its <c>params</c>.</summary>
    internal sealed class EventWaiter(CdpConnection connection, string method, string? sessionId, Func<JsonElement, bool> matches) : IDisposable
    {
        internal string Method { get; } = method;
        internal string? SessionId { get; } = sessionId;
        internal Func<JsonElement, bool> Matches { get; } = matches;
        internal TaskCompletionSource<JsonElement> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Waits for the event, failing with a message that says which event never came.</summary>
        public Task<JsonElement> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
            Within(Completion.Task, timeout, $"the {Method} event", cancellationToken);

        /// <summary>Stops listening.</summary>
        public void Dispose() => connection.Forget(this);
    }
}
