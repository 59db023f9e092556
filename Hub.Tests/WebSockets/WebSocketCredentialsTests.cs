using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.WebSockets;

/// <summary>
/// Who a graphql-transport-ws connection runs as: the credentials of its <c>connection_init</c> payload (what a
/// browser can send), checked like the HTTP Authorization header; and what each caller's subscription delivers.
/// </summary>
public sealed class WebSocketCredentialsTests(KestrelWebSocketHub hub) : IClassFixture<KestrelWebSocketHub>
{
    private const string Feed = "subscription($station: ID) { activityRecorded(stationId: $station) { title } }";

    [Fact]
    public async Task A_mutation_over_a_socket_without_credentials_is_refused_and_stores_nothing()
    {
        var (inside, _, _) = await ActivityRecording.StationsAsync(hub.Client);
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);

        await client.SubscribeAsync("m", ActivityRecording.RecordMutation, new { input = new { stationId = inside, kind = "TRAINING", title = "匿名套接字", occurredOn = "2025-03-02" } });

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("UNAUTHENTICATED", next["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("complete", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        await using var scope = hub.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<HubDbContext>().Activities.AnyAsync(a => a.Title == "匿名套接字"));
        await client.CloseAsync();
    }

    [Theory]
    [InlineData("Bearer not-a-token")]
    [InlineData("ApiKey dhk_000000000000000000000000_nothing")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Credentials_in_connection_init_that_do_not_check_out_close_the_socket_with_4403(string authorization)
    {
        using var client = await ProtocolClient.ConnectAsync(hub.WebSocketAddress);
        await client.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["authorization"] = authorization } });

        var (code, _) = await client.ReceiveCloseAsync();
        Assert.Equal(4403, code);
    }

    [Fact]
    public async Task Activities_of_an_internal_project_reach_only_the_subscribers_who_may_read_that_project()
    {
        var (projectId, stationId) = await InternalProjectAsync();
        var station = GlobalId.Of("Station", stationId);
        var before = Fanout.SubscriberCount;
        using var anonymous = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);
        using var admin = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress, "Bearer " + TestTokens.Admin);
        using var staff = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress, "Bearer " + TestTokens.For(HubRole.StationStaff, "ws-staff", stationId));
        using var partner = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress, "Bearer " + TestTokens.For(HubRole.Partner, "ws-partner"));
        foreach (var client in new[] { anonymous, admin, staff, partner })
        {
            await client.SubscribeAsync("feed", Feed, new { station });
        }

        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before + 4);
        await ActivityRecording.RecordAsync(hub.Admin, station, "COMMUNITY_WORK", "内部项目活动", projectId: GlobalId.Of("Project", projectId));
        await ActivityRecording.RecordAsync(hub.Admin, station, "COMMUNITY_WORK", "公开活动");

        foreach (var client in new[] { admin, staff })
        {
            Assert.Equal("内部项目活动", TitleOf(await client.ReceiveAsync()));
            Assert.Equal("公开活动", TitleOf(await client.ReceiveAsync()));
        }

        foreach (var client in new[] { anonymous, partner })
        {
            Assert.Equal("公开活动", TitleOf(await client.ReceiveAsync()));
        }

        foreach (var client in new[] { anonymous, admin, staff, partner })
        {
            await client.CloseAsync();
        }
    }

    private Hub.Data.ActivityFeed.ActivityFanout Fanout => hub.Services.GetRequiredService<Hub.Data.ActivityFeed.ActivityFanout>();

    private static string TitleOf(JsonObject next) => next["payload"]!["data"]!["activityRecorded"]!["title"]!.GetValue<string>();

    /// <summary>A project of the demo data made internal for this test, and its station.</summary>
    private async Task<(int Project, int Station)> InternalProjectAsync()
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var project = await db.Projects.OrderByDescending(p => p.Id).FirstAsync();
        project.Visibility = Visibility.Internal;
        await db.SaveChangesAsync();
        return (project.Id, project.StationId);
    }
}
