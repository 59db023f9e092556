using System.Globalization;
using Hub.Data;
using Hub.Data.Model;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Stations;

/// <summary>
/// Station codes and credit codes in storage, on SQLite and MariaDB: canonical on save, malformed ones refused before
/// any SQL, duplicates refused by the unique indexes, and rows from before the migration numbered by it.
/// </summary>
public sealed class RegistryKeyStorageTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.MariaDb)]
    public async Task Codes_are_stored_in_canonical_form_and_malformed_ones_are_refused(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        await using var services = HubDataServices.For(database);
        await services.InitializeAsync();
        await using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var region = new Region { Code = "990101001000", Name = "甲街道", Level = RegionLevel.Street };
        db.Regions.Add(region);
        db.Stations.Add(new Station { Name = "甲站", Code = " s-1_a ", Kind = StationKind.Street, Region = region });
        db.Organizations.Add(new Organization { Name = "甲中心", CreditCode = "91350100m000100y43" });
        db.Organizations.Add(new Organization { Name = "乙中心" });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        Assert.Equal("S-1_A", await db.Stations.Select(s => s.Code).SingleAsync());
        Assert.Equal(["91350100M000100Y43"], await db.Organizations.Where(o => o.CreditCode != null).Select(o => o.CreditCode).ToListAsync());

        db.Stations.Add(new Station { Name = "乙站", Code = "甲-1", Kind = StationKind.Street, RegionId = region.Id });
        Assert.Contains("甲-1", (await Assert.ThrowsAsync<FormatException>(() => db.SaveChangesAsync())).Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();

        db.Stations.Add(new Station { Name = "乙站", Code = new string('A', 33), Kind = StationKind.Street, RegionId = region.Id });
        await Assert.ThrowsAsync<FormatException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        db.Organizations.Add(new Organization { Name = "丙中心", CreditCode = "91350100M000100Y44" });
        Assert.Contains("91350100M000100Y44", (await Assert.ThrowsAsync<FormatException>(() => db.SaveChangesAsync())).Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();

        var changed = await db.Organizations.SingleAsync(o => o.Name == "乙中心");
        changed.CreditCode = "9135 0100M000100Y43";
        await Assert.ThrowsAsync<FormatException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        Assert.Equal(1, await db.Stations.CountAsync());
        Assert.Equal(1, await db.Organizations.CountAsync(o => o.CreditCode != null));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.MariaDb)]
    public async Task A_second_station_or_organisation_with_the_same_code_is_refused_whatever_its_letter_case(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        await using var services = HubDataServices.For(database);
        await services.InitializeAsync();
        await using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var region = new Region { Code = "990101001000", Name = "甲街道", Level = RegionLevel.Street };
        db.Regions.Add(region);
        db.Stations.Add(new Station { Name = "甲站", Code = "JIA-01", Kind = StationKind.Street, Region = region });
        db.Organizations.Add(new Organization { Name = "甲中心", CreditCode = "914403001922038216" });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        db.Stations.Add(new Station { Name = "乙站", Code = "jia-01", Kind = StationKind.Street, RegionId = region.Id });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        db.Organizations.Add(new Organization { Name = "乙中心", CreditCode = "914403001922038216" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        // Organisations without a code are as many as there are.
        db.Organizations.AddRange(new Organization { Name = "丙中心" }, new Organization { Name = "丁中心" });
        await db.SaveChangesAsync();
        Assert.Equal(2, await db.Organizations.CountAsync(o => o.CreditCode == null));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.MariaDb)]
    public async Task The_migration_numbers_existing_stations_in_each_region_and_keeps_the_first_of_two_equal_credit_codes(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        await using var services = HubDataServices.For(database);
        await using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_StationCodesAndCreditCodes", StringComparison.Ordinal)) - 1];
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(before);

        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO Regions (Id, Code, Name, Level) VALUES (1, '990000000000', '某省', 0), (2, '990101001000', '甲街道', 3);
            """);
        // Station 2 is in the province, the eleven others in the street.
        var stations = "INSERT INTO Stations (Id, Name, Kind, Status, RegionId) VALUES "
            + string.Join(", ", Enumerable.Range(1, 12).Select(id => string.Create(CultureInfo.InvariantCulture, $"({id}, '甲{id}号站', 0, 0, {(id == 2 ? 1 : 2)})")));
        await db.Database.ExecuteSqlRawAsync(stations);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO Organizations (Id, Name, Kind, CreditCode) VALUES
            (1, '甲', 0, '91350100m000100y43'), (2, '乙', 0, '91350100M000100Y43'), (3, '丙', 0, NULL), (4, '丁', 0, ''), (5, '戊', 0, '914403001922038216');
            """);

        await migrator.MigrateAsync();

        var codes = await db.Stations.OrderBy(s => s.Id).Select(s => s.Code).ToListAsync();
        Assert.Equal("990101001000-01", codes[0]);
        Assert.Equal("990000000000-01", codes[1]);
        Assert.Equal("990101001000-02", codes[2]);
        Assert.Equal("990101001000-11", codes[11]);
        var creditCodes = await db.Organizations.OrderBy(o => o.Id).Select(o => o.CreditCode).ToListAsync();
        Assert.Equal(["91350100M000100Y43", null, null, null, "914403001922038216"], creditCodes);
    }

    private static async Task<TestDatabase> CreateAsync(DatabaseKind kind) =>
        kind == DatabaseKind.Sqlite ? TestDatabase.CreateSqlite() : await TestDatabase.CreateMariaDbAsync();
}
