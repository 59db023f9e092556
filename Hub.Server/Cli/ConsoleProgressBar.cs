using System.Globalization;
using Hub.Data.Synthetic;

namespace Hub.Server.Cli;

/// <summary>
/// Draws generation progress on stderr: a redrawn bar with rows, rate and ETA on a terminal, a
/// plain line every few seconds when stderr goes to a file or a pipe (CI logs, `2>log`).
/// </summary>
public sealed class ConsoleProgressBar(TextWriter writer, bool interactive) : IProgress<SyntheticProgress>
{
    private const int Width = 30;
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LineEvery = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private TimeSpan? _last;
    private bool _drawn;

    public void Report(SyntheticProgress value)
    {
        lock (_lock)
        {
            var done = value.RowsWritten >= value.TotalRows;
            if (!done && _last is { } last && value.Elapsed - last < (interactive ? RedrawEvery : LineEvery))
            {
                return;
            }

            _last = value.Elapsed;
            if (interactive)
            {
                var filled = (int)(value.Fraction * Width);
                writer.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {Describe(value)}   ");
                _drawn = true;
            }
            else
            {
                writer.WriteLine(Describe(value));
            }

            writer.Flush();
        }
    }

    /// <summary>Ends the redrawn line so that what follows starts on a line of its own.</summary>
    public void Complete()
    {
        lock (_lock)
        {
            if (interactive && _drawn)
            {
                writer.WriteLine();
                writer.Flush();
            }
        }
    }

    private static string Describe(SyntheticProgress value) => string.Create(
        CultureInfo.InvariantCulture,
        $"{value.Fraction * 100,5:0.0}%  {value.RowsWritten:N0} / {value.TotalRows:N0} rows  {value.RowsPerSecond:N0} rows/s  ETA {Format(value.Remaining)}  {value.Table}");

    private static string Format(TimeSpan? remaining) => remaining is { } r
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)r.TotalMinutes}:{r.Seconds:D2}")
        : "–:––";
}
