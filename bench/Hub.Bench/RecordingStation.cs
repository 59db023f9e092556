using System.Globalization;
using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>
/// The station every benchmark activity is recorded for, read from the running hub, and the subscribers' filters
/// relative to it: unfiltered, by its district (matches every event) and by a kind it never records (matches none).
/// </summary>
public sealed class RecordingStation(string id, string name, string districtCode)
{
    /// <summary>The kind every benchmark activity has.</summary>
    public const string RecordedKind = "COMMUNITY_WORK";

    /// <summary>The kind the non-matching share of subscribers asks for.</summary>
    public const string OtherKind = "TRAINING";

    private const string RecordMutation = """
        mutation($input: RecordActivityInput!) { recordActivity(input: $input) { activity { id } errors { field message } } }
        """;

    public static FeedFilter Unfiltered { get; } = new("all activities", null, MatchesEvents: true);

    public string Id => id;

    public string Name => name;

    public string DistrictCode => districtCode;

    public static async Task<RecordingStation> DiscoverAsync(GraphQLEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var stations = (await endpoint.QueryAsync("{ stations(first: 50) { nodes { id name district { code } } } }"))["stations"]!["nodes"]!.AsArray();
        var station = stations.FirstOrDefault(s => s!["district"] is JsonObject)
            ?? throw new InvalidOperationException("No station of the hub's first 50 has a district; the benchmark needs one to filter by.");
        return new RecordingStation(station["id"]!.GetValue<string>(), station["name"]!.GetValue<string>(), station["district"]!["code"]!.GetValue<string>());
    }

    /// <summary><paramref name="filteredPercent"/> of the subscribers filtered, half matching and half not, spread evenly.</summary>
    public IReadOnlyList<FeedFilter> FiltersFor(int subscribers, int filteredPercent)
    {
        var byDistrict = new FeedFilter($"regionCode {districtCode}", new JsonObject { ["regionCode"] = districtCode }, MatchesEvents: true);
        var byOtherKind = new FeedFilter($"kinds [{OtherKind}]", new JsonObject { ["kinds"] = new JsonArray(OtherKind) }, MatchesEvents: false);
        var filtered = subscribers * filteredPercent / 100;
        var stride = filtered == 0 ? int.MaxValue : subscribers / (double)filtered;
        var filters = Enumerable.Repeat(Unfiltered, subscribers).ToArray();
        for (var k = 0; k < filtered; k++)
        {
            filters[(int)(k * stride)] = k % 2 == 0 ? byDistrict : byOtherKind;
        }

        return filters;
    }

    /// <summary>Records one activity with <paramref name="title"/>; returns the mutation's round trip and throws when the hub refused it.</summary>
    public async Task<TimeSpan> RecordAsync(GraphQLEndpoint endpoint, string title)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var input = new JsonObject
        {
            ["stationId"] = id,
            ["kind"] = RecordedKind,
            ["title"] = title,
            // Yesterday in UTC is never in the future for the hub, whatever its calendar's time zone.
            ["occurredOn"] = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["participants"] = 12,
        };
        var result = await endpoint.PostAsync(RecordMutation, new JsonObject { ["input"] = input }, CancellationToken.None);
        var refused = result.Error ?? (result.Data?["recordActivity"]?["errors"] is JsonArray { Count: > 0 } errors ? errors.ToJsonString() : null);
        return refused is null ? result.Elapsed : throw new InvalidOperationException($"recordActivity \"{title}\" failed: {refused}");
    }
}
