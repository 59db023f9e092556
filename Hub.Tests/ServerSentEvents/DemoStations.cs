using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.ServerSentEvents;

/// <summary>Two demo stations in one district and one in another, read through the API, for filters to tell apart.</summary>
public sealed record DemoStations(string Inside, string AlsoInside, string Outside, string DistrictCode)
{
    public static async Task<DemoStations> ReadAsync(GraphQLClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var stations = (await client.QueryAsync("{ stations(first: 100) { nodes { id district { code } } } }"))["stations"]!["nodes"]!.AsArray()
            .OfType<JsonNode>()
            .Where(s => s["district"] is not null)
            .Select(s => (Id: s["id"]!.GetValue<string>(), District: s["district"]!["code"]!.GetValue<string>()))
            .ToList();
        var district = stations.GroupBy(s => s.District).First(g => g.Count() >= 2);
        var outside = stations.First(s => s.District != district.Key);
        return new DemoStations(district.First().Id, district.Skip(1).First().Id, outside.Id, district.Key);
    }
}
