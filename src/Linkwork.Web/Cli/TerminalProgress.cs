using System.Globalization;

namespace Linkwork.Web.Cli;

/// <summary>
/// A progress bar on standard error, rewritten in place ("services [#####.....] 52% 520,000 / 1,000,000");
/// plain lines, at most one per percent, when standard error is redirected to a file or a pipe.
/// </summary>
public sealed class TerminalProgress
{
    private const int BarWidth = 30;
    private int _lastPercent = -1;
    private string? _lastStage;

    public void Report(string stage, long done, long? total)
    {
        var percent = total is > 0 ? (int)Math.Min(100, 100 * done / total.Value) : -1;
        if (Console.IsErrorRedirected && stage == _lastStage && percent == _lastPercent)
        {
            return;
        }

        (_lastStage, _lastPercent) = (stage, percent);
        var line = percent < 0
            ? string.Create(CultureInfo.InvariantCulture, $"{stage}: {done:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"{stage} [{new string('#', percent * BarWidth / 100)}{new string('.', BarWidth - percent * BarWidth / 100)}] {percent,3}% {done:N0} / {total:N0}");
        if (Console.IsErrorRedirected)
        {
            Console.Error.WriteLine(line);
        }
        else
        {
            Console.Error.Write($"\r{line,-90}");
        }
    }

    /// <summary>
    /// An IProgress that draws on this bar at once, on the reporting thread (unlike <see cref="Progress{T}"/>,
    /// which posts to the thread pool and can draw out of order or after the work is done).
    /// </summary>
    public IProgress<T> For<T>(Func<T, (string Stage, long Done, long? Total)> read) => new Immediate<T>(value =>
    {
        var (stage, done, total) = read(value);
        Report(stage, done, total);
    });

    /// <summary>Ends the line the bar was drawn on.</summary>
    public void Done()
    {
        if (!Console.IsErrorRedirected && _lastStage is not null)
        {
            Console.Error.WriteLine();
        }
    }

    private sealed class Immediate<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
