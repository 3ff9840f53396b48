using SiteGen.Model;
using Spectre.Console;

namespace SiteGen.Cli;

/// <summary>
/// Where a command writes: results and progress to <see cref="Out"/>, problems to <see cref="Error"/>. In an
/// interactive terminal (and not under CI) long work shows a Spectre.Console spinner and problems are coloured;
/// otherwise every line is plain text, so logs and pipes stay readable.
/// </summary>
internal sealed class CommandOutput
{
    private readonly IAnsiConsole? _console;

    private CommandOutput(TextWriter output, TextWriter error, IAnsiConsole? console)
    {
        Out = output;
        Error = error;
        _console = console;
    }

    public TextWriter Out { get; }
    public TextWriter Error { get; }

    /// <summary>True when progress is drawn as a live display rather than printed line by line.</summary>
    public bool IsFancy => _console is not null;

    /// <summary>Plain output to the given writers (tests, pipes, CI logs).</summary>
    public static CommandOutput Plain(TextWriter output, TextWriter error) => new(output, error, null);

    /// <summary>The process's console: fancy in an interactive terminal, plain when redirected or when CI is set.</summary>
    public static CommandOutput ForConsole() =>
        IsInteractiveTerminal() ? new CommandOutput(Console.Out, Console.Error, AnsiConsole.Console) : Plain(Console.Out, Console.Error);

    /// <summary>
    /// True only for a person at a terminal: not under CI (<c>CI=true</c>, as GitHub Actions and most CI services
    /// set), output not redirected to a file or pipe, and a terminal Spectre.Console can draw on.
    /// </summary>
    public static bool IsInteractiveTerminal()
    {
        if (IsContinuousIntegration(Environment.GetEnvironmentVariable("CI"))) return false;
        if (Console.IsOutputRedirected || Console.IsErrorRedirected) return false;
        var capabilities = AnsiConsole.Profile.Capabilities;
        return capabilities.Interactive && capabilities.Ansi;
    }

    /// <summary>Reads the CI variable the way CI services set it ("true", "1", "True").</summary>
    public static bool IsContinuousIntegration(string? value) =>
        value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("1", StringComparison.Ordinal));

    /// <summary>Runs <paramref name="work"/> under a spinner showing <paramref name="status"/>; the work can change the text as it goes. Plain output prints each status as a line.</summary>
    public async Task<T> WithStatusAsync<T>(string status, Func<Action<string>, Task<T>> work)
    {
        if (_console is null)
        {
            Out.WriteLine(status);
            return await work(text => Out.WriteLine(text)).ConfigureAwait(false);
        }
        return await _console.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(status),
            context => work(text => context.Status(Markup.Escape(text)))).ConfigureAwait(false);
    }

    /// <summary>Runs synchronous <paramref name="work"/> under a spinner (fancy) or after printing <paramref name="status"/> (plain).</summary>
    public T WithStatus<T>(string status, Func<T> work) =>
        _console is null ? work() : WithStatusAsync(status, _ => Task.Run(work)).GetAwaiter().GetResult();

    /// <summary>A line of ordinary output.</summary>
    public void Line(string text) => Out.WriteLine(text);

    /// <summary>A line announcing that something went well (green in a terminal).</summary>
    public void Good(string text) => Styled(Out, text, "green");

    /// <summary>A line announcing that something needs attention (red in a terminal), on the error stream.</summary>
    public void Bad(string text) => Styled(Error, text, "red");

    /// <summary>Prints a diagnostic in the compiler format editors and CI logs turn into links.</summary>
    public void Report(Diagnostic diagnostic)
    {
        var colour = diagnostic.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
        Styled(Error, diagnostic.ToString(), colour);
    }

    private void Styled(TextWriter writer, string text, string colour)
    {
        // Colour only what goes to the real terminal (whose ANSI support Spectre.Console detected); anything else gets plain text.
        var toTerminal = _console is not null && (ReferenceEquals(writer, Console.Out) || ReferenceEquals(writer, Console.Error))
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        if (!toTerminal)
        {
            writer.WriteLine(text);
            return;
        }
        var code = colour switch { "green" => "32", "red" => "31", "yellow" => "33", _ => "90" };
        writer.WriteLine("\u001b[" + code + "m" + text + "\u001b[0m");
    }
}
