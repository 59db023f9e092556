using Hub.Data;
using Hub.Data.Synthetic;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// The hub on a fresh database filled by the synthetic generator before the server starts: 100
/// stations in 2 cities and 6 districts, each with a street (or its district), an operator, 2–4
/// brands, 2–6 projects, 2–5 partners (and a fund's foundation), activities and a year (2024) of
/// reports with the usual gaps. The server starts with demo seeding on, so the fixture also proves
/// that the demo data never lands on a generated database.
/// </summary>
public abstract class SyntheticHubFixture : HubServerFixture
{
    /// <summary>The dataset every synthetic fixture holds.</summary>
    public static SyntheticDatasetSpec HundredStations { get; } = new()
    {
        Provinces = 1,
        CitiesPerProvince = 2,
        DistrictsPerProvince = 6,
        StationsPerProvince = 100,
        Months = 12,
        FirstMonth = 202401,
        Seed = 100,
    };

    private SyntheticDatasetSummary? _summary;

    /// <summary>Rows per table as generated.</summary>
    public SyntheticDatasetSummary Summary => _summary ?? throw new InvalidOperationException("The fixture has not started.");

    protected override bool SeedDemoData => true;

    protected abstract Task<TestDatabase> CreateEmptyDatabaseAsync();

    protected sealed override async Task<TestDatabase> CreateDatabaseAsync()
    {
        var database = await CreateEmptyDatabaseAsync();
        await using var services = HubDataServices.For(database);
        await services.InitializeAsync();
        await using var scope = services.CreateScope();
        _summary = await new SyntheticDatasetWriter(scope.ServiceProvider.GetRequiredService<HubDbContext>()).WriteAsync(HundredStations);
        return database;
    }
}
