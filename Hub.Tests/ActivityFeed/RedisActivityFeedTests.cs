using System.Diagnostics;
using Hub.Data;
using Hub.Data.ActivityFeed;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.ActivityFeed;

/// <summary>
/// The activity feed across server instances through a real redis-server: an activity recorded over HTTP on
/// instance A reaches the subscribers of A and of B exactly once and only where their region filter matches; a
/// Redis outage keeps each instance's own feed working, and once Redis is back the feed spans instances again
/// without restarting anything.
/// </summary>
public sealed class RedisActivityFeedTests(TwoHubsOnRedis hubs) : IClassFixture<TwoHubsOnRedis>
{
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(10);

    /// <summary>How long to keep listening for a duplicate or a wrongly delivered event.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(700);

    [Fact]
    public async Task An_activity_recorded_on_one_instance_reaches_the_subscribers_of_both_exactly_once_filtered_by_region()
    {
        Assert.IsType<RedisActivityFeed>(hubs.A.Services.GetRequiredService<IActivityFeed>());
        var (inside, outside, district) = await StationsAsync();
        await using var onA = await ActivityFeedProbe.StartAsync(hubs.A.Services, district);
        await using var onB = await ActivityFeedProbe.StartAsync(hubs.B.Services, district);

        await ActivityRecording.RecordAsync(hubs.ClientA, outside, "COMMUNITY_WORK", "区外·A");
        var recordedAt = Stopwatch.GetTimestamp();
        await ActivityRecording.RecordAsync(hubs.ClientA, inside, "COMMUNITY_WORK", "区内·A");

        var arrivedOnB = await onB.WaitForAsync("区内·A", Arrival);
        await onA.WaitForAsync("区内·A", Arrival);
        await Task.Delay(Quiet);
        Assert.Equal(["区内·A"], onB.Titles);
        Assert.Equal(["区内·A"], onA.Titles);
        Assert.True(Stopwatch.GetElapsedTime(recordedAt, arrivedOnB) < Arrival);

        // And the other way round, so neither instance is special.
        await ActivityRecording.RecordAsync(hubs.ClientB, inside, "COMMUNITY_WORK", "区内·B");
        await onA.WaitForAsync("区内·B", Arrival);
        await onB.WaitForAsync("区内·B", Arrival);
        await Task.Delay(Quiet);
        Assert.Equal(1, onA.Count("区内·B"));
        Assert.Equal(1, onB.Count("区内·B"));
    }

    [Fact]
    public async Task Activities_recorded_one_after_another_on_one_instance_arrive_on_the_other_in_order()
    {
        await hubs.WaitUntilBothSubscribedAsync();
        var (inside, _, district) = await StationsAsync();
        await using var onA = await ActivityFeedProbe.StartAsync(hubs.A.Services, district);
        await using var onB = await ActivityFeedProbe.StartAsync(hubs.B.Services, district);
        var titles = Enumerable.Range(1, 20).Select(i => $"顺序·{i:D2}").ToList();

        foreach (var title in titles)
        {
            await ActivityRecording.RecordAsync(hubs.ClientA, inside, "COMMUNITY_WORK", title);
        }

        await onB.WaitForAsync(titles[^1], Arrival);
        await Task.Delay(Quiet);
        Assert.Equal(titles, onB.Titles);
        Assert.Equal(titles, onA.Titles);

        // What the Redis hop adds: from arrival on the recording instance to arrival on the other one.
        var hops = new List<double>();
        foreach (var title in titles)
        {
            hops.Add(Stopwatch.GetElapsedTime(await onA.WaitForAsync(title, Arrival), await onB.WaitForAsync(title, Arrival)).TotalMilliseconds);
        }

        hops.Sort();
        Console.WriteLine($"Redis hop A→B over {hops.Count} activities: p50 {hops[hops.Count / 2]:F2} ms, max {hops[^1]:F2} ms");
    }

    [Fact]
    public async Task During_a_Redis_outage_activities_stay_local_and_afterwards_the_feed_spans_instances_again_without_a_restart()
    {
        await hubs.WaitUntilBothSubscribedAsync();
        var (inside, _, district) = await StationsAsync();
        await using var onA = await ActivityFeedProbe.StartAsync(hubs.A.Services, district);
        await using var onB = await ActivityFeedProbe.StartAsync(hubs.B.Services, district);

        await hubs.Redis.StopAsync();
        var mutation = Stopwatch.StartNew();
        await ActivityRecording.RecordAsync(hubs.ClientA, inside, "COMMUNITY_WORK", "停电时·A");
        mutation.Stop();
        await onA.WaitForAsync("停电时·A", Arrival);
        // Queued behind a reconnect, the publish would hold the mutation for the 5 s async timeout.
        Assert.True(mutation.Elapsed < TimeSpan.FromSeconds(4), $"the mutation took {mutation.Elapsed} with Redis away; it must not wait for Redis");
        var stored = await hubs.ClientB.QueryAsync("{ activities(first: 100) { nodes { title } } }");
        Assert.Contains(stored["activities"]!["nodes"]!.AsArray(), n => n!["title"]!.GetValue<string>() == "停电时·A");

        var outage = Stopwatch.StartNew();
        await hubs.Redis.StartAgainAsync();
        await hubs.WaitUntilBothSubscribedAsync();
        outage.Stop();
        await ActivityRecording.RecordAsync(hubs.ClientA, inside, "COMMUNITY_WORK", "恢复后·A");

        await onB.WaitForAsync("恢复后·A", Arrival);
        await onA.WaitForAsync("恢复后·A", Arrival);
        await Task.Delay(Quiet);
        // Pub/sub keeps no history: what was recorded while Redis was away never reaches the other instance.
        Assert.Equal(["恢复后·A"], onB.Titles);
        Assert.Equal(["停电时·A", "恢复后·A"], onA.Titles);
        Console.WriteLine($"Redis restart to both instances resubscribed: {outage.Elapsed.TotalSeconds:F1} s; mutation with Redis away: {mutation.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task Events_travel_as_json_with_their_origin_and_unreadable_messages_are_skipped()
    {
        await hubs.WaitUntilBothSubscribedAsync();
        var (inside, _, district) = await StationsAsync();
        await using var onB = await ActivityFeedProbe.StartAsync(hubs.B.Services, district);
        Assert.True(GlobalId.TryParse(inside, out var station));

        Assert.Equal(2, await hubs.Redis.PublishAsync(TwoHubsOnRedis.Channel, "not json"));
        Assert.Equal(2, await hubs.Redis.PublishAsync(TwoHubsOnRedis.Channel, """{"origin":"elsewhere"}"""));
        // What an instance of another process (or of the next release) puts on the channel.
        var message = $$$"""
            {"origin":"another-instance","activity":{"activityId":999999,"stationId":{{{station.Id}}},"projectId":null,"kind":"CommunityWork",
             "title":"来自别处","occurredOn":"2025-03-01","place":null,"regionId":null,"participants":12,"volunteers":3,"volunteerHours":4.5,
             "recordedAt":"2025-03-01T02:00:00Z","regionCodes":["{{{district}}}"]}}
            """;
        Assert.Equal(2, await hubs.Redis.PublishAsync(TwoHubsOnRedis.Channel, message));
        Assert.Equal(2, await hubs.Redis.PublishAsync(TwoHubsOnRedis.Channel, message.Replace(district, "000000000000", StringComparison.Ordinal).Replace("来自别处", "别的区", StringComparison.Ordinal)));

        await onB.WaitForAsync("来自别处", Arrival);
        await Task.Delay(Quiet);
        Assert.Equal(["来自别处"], onB.Titles);
    }

    [Fact]
    public async Task Stopping_an_instance_unsubscribes_it_and_closes_its_Redis_connections()
    {
        await hubs.WaitUntilBothSubscribedAsync();
        var third = hubs.StartInstance();
        var clientName = $"datahub-{TwoHubsOnRedis.FeedOf(third).InstanceId}";
        await RedisServer.WaitUntilAsync(async () => await hubs.Redis.SubscriberCountAsync(TwoHubsOnRedis.Channel) == 3, TimeSpan.FromSeconds(15), "a third subscriber");
        Assert.Contains(clientName, await hubs.Redis.ClientNamesAsync());

        await third.DisposeAsync();

        await RedisServer.WaitUntilAsync(async () => await hubs.Redis.SubscriberCountAsync(TwoHubsOnRedis.Channel) == 2, TimeSpan.FromSeconds(5), "the stopped instance unsubscribed");
        await RedisServer.WaitUntilAsync(async () => !(await hubs.Redis.ClientNamesAsync()).Contains(clientName), TimeSpan.FromSeconds(5), "the stopped instance's connections closed");
    }

    private async Task<(string Inside, string Outside, string District)> StationsAsync()
    {
        var stations = (await hubs.ClientA.QueryAsync("{ stations(first: 50) { nodes { id district { code } } } }"))["stations"]!["nodes"]!.AsArray()
            .Where(s => s!["district"] is not null)
            .Select(s => (Id: s!["id"]!.GetValue<string>(), District: s["district"]!["code"]!.GetValue<string>()))
            .ToList();
        var (inside, district) = stations[0];
        return (inside, stations.First(s => s.District != district).Id, district);
    }
}
