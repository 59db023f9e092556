using System.Net.Sockets;
using MySqlConnector;

namespace Hub.Data.Diagnostics;

/// <summary>
/// Whether the hub can reach its database, as the last connection attempts told: a breaker. The first failed
/// connection opens it; while it is open, requests are answered 503 at once (no 4-second wait through the retry
/// strategy per request) and <see cref="DatabaseProbe"/> tries a connection every <see cref="ProbeInterval"/>;
/// the first connection that opens, the probe's or a request's, closes it.
/// </summary>
public sealed class DatabaseAvailability(TimeProvider clock)
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(500);

    private long _unavailableSinceTicks;

    public bool IsAvailable => Interlocked.Read(ref _unavailableSinceTicks) == 0;

    /// <summary>When the database was last found away, or null while it is reachable.</summary>
    public DateTimeOffset? UnavailableSince => Interlocked.Read(ref _unavailableSinceTicks) is var ticks and not 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>What a client is told to wait before it retries: about two probes.</summary>
    public static int RetryAfterSeconds => 1;

    public void ReportUnreachable() =>
        Interlocked.CompareExchange(ref _unavailableSinceTicks, clock.GetUtcNow().UtcTicks, 0);

    public void ReportReachable() => Interlocked.Exchange(ref _unavailableSinceTicks, 0);

    /// <summary>Whether an exception says the database could not be reached (refused, reset, timed out connecting), not that a statement was wrong.</summary>
    public static bool IsUnreachable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case MySqlException { ErrorCode: MySqlErrorCode.UnableToConnectToHost }:
                case MySqlException { ErrorCode: MySqlErrorCode.ServerShutdown }:
                case SocketException:
                case EndOfStreamException:
                case IOException:
                    return true;
            }
        }

        return false;
    }
}
