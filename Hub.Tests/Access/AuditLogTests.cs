using System.Text.Json.Nodes;
using Hub.Data.Periods;
using Hub.Schema.Access;
using Hub.Schema.Errors;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Access;

/// <summary>
/// Every mutation leaves an entry in the audit log: who, what, when, the rows before and after, and how it ended,
/// refusals included; ADMIN callers read the log, ANALYST callers the entries of their subtree. On both databases, read back through <c>auditLog</c>.
/// </summary>
public abstract class AuditLogTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Log = """
        query($subject: String, $mutation: String) {
          auditLog(subject: $subject, mutation: $mutation, first: 10) {
            totalCount
            nodes { id at subject role mutation input outcome reason changes { entity state key before after } }
          }
        }
        """;

    [Fact]
    public async Task A_replaced_figure_is_logged_with_its_value_before_and_after()
    {
        var subject = "auditor-" + Guid.NewGuid().ToString("N")[..8];
        var client = hub.ClientWith("Bearer", TestTokens.For(HubRole.Admin, subject));
        var station = await FirstStationAsync();
        var period = ReportingPeriod.OfMonth(2080, 1);
        Assert.Null((await TestMutations.RunAsync(client, "submitObservations", station, period, "")).Errors);
        var second = await client.PostAsync(
            "mutation($rows: [ObservationInput!]!) { submitObservations(input: { observations: $rows }) { errors { message } } }",
            new { rows = new[] { new { stationId = GlobalId.Of("Station", station), indicator = "news_articles", period = "2080-01", value = 9.5m, note = "corrected" } } });
        Assert.Null(second.Errors);

        var entries = await EntriesAsync(subject, "submitObservations");
        Assert.Equal(2, entries.Count);
        var latest = entries[0]!;
        Assert.Equal("ADMIN", latest["role"]!.GetValue<string>());
        Assert.Equal("SUCCEEDED", latest["outcome"]!.GetValue<string>());
        Assert.Contains("corrected", latest["input"]!.GetValue<string>(), StringComparison.Ordinal);
        var change = ((JsonArray)latest["changes"]!).Single(c => c!["entity"]!.GetValue<string>() == "Observation")!;
        Assert.Equal("Modified", change["state"]!.GetValue<string>());
        var before = JsonNode.Parse(change["before"]!.GetValue<string>())!;
        var after = JsonNode.Parse(change["after"]!.GetValue<string>())!;
        Assert.Equal(7m, before["Value"]!.GetValue<decimal>());
        Assert.Equal(9.5m, after["Value"]!.GetValue<decimal>());
        Assert.Equal(before["Version"]!.GetValue<int>() + 1, after["Version"]!.GetValue<int>());

        var first = ((JsonArray)entries[1]!["changes"]!).Single()!;
        Assert.Equal("Added", first["state"]!.GetValue<string>());
        Assert.Null(first["before"]);
        Assert.True(JsonNode.Parse(first["key"]!.GetValue<string>())!["Id"]!.GetValue<int>() > 0, "the key is the stored row's id");
    }

    [Fact]
    public async Task A_recorded_activity_is_logged_with_the_stored_activity()
    {
        var subject = "recorder-" + Guid.NewGuid().ToString("N")[..8];
        var client = hub.ClientWith("Bearer", TestTokens.For(HubRole.Admin, subject));
        var station = await FirstStationAsync();
        var response = await TestMutations.RunAsync(client, "recordActivity", station, ReportingPeriod.OfMonth(2024, 3), "审计测试活动");
        var activityId = GlobalId.IdOf(response.Data!["recordActivity"]!["activity"]!["id"]!.GetValue<string>(), "Activity");

        var entry = (await EntriesAsync(subject, "recordActivity")).Single()!;
        Assert.Equal("SUCCEEDED", entry["outcome"]!.GetValue<string>());
        var activity = ((JsonArray)entry["changes"]!).Single(c => c!["entity"]!.GetValue<string>() == "Activity")!;
        Assert.Equal(activityId, JsonNode.Parse(activity["key"]!.GetValue<string>())!["Id"]!.GetValue<int>());
        Assert.Equal("审计测试活动", JsonNode.Parse(activity["after"]!.GetValue<string>())!["Title"]!.GetValue<string>());

        // Stored as Chinese, not \uXXXX escapes: an operator reading the column sees the title.
        Assert.Contains("审计测试活动", activity["after"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("审计测试活动", entry["input"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_and_rejected_mutations_are_logged_without_changes()
    {
        var station = await FirstStationAsync();
        var subject = "outsider-" + Guid.NewGuid().ToString("N")[..8];
        var partner = hub.ClientWith("Bearer", TestTokens.For(HubRole.Partner, subject));
        Assert.Equal(HubErrorCodes.Forbidden, (await TestMutations.RunAsync(partner, "submitObservations", station, ReportingPeriod.OfMonth(2081, 1), "")).FirstErrorCode);

        var admin = hub.ClientWith("Bearer", TestTokens.For(HubRole.Admin, subject + "-admin"));
        var rejected = await admin.PostAsync(
            "mutation { submitObservations(input: { observations: [{ stationId: \"" + GlobalId.Of("Station", station) + "\", indicator: \"no_such_code\", period: \"2081-02\", value: 1 }] }) { errors { message } } }");
        Assert.NotEmpty((JsonArray)rejected.Data!["submitObservations"]!["errors"]!);

        var refused = (await EntriesAsync(subject, null)).Single()!;
        Assert.Equal("REFUSED", refused["outcome"]!.GetValue<string>());
        Assert.Equal("PARTNER", refused["role"]!.GetValue<string>());
        Assert.Empty((JsonArray)refused["changes"]!);
        Assert.False(string.IsNullOrEmpty(refused["reason"]!.GetValue<string>()));

        var invalid = (await EntriesAsync(subject + "-admin", null)).Single()!;
        Assert.Equal("REJECTED", invalid["outcome"]!.GetValue<string>());
        Assert.Empty((JsonArray)invalid["changes"]!);

        var before = await hub.Admin.QueryAsync("{ auditLog(outcome: REFUSED) { totalCount } }");
        Assert.Equal(HubErrorCodes.Unauthenticated, (await TestMutations.RunAsync(hub.Client, "recordActivity", station, ReportingPeriod.OfMonth(2024, 3), "匿名")).FirstErrorCode);
        var after = await hub.Admin.QueryAsync("{ auditLog(outcome: REFUSED, first: 1) { totalCount nodes { role subject mutation } } }");
        Assert.Equal(before["auditLog"]!["totalCount"]!.GetValue<int>() + 1, after["auditLog"]!["totalCount"]!.GetValue<int>());
        var anonymous = after["auditLog"]!["nodes"]![0]!;
        Assert.Equal("PUBLIC", anonymous["role"]!.GetValue<string>());
        Assert.Null(anonymous["subject"]);
        Assert.Equal("recordActivity", anonymous["mutation"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_mutation_of_a_document_has_an_entry_of_its_own()
    {
        var subject = "twice-" + Guid.NewGuid().ToString("N")[..8];
        var station = GlobalId.Of("Station", await FirstStationAsync());
        var response = await hub.ClientWith("Bearer", TestTokens.For(HubRole.Admin, subject)).PostAsync("""
            mutation($id: ID!) {
              first: submitObservations(input: { observations: [{ stationId: $id, indicator: "news_articles", period: "2082-01", value: 1 }] }) { errors { message } }
              second: submitObservations(input: { observations: [{ stationId: $id, indicator: "videos_published", period: "2082-01", value: 2 }] }) { errors { message } }
            }
            """, new { id = station });
        Assert.Null(response.Errors);

        var entries = await EntriesAsync(subject, "submitObservations");
        Assert.Equal(2, entries.Count);
        var indicators = entries.Select(e => JsonNode.Parse(((JsonArray)e!["changes"]!).Single()!["after"]!.GetValue<string>())!["IndicatorId"]!.GetValue<int>()).ToHashSet();
        Assert.Equal(2, indicators.Count);
    }

    [Fact]
    public async Task Only_admins_and_analysts_read_the_audit_log()
    {
        Assert.Equal(HubErrorCodes.Unauthenticated, (await hub.Client.PostAsync("{ auditLog { totalCount } }")).FirstErrorCode);
        foreach (var token in new[]
                 {
                     TestTokens.For(HubRole.Partner, "p"),
                     TestTokens.For(HubRole.StationStaff, "s", stationId: await FirstStationAsync()),
                 })
        {
            var response = await hub.ClientWith("Bearer", token).PostAsync("{ auditLog { totalCount nodes { input } } }");
            Assert.Equal(HubErrorCodes.Forbidden, response.FirstErrorCode);
            Assert.Null(response.Data?["auditLog"]);
        }

        var analyst = await hub.ClientWith("Bearer", TestTokens.For(HubRole.Analyst, "a", regionCode: "370000000000")).PostAsync("{ auditLog { totalCount } }");
        Assert.Null(analyst.Errors);
    }

    private const string Filtered = """
        query($subject: String, $stationId: ID, $stationCode: String, $regionId: ID, $entity: String, $from: DateTime, $to: DateTime) {
          auditLog(subject: $subject, stationId: $stationId, stationCode: $stationCode, regionId: $regionId, entity: $entity, from: $from, to: $to, first: 20) {
            totalCount nodes { mutation changes { entity after } }
          }
        }
        """;

    [Fact]
    public async Task Entries_are_found_by_station_region_entity_and_time_and_analysts_read_their_subtree_only()
    {
        var started = DateTime.UtcNow.AddSeconds(-1);
        var subject = "scoped-" + Guid.NewGuid().ToString("N")[..8];
        var client = hub.ClientWith("Bearer", TestTokens.For(HubRole.Admin, subject));
        var stations = ((JsonArray)(await hub.Admin.QueryAsync("{ stations(first: 50) { nodes { id code district { id code } } } }"))["stations"]!["nodes"]!)
            .Select(n => n!).Where(n => n["district"] is not null).ToList();
        var a = stations[0];
        var b = stations.First(n => n["district"]!["code"]!.GetValue<string>() != a["district"]!["code"]!.GetValue<string>());
        var aId = GlobalId.IdOf(a["id"]!.GetValue<string>(), "Station")!.Value;
        var bId = GlobalId.IdOf(b["id"]!.GetValue<string>(), "Station")!.Value;
        Assert.Null((await TestMutations.RunAsync(client, "submitObservations", aId, ReportingPeriod.OfMonth(2081, 1), "")).Errors);
        Assert.Null((await TestMutations.RunAsync(client, "recordActivity", aId, ReportingPeriod.OfMonth(2024, 4), "范围测试")).Errors);
        Assert.Null((await TestMutations.RunAsync(client, "submitObservations", bId, ReportingPeriod.OfMonth(2081, 2), "")).Errors);

        async Task<JsonNode> Find(GraphQLClient caller, object variables) => (await caller.QueryAsync(Filtered, variables))["auditLog"]!;
        int Count(JsonNode log) => log["totalCount"]!.GetValue<int>();

        Assert.Equal(3, Count(await Find(hub.Admin, new { subject })));
        Assert.Equal(2, Count(await Find(hub.Admin, new { subject, stationId = a["id"]!.GetValue<string>() })));
        Assert.Equal(1, Count(await Find(hub.Admin, new { subject, stationCode = b["code"]!.GetValue<string>() })));
        Assert.Equal(2, Count(await Find(hub.Admin, new { subject, regionId = a["district"]!["id"]!.GetValue<string>() })));
        var activities = await Find(hub.Admin, new { subject, entity = "Activity" });
        Assert.Equal("recordActivity", activities["nodes"]![0]!["mutation"]!.GetValue<string>());
        Assert.Equal(1, Count(activities));
        Assert.Equal(1, Count(await Find(hub.Admin, new { subject, entity = "Observation", stationId = b["id"]!.GetValue<string>() })));
        Assert.Equal(3, Count(await Find(hub.Admin, new { subject, from = started, to = DateTime.UtcNow.AddMinutes(1) })));
        Assert.Equal(0, Count(await Find(hub.Admin, new { subject, from = DateTime.UtcNow.AddMinutes(1) })));
        Assert.Equal(0, Count(await Find(hub.Admin, new { subject, to = started })));

        // The figure in the API's terms beside its stored form.
        var observation = (await Find(hub.Admin, new { subject, stationId = b["id"]!.GetValue<string>() }))["nodes"]![0]!["changes"]!;
        var after = JsonNode.Parse(((JsonArray)observation).Single(c => c!["entity"]!.GetValue<string>() == "Observation")!["after"]!.GetValue<string>())!;
        Assert.Equal("2081-02", after["PeriodText"]!.GetValue<string>());

        var analyst = hub.ClientWith("Bearer", TestTokens.For(HubRole.Analyst, "scoped-analyst", regionCode: a["district"]!["code"]!.GetValue<string>()));
        var own = await Find(analyst, new { subject });
        Assert.Equal(2, Count(own));
        Assert.Equal(0, Count(await Find(analyst, new { subject, stationId = b["id"]!.GetValue<string>() })));
        Assert.Equal(0, Count(await Find(analyst, new { subject, regionId = b["district"]!["id"]!.GetValue<string>() })));
    }

    private const string Terms = """
        query($subject: String!, $first: Int!) {
          auditLog(subject: $subject, first: $first) {
            nodes {
              mutation
              changes { entity state globalId station { id code name } indicator { code label } period value valueBefore }
            }
          }
        }
        """;

    [Fact]
    public async Task Changes_read_in_the_APIs_terms_station_indicator_period_value_and_global_id()
    {
        var subject = "terms-" + Guid.NewGuid().ToString("N")[..8];
        var client = hub.ClientWith("Bearer", TestTokens.For(HubRole.Admin, subject));
        var station = (await hub.Admin.QueryAsync("{ stations(first: 1) { nodes { id code name } } }"))["stations"]!["nodes"]![0]!;
        var stationId = station["id"]!.GetValue<string>();
        const string submit = "mutation($rows: [ObservationInput!]!) { submitObservations(input: { observations: $rows }) { errors { message } } }";
        Assert.Null((await client.PostAsync(submit, new { rows = new object[]
        {
            new { stationId, indicator = "news_articles", period = "2083-11", value = 7m },
            new { stationId, indicator = "news_articles", period = "2083", value = 12.25m },
        } })).Errors);
        Assert.Null((await client.PostAsync(submit, new { rows = new[] { new { stationId, indicator = "news_articles", period = "2083-11", value = 9.5m } } })).Errors);
        var activity = await TestMutations.RunAsync(client, "recordActivity", GlobalId.IdOf(stationId, "Station")!.Value, ReportingPeriod.OfMonth(2024, 3), "术语测试");
        var activityId = activity.Data!["recordActivity"]!["activity"]!["id"]!.GetValue<string>();
        var renamed = await client.PostAsync("mutation($id: ID!) { updateStation(input: { id: $id, rooms: \"审计室\" }) { errors { message } } }", new { id = stationId });
        Assert.Null(renamed.Errors);
        Assert.Empty((JsonArray)renamed.Data!["updateStation"]!["errors"]!);
        var organization = await client.PostAsync(
            "mutation($name: String!) { createOrganization(input: { name: $name, kind: OTHER }) { organization { id } errors { message } } }",
            new { name = "审计术语机构" + subject });
        var organizationId = organization.Data!["createOrganization"]!["organization"]!["id"]!.GetValue<string>();

        var entries = ((JsonArray)(await hub.Admin.QueryAsync(Terms, new { subject, first = 10 }))["auditLog"]!["nodes"]!).Select(e => e!).Reverse().ToList();
        Assert.Equal(["submitObservations", "submitObservations", "recordActivity", "updateStation", "createOrganization"], entries.Select(e => e["mutation"]!.GetValue<string>()));
        JsonNode Change(JsonNode entry, string entity) => ((JsonArray)entry["changes"]!).Single(c => c!["entity"]!.GetValue<string>() == entity)!;
        void IsTheStation(JsonNode change)
        {
            Assert.Equal(stationId, change["station"]!["id"]!.GetValue<string>());
            Assert.Equal(station["code"]!.GetValue<string>(), change["station"]!["code"]!.GetValue<string>());
            Assert.Equal(station["name"]!.GetValue<string>(), change["station"]!["name"]!.GetValue<string>());
        }

        var added = ((JsonArray)entries[0]["changes"]!).Where(c => c!["entity"]!.GetValue<string>() == "Observation").Select(c => c!).ToList();
        Assert.Equal(2, added.Count);
        var month = added.Single(c => c["period"]!.GetValue<string>() == "2083-11");
        var year = added.Single(c => c["period"]!.GetValue<string>() == "2083");
        Assert.Equal("Added", month["state"]!.GetValue<string>());
        Assert.Equal(7m, month["value"]!.GetValue<decimal>());
        Assert.Null(month["valueBefore"]);
        Assert.Equal(12.25m, year["value"]!.GetValue<decimal>());
        Assert.Equal("news_articles", month["indicator"]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(month["indicator"]!["label"]!.GetValue<string>()));
        Assert.Null(month["globalId"]);
        IsTheStation(month);

        var replaced = Change(entries[1], "Observation");
        Assert.Equal("Modified", replaced["state"]!.GetValue<string>());
        Assert.Equal("2083-11", replaced["period"]!.GetValue<string>());
        Assert.Equal(9.5m, replaced["value"]!.GetValue<decimal>());
        Assert.Equal(7m, replaced["valueBefore"]!.GetValue<decimal>());
        IsTheStation(replaced);

        var recorded = Change(entries[2], "Activity");
        Assert.Equal(activityId, recorded["globalId"]!.GetValue<string>());
        IsTheStation(recorded);
        Assert.Null(recorded["indicator"]);
        Assert.Null(recorded["period"]);
        Assert.Null(recorded["value"]);

        // A station's own row is about that station.
        var updated = Change(entries[3], "Station");
        Assert.Equal(stationId, updated["globalId"]!.GetValue<string>());
        IsTheStation(updated);

        // A register of no station: no station, but a global id node(id:) answers.
        var created = Change(entries[4], "Organization");
        Assert.Null(created["station"]);
        Assert.Equal(organizationId, created["globalId"]!.GetValue<string>());
        var node = await hub.Admin.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = organizationId });
        Assert.Equal(organizationId, node["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_of_fifty_entries_loads_their_stations_and_indicators_in_one_statement_each()
    {
        var subject = "batched-" + Guid.NewGuid().ToString("N")[..8];
        var client = hub.ClientWith("Bearer", TestTokens.For(HubRole.Admin, subject));
        var stations = ((JsonArray)(await hub.Admin.QueryAsync("{ stations(first: 50) { nodes { id } } }"))["stations"]!["nodes"]!)
            .Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.True(stations.Count > 5, "the demo has stations enough for a varied page");
        string[] indicators = ["news_articles", "videos_published"];

        // 50 entries, ten mutations to a document, spread over the stations and two indicators.
        for (var batch = 0; batch < 5; batch++)
        {
            var fields = Enumerable.Range(batch * 10, 10).Select(i =>
                $"m{i}: submitObservations(input: {{ observations: [{{ stationId: \"{stations[i % stations.Count]}\", indicator: \"{indicators[i % 2]}\", period: \"2084-{1 + (i / stations.Count):00}\", value: {i} }}] }}) {{ errors {{ message }} }}");
            var response = await client.PostAsync("mutation { " + string.Join(" ", fields) + " }");
            Assert.Null(response.Errors);
        }

        var one = await hub.Admin.PostExecutedAsync(Terms, new { subject, first = 1 });
        var fifty = await hub.Admin.PostExecutedAsync(Terms, new { subject, first = 50 });
        Assert.Null(fifty.Errors);
        var entries = (JsonArray)fifty.Data!["auditLog"]!["nodes"]!;
        Assert.Equal(50, entries.Count);
        var changes = entries.SelectMany(e => (JsonArray)e!["changes"]!).Select(c => c!).Where(c => c["entity"]!.GetValue<string>() == "Observation").ToList();
        Assert.Equal(50, changes.Count);
        Assert.All(changes, c => Assert.NotNull(c["station"]));
        Assert.Equal(Math.Min(50, stations.Count), changes.Select(c => c["station"]!["id"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(2, changes.Select(c => c["indicator"]!["code"]!.GetValue<string>()).Distinct().Count());

        // The page, its stations, its indicators: the same for one entry as for fifty.
        Assert.Equal(one.SqlStatements, fifty.SqlStatements);
        Assert.InRange(fifty.SqlStatements, 1, 3);
    }

    private async Task<JsonArray> EntriesAsync(string subject, string? mutation) =>
        (JsonArray)(await hub.Admin.QueryAsync(Log, new { subject, mutation }))["auditLog"]!["nodes"]!;

    private async Task<int> FirstStationAsync()
    {
        var id = (await hub.Admin.QueryAsync("{ stations(first: 1) { nodes { id } } }"))["stations"]!["nodes"]![0]!["id"]!.GetValue<string>();
        return GlobalId.IdOf(id, "Station")!.Value;
    }
}

public sealed class AuditLogOnSqlite(SqliteDemoHub hub) : AuditLogTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class AuditLogOnMariaDb(MariaDbDemoHub hub) : AuditLogTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
