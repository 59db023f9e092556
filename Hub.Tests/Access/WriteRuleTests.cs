using System.Text;
using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Data.Periods;
using Hub.Schema.Access;
using Hub.Schema.Errors;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Access;

/// <summary>
/// Every mutation as every caller: the public needs credentials, partners and analysts read only, station staff
/// write for their own station and nothing else, admins write anything; a refusal stores nothing. On both databases,
/// over HTTP, with bearer tokens signed as a bureau's identity provider would sign them.
/// </summary>
public abstract class WriteRuleTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    [Theory]
    [MemberData(nameof(TestMutations.Matrix), MemberType = typeof(TestMutations))]
    public async Task Each_mutation_is_allowed_or_refused_by_role_and_a_refusal_stores_nothing(string mutation, TestCaller caller, string? refusal)
    {
        var (station, other, region) = await StationsAsync();
        var client = ClientFor(caller, station, other, region);

        // A period and a title no other case of the matrix uses, so each case sees only its own writes.
        var mark = $"{mutation}-{caller}";
        var period = ReportingPeriod.OfMonth(2060 + Array.IndexOf(Enum.GetValues<TestCaller>(), caller), 1 + (mutation.Length % 12));
        var response = await TestMutations.RunAsync(client, mutation, station, period, mark);

        if (refusal is null)
        {
            Assert.True(response.Errors is null, response.Body);
            Assert.True(await StoredAsync(mutation, station, period, mark), $"{caller} should have stored {mutation}: {response.Body}");
        }
        else
        {
            Assert.Equal(refusal, response.FirstErrorCode);
            Assert.Null(response.Data?[mutation]);
            Assert.False(await StoredAsync(mutation, station, period, mark), $"{caller} stored {mutation} although refused");
        }
    }

    [Fact]
    public async Task A_batch_of_station_staff_that_touches_another_station_is_refused_whole()
    {
        var (station, other, _) = await StationsAsync();
        var staff = hub.ClientWith("Bearer", TestTokens.For(HubRole.StationStaff, "staff-mixed", stationId: station));
        var response = await staff.PostAsync(
            "mutation($rows: [ObservationInput!]!) { submitObservations(input: { observations: $rows }) { errors { message } } }",
            new
            {
                rows = new[]
                {
                    new { stationId = GlobalId.Of("Station", station), indicator = "news_articles", period = "2070-01", value = 3m },
                    new { stationId = GlobalId.Of("Station", other), indicator = "news_articles", period = "2070-01", value = 4m },
                },
            });
        Assert.Equal(HubErrorCodes.Forbidden, response.FirstErrorCode);
        Assert.False(await StoredAsync("submitObservations", station, ReportingPeriod.OfMonth(2070, 1), ""));
        Assert.False(await StoredAsync("submitObservations", other, ReportingPeriod.OfMonth(2070, 1), ""));

        var csv = $"station,indicator,period,value\n{GlobalId.Of("Station", station)},news_articles,2070-02,1\n{GlobalId.Of("Station", other)},news_articles,2070-02,2\n";
        var import = await staff.PostAsync(
            "mutation($content: String!) { importObservations(input: { fileName: \"mixed.csv\", content: $content }) { imported } }",
            new { content = Convert.ToBase64String(Encoding.UTF8.GetBytes(csv)) });
        Assert.Equal(HubErrorCodes.Forbidden, import.FirstErrorCode);
        Assert.False(await StoredAsync("importObservations", station, ReportingPeriod.OfMonth(2070, 2), ""));
    }

    private GraphQLClient ClientFor(TestCaller caller, int station, int other, string region) => caller switch
    {
        TestCaller.Public => hub.Client,
        TestCaller.Partner => hub.ClientWith("Bearer", TestTokens.For(HubRole.Partner, "partner-org")),
        TestCaller.OwnStationStaff => hub.ClientWith("Bearer", TestTokens.For(HubRole.StationStaff, "staff-own", stationId: station)),
        TestCaller.OtherStationStaff => hub.ClientWith("Bearer", TestTokens.For(HubRole.StationStaff, "staff-other", stationId: other)),
        TestCaller.Analyst => hub.ClientWith("Bearer", TestTokens.For(HubRole.Analyst, "analyst", regionCode: region)),
        TestCaller.Admin => hub.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

    private async Task<bool> StoredAsync(string mutation, int station, ReportingPeriod period, string mark)
    {
        await using var scope = hub.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (mutation == "recordActivity")
        {
            return await db.Activities.AnyAsync(a => a.StationId == station && a.Title == mark);
        }

        var key = period.StorageKey;
        return await db.Observations.AnyAsync(o => o.StationId == station && o.Period == key && o.Indicator.Code == "news_articles"
            && o.ScaledValue > 0 && o.Source != Hub.Data.Model.ObservationSource.DerivedFromActivities);
    }

    private async Task<(int Station, int Other, string Region)> StationsAsync()
    {
        await using var scope = hub.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var stations = await db.Stations.OrderBy(s => s.Id).Take(2).Select(s => new { s.Id, s.Region.Code }).ToListAsync();
        return (stations[0].Id, stations[1].Id, stations[0].Code);
    }
}

public sealed class WriteRulesOnSqlite(SqliteDemoHub hub) : WriteRuleTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class WriteRulesOnMariaDb(MariaDbDemoHub hub) : WriteRuleTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
