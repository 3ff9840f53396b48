using System.Runtime.InteropServices;

namespace SiteGen.Cli;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM (what <c>kill</c>, CI runners and container stops send) into cancellation of the
/// running command, instead of the runtime ending the process wherever it is. The command then stops at its next
/// check, removes what it was writing and exits with <see cref="ExitCodes.Cancelled"/>.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly List<PosixSignalRegistration> _registrations = [];

    private StopSignals(CancellationToken outer)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    context.Cancel = true; // keep the process alive until the command has cleaned up
                    _source.Cancel();
                }));
            }
            catch (PlatformNotSupportedException) { } // SIGTERM on Windows: Ctrl+C still arrives through SIGINT
        }
    }

    public CancellationToken Token => _source.Token;

    public static StopSignals Cancel(CancellationToken outer) => new(outer);

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _source.Dispose();
    }
}
