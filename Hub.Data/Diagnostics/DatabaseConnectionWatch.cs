using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Data.Diagnostics;

/// <summary>
/// Tells <see cref="DatabaseAvailability"/> how each connection attempt of every DbContext went, and when a command
/// lost its connection midway (the server stopped under a running query).
/// </summary>
internal sealed class DatabaseConnectionWatch(DatabaseAvailability availability) : DbConnectionInterceptor, IDbCommandInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => availability.ReportReachable();

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        availability.ReportReachable();
        return Task.CompletedTask;
    }

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Report(eventData.Exception);
    }

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Report(eventData.Exception);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Report(eventData.Exception);
    }

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Report(eventData.Exception);
        return Task.CompletedTask;
    }

    private void Report(Exception exception)
    {
        if (DatabaseAvailability.IsUnreachable(exception))
        {
            availability.ReportUnreachable();
        }
    }
}
