using System.Text.Json.Nodes;
namespace Hub.Tests.Infrastructure;

/// <summary>Stations of the demo data by district, and activities recorded through the real HTTP endpoint.</summary>
public static class ActivityRecording
{
    public const string RecordMutation = """
        mutation($input: RecordActivityInput!) {
          recordActivity(input: $input) { activity { id title kind occurredOn participants station { id name } } errors { field message } }
        }
        """;

    /// <summary>A station, its district, and a station outside that district.</summary>
    public static async Task<(string Inside, string District, string Outside)> StationsAsync(GraphQLClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var stations = (await client.QueryAsync("{ stations(first: 50) { nodes { id district { code } } } }"))["stations"]!["nodes"]!.AsArray()
            .Where(s => s!["district"] is not null)
            .Select(s => (Id: s!["id"]!.GetValue<string>(), District: s["district"]!["code"]!.GetValue<string>()))
            .ToList();
        var (inside, district) = stations[0];
        return (inside, district, stations.First(s => s.District != district).Id);
    }

    /// <summary>Records an activity (the client must be allowed to write) and returns it as the mutation answers it.</summary>
    public static async Task<JsonObject> RecordAsync(GraphQLClient client, string stationId, string kind, string title, int participants = 12, string? projectId = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.QueryAsync(RecordMutation, new { input = new { stationId, projectId, kind, title, occurredOn = "2025-03-01", participants } });
        Assert.Empty(response["recordActivity"]!["errors"]!.AsArray());
        return response["recordActivity"]!["activity"]!.AsObject();
    }

    /// <summary>Waits until the server's feed has <paramref name="count"/> subscribers: a subscribe message is answered by nothing.</summary>
    public static async Task WaitForSubscribersAsync(IServiceProvider services, int count, TimeSpan? within = null)
    {
        var fanout = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Hub.Data.ActivityFeed.ActivityFanout>(services);
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (fanout.SubscriberCount != count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The feed has {fanout.SubscriberCount} subscribers, not {count}.");
            await Task.Delay(25);
        }
    }
}
