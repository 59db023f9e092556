using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace Hub.Data.Writes;

/// <summary>
/// The failures that mean another writer got there first, not that the write is wrong: the same natural key
/// inserted by a concurrent transaction, a row changed between our read and our update, a deadlock the database
/// broke by rolling us back. Running the unit of work again reads the winner's row and applies on top of it.
/// </summary>
public static class WriteRace
{
    private const int SqliteConstraint = 19;

    public static bool IsRace(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: { } inner } => IsRace(inner),
        MySqlException mysql => mysql.ErrorCode is MySqlErrorCode.DuplicateKeyEntry or MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal),
        InvalidOperationException { InnerException: { } inner } => IsRace(inner),
        _ => false,
    };
}
