using Microsoft.EntityFrameworkCore;

namespace Hub.Data;

/// <summary>The hub's model on MySQL 8 / MariaDB 10.11; owns Migrations/MySql.</summary>
public sealed class MySqlHubDbContext(DbContextOptions<MySqlHubDbContext> options) : HubDbContext(options);
