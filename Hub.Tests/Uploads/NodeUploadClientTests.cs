using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using Hub.Tests.Transport;

namespace Hub.Tests.Uploads;

/// <summary>
/// A real client's multipart request: Node's FormData and fetch (undici) encode the ~1 MB report from disk as a
/// browser would, against the hub on a real socket. It lands whole with the preflight header, and is refused without.
/// </summary>
public sealed class NodeUploadClientTests(KestrelUploadHub hub) : IClassFixture<KestrelUploadHub>
{
    [Fact]
    public async Task Nodes_own_form_data_uploads_the_report_and_without_a_preflight_header_is_refused()
    {
        await NodeClients.EnsureInstalledAsync();
        var (station, name) = await hub.Client.StationAsync(0);
        var directory = Directory.CreateTempSubdirectory("datahub-upload-");
        try
        {
            var path = Path.Combine(directory.FullName, "2100-2199 月报.csv");
            await File.WriteAllBytesAsync(path, MonthlyReport.Csv(name));
            var url = new Uri(hub.BaseAddress, "/graphql").ToString();

            var refused = JsonNode.Parse(await NodeClients.RunAsync("node", ["upload.mjs", url, "Bearer " + TestTokens.Admin, path, "no"], TimeSpan.FromMinutes(1)))!;
            Assert.Equal(400, refused["status"]!.GetValue<int>());
            Assert.Equal("PREFLIGHT_REQUIRED", refused["body"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.Null(await hub.Client.StationValueAsync(station, "2100-01", "news_articles"));

            var output = JsonNode.Parse(await NodeClients.RunAsync("node", ["upload.mjs", url, "Bearer " + TestTokens.Admin, path, "yes"], TimeSpan.FromMinutes(1)))!;
            Assert.Equal(200, output["status"]!.GetValue<int>());
            var result = output["body"]!["data"]!["importObservations"]!;
            Assert.Empty(result["errors"]!.AsArray());
            Assert.Equal(MonthlyReport.Rows, result["imported"]!.GetValue<int>());
            Assert.Equal(MonthlyReport.ValueOf(2, 2177, 7), await hub.Client.StationValueAsync(station, "2177-07", "training_sessions"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
