using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Relay;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Observations;

/// <summary>
/// <c>derive-observations</c> fills the months a station did not report by hand with volunteer figures summed
/// from its recorded activities; deriving again replaces, and a hand-reported figure always wins. On both databases.
/// </summary>
public abstract class DerivedObservationsTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private static readonly DateOnly Day = new(2041, 3, 9);

    [Fact]
    public async Task Recorded_activities_become_the_months_figures_until_the_station_reports_by_hand()
    {
        var (station, _) = await hub.Client.StationAsync(0);
        var stationId = GlobalId.Expect(station, "Station");
        await RecordAsync(stationId, ActivityKind.VolunteerService, volunteers: 3, hours: 2.5m);
        await RecordAsync(stationId, ActivityKind.Training, volunteers: 5, hours: 4m);

        Assert.Equal(0, await DeriveAsync());
        Assert.Equal((6.5m, 8m, 1m), await FiguresAsync(station));

        await RecordAsync(stationId, ActivityKind.VolunteerService, volunteers: 1, hours: 1m);
        Assert.Equal(0, await DeriveAsync());
        Assert.Equal((7.5m, 9m, 2m), await FiguresAsync(station));

        var byHand = await hub.Admin.QueryAsync("""
            mutation($id: ID!) { submitObservations(input: { observations: [{ stationId: $id, indicator: "volunteer_hours", period: "2041-03", value: 99 }] }) { errors { message } } }
            """, new { id = station });
        Assert.Empty((JsonArray)byHand["submitObservations"]!["errors"]!);
        Assert.Equal(0, await DeriveAsync());
        Assert.Equal((99m, 9m, 2m), await FiguresAsync(station));
    }

    [Fact]
    public async Task A_bad_range_is_a_usage_error()
    {
        await using var services = HubDataServices.For(hub.Database);
        Assert.Equal(DeriveObservationsCommand.UsageError, await DeriveObservationsCommand.RunAsync(services.Services, ["derive-observations", "--from", "2041-05", "--to", "2041-01"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(DeriveObservationsCommand.UsageError, await DeriveObservationsCommand.RunAsync(services.Services, ["derive-observations", "--from", "2041"], TextWriter.Null, TextWriter.Null));
    }

    private async Task RecordAsync(int stationId, ActivityKind kind, int volunteers, decimal hours)
    {
        await using var scope = hub.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        db.Activities.Add(new Activity
        {
            StationId = stationId, Kind = kind, Title = "测试活动", OccurredOn = Day, Volunteers = volunteers, VolunteerHours = hours, RecordedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    private async Task<int> DeriveAsync()
    {
        await using var services = HubDataServices.For(hub.Database);
        return await DeriveObservationsCommand.RunAsync(services.Services, ["derive-observations", "--from", "2041-03", "--to", "2041-03"], TextWriter.Null, TextWriter.Null);
    }

    private async Task<(decimal? Hours, decimal? PersonTimes, decimal? Services)> FiguresAsync(string station)
    {
        var data = await hub.Client.QueryAsync("""
            query($id: ID!) { station(id: $id) { indicators(period: "2041-03", codes: ["volunteer_hours", "volunteer_person_times", "volunteer_services"]) { value } } }
            """, new { id = station });
        var values = ((JsonArray)data["station"]!["indicators"]!).Select(v => v!["value"]?.GetValue<decimal>()).ToList();
        return (values[0], values[1], values[2]);
    }
}

public sealed class DerivedObservationsOnSqlite(SqliteDemoHub hub) : DerivedObservationsTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class DerivedObservationsOnMariaDb(MariaDbDemoHub hub) : DerivedObservationsTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
