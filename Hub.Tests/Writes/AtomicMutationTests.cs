using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Data.ActivityFeed;
using Hub.Data.Periods;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Writes;

/// <summary>
/// A mutation is one unit of work: when a late step fails (here the database refuses the month's derived volunteer
/// figures, which recordActivity writes after the activity itself), nothing of it is stored, the live feed never
/// hears of it, and the audit log says FAILED. Proven with a marker activity recorded after the failure: it is the
/// first event the feed delivers. On both databases.
/// </summary>
public abstract class AtomicMutationTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Marked = "injected-fault-7f3";

    [Fact]
    public async Task A_mutation_whose_save_fails_stores_nothing_and_publishes_nothing()
    {
        var (station, _) = await hub.Client.StationAsync(5);
        await using var scope = hub.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var stationId = GlobalId.IdOf(station, "Station")!.Value;
        var month = ReportingPeriod.OfMonth(2019, 5).StorageKey;
        await db.Database.ExecuteSqlRawAsync(hub.Kind == DatabaseKind.Sqlite
            ? $"CREATE TRIGGER fail_derived_figure BEFORE INSERT ON Observations WHEN NEW.StationId = {stationId} AND NEW.Period = {month} BEGIN SELECT RAISE(ABORT, 'injected fault'); END;"
            : $"CREATE TRIGGER fail_derived_figure BEFORE INSERT ON Observations FOR EACH ROW BEGIN IF NEW.StationId = {stationId} AND NEW.Period = {month} THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected fault'; END IF; END");
        try
        {
            using var feed = scope.ServiceProvider.GetRequiredService<ActivityFanout>().Subscribe(ActivityFeedFilter.Everything);
            const string record = """
                mutation($input: RecordActivityInput!) { recordActivity(input: $input) { activity { id title } errors { field message } } }
                """;

            var failed = await hub.Admin.PostAsync(record, new
            {
                input = new { stationId = station, kind = "VOLUNTEER_SERVICE", title = Marked + "的活动", occurredOn = "2019-05-06", volunteers = 3, volunteerHours = 5m },
            });
            Assert.Equal("INTERNAL_SERVER_ERROR", failed.FirstErrorCode);

            var marker = await ActivityRecordingAt(station, record);

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await foreach (var item in feed.ReadAllAsync(timeout.Token))
            {
                Assert.Equal("标记活动", item.Recorded.Title);
                break;
            }

            Assert.False(await db.Activities.AnyAsync(a => a.Title == Marked + "的活动"));

            Assert.Null(await hub.Client.StationValueAsync(station, "2019-05", "volunteer_hours"));
            Assert.Equal(2m, await hub.Client.StationValueAsync(station, "2019-06", "volunteer_hours"));
            Assert.NotNull(marker);

            var outcomes = await db.AuditEntries.AsNoTracking().Where(e => e.Mutation == "recordActivity" && e.Input.Contains(Marked))
                .Select(e => e.Outcome.ToString()).ToListAsync();
            Assert.Equal(["Failed"], outcomes);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER fail_derived_figure");
        }
    }

    private async Task<JsonNode> ActivityRecordingAt(string station, string record) =>
        (await hub.Admin.QueryAsync(record, new
        {
            input = new { stationId = station, kind = "VOLUNTEER_SERVICE", title = "标记活动", occurredOn = "2019-06-07", volunteers = 1, volunteerHours = 2m },
        }))["recordActivity"]!["activity"]!;
}

public sealed class AtomicMutationOnSqlite(SqliteDemoHub hub) : AtomicMutationTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class AtomicMutationOnMariaDb(MariaDbDemoHub hub) : AtomicMutationTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
