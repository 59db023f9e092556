using System.Text.Json.Nodes;

namespace Hub.Tests.Infrastructure;

/// <summary>The station reads that the write tests (submit, import, record, derive) check their results with.</summary>
public static class StationQueryExtensions
{
    /// <summary>The id and name of the station at <paramref name="index"/> in the default station order.</summary>
    public static async Task<(string Id, string Name)> StationAsync(this GraphQLClient client, int index)
    {
        ArgumentNullException.ThrowIfNull(client);
        var station = (await client.QueryAsync("{ stations(first: 10) { nodes { id name } } }"))["stations"]!["nodes"]![index]!;
        return (station["id"]!.GetValue<string>(), station["name"]!.GetValue<string>());
    }

    /// <summary>A station's value of one indicator for a period, as <c>station.indicators</c> answers it (null: not reported).</summary>
    public static async Task<decimal?> StationValueAsync(this GraphQLClient client, string stationId, string period, string code)
    {
        ArgumentNullException.ThrowIfNull(client);
        var data = await client.QueryAsync(
            "query($id: ID!, $period: Period!, $code: String!) { station(id: $id) { indicators(period: $period, codes: [$code]) { value } } }",
            new { id = stationId, period, code });
        return ((JsonArray)data["station"]!["indicators"]!).Single()!["value"]?.GetValue<decimal>();
    }
}
