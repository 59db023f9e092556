using Microsoft.EntityFrameworkCore;

namespace Hub.Data;

/// <summary>The hub's model on SQLite, the embedded default; owns Migrations/Sqlite.</summary>
public sealed class SqliteHubDbContext(DbContextOptions<SqliteHubDbContext> options) : HubDbContext(options);
