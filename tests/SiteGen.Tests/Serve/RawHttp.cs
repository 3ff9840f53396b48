using System.Net.Sockets;
using System.Text;

namespace SiteGen.Tests.Serve;

/// <summary>Sends a request line exactly as written, because HttpClient would normalise "../" away before sending.</summary>
internal static class RawHttp
{
    /// <param name="host">The Host header; the root's host and port unless given (a browser sent to localhost:PORT sends that).</param>
    public static async Task<(int Status, string Response)> GetAsync(Uri root, string rawTarget, string? host = null)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client.ConnectAsync(root.Host, root.Port, timeout.Token);
        var stream = client.GetStream();
        var request = $"GET {rawTarget} HTTP/1.1\r\nHost: {host ?? root.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(timeout.Token);
        var statusLine = text.Split("\r\n", 2)[0];
        return (int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), text);
    }
}
