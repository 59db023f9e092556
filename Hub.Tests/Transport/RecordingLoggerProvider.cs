using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hub.Tests.Transport;

/// <summary>Keeps what the server logs, so tests can prove that a server fault was logged.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> entries = new();

    public IReadOnlyCollection<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries => entries;

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(RecordingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.entries.Enqueue((logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}
