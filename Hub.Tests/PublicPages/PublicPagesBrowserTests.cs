using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Hub.Tests.Infrastructure;
using Hub.Tests.Transport;
using Xunit.Abstractions;

namespace Hub.Tests.PublicPages;

/// <summary>
/// A visitor on the public pages in Debian's headless Chromium with JavaScript off, against the real hub on a real
/// port, at 1366x768 and on a phone: opens /projects, filters by a target group through the form, follows a project
/// link. What the browser shows is compared with what the same server's GraphQL API answers the anonymous caller.
/// </summary>
public sealed class PublicPagesBrowserTests(KestrelSqliteDemoHub hub, ITestOutputHelper output) : IClassFixture<KestrelSqliteDemoHub>
{
    private const string TargetGroup = "ELDERLY";
    private const string Listing = "query($where: PublicProjectFilterInput) { publicProjects(first: 20, where: $where) { totalCount nodes { name } } }";
    private static readonly string[] Filter = [TargetGroup];

    [Fact]
    public async Task A_visitor_filters_the_listing_and_follows_a_project_link_on_a_desktop_and_on_a_phone()
    {
        await Task.WhenAll(Chromium.EnsureInstalledAsync(), NodeClients.EnsureInstalledAsync());
        var all = Names(await hub.Client.QueryAsync(Listing));
        var elderly = Names(await hub.Client.QueryAsync(Listing, new { where = new { targetGroups = new { hasAny = Filter } } }));
        var screenshots = AppContext.BaseDirectory;

        var json = await NodeClients.RunAsync("node", ["public-pages.mjs", hub.BaseAddress.ToString(), TargetGroup, screenshots], TimeSpan.FromMinutes(3));
        output.WriteLine($"screenshots: {screenshots}projects-*.png, project-*.png");
        output.WriteLine(json);
        var seen = JsonSerializer.Deserialize<BrowserSession>(json) ?? throw new InvalidOperationException("public-pages.mjs printed nothing: " + json);

        Assert.Equal(["desktop", "phone"], seen.Viewports.Select(v => v.Name));
        Assert.True(elderly.Count < all.Count);
        foreach (var view in seen.Viewports)
        {
            Assert.Null(view.Failure);
            Assert.Equal(200, view.ListingStatus);
            Assert.Equal("公益项目 · 社工站公益项目", view.Title);
            Assert.Empty(view.ForeignRequests);
            Assert.Empty(view.PageErrors);
            Assert.Empty(view.ConsoleErrors);
            Assert.Equal(all, view.AllProjects);

            // The form's submit lands on a shareable address whose list is the API's filtered listing.
            var filtered = new Uri(view.FilteredUrl!);
            Assert.Equal("/projects", filtered.AbsolutePath);
            Assert.Contains("targetGroup=" + TargetGroup, filtered.Query, StringComparison.Ordinal);
            Assert.Equal(elderly, view.FilteredProjects);
            Assert.Contains(elderly.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), view.Count, StringComparison.Ordinal);

            Assert.Equal(view.FollowedName, view.ProjectHeading);
            Assert.StartsWith("/projects/", new Uri(view.ProjectUrl!).AbsolutePath, StringComparison.Ordinal);

            // Usable at the size: nothing wider than the screen, every control big enough to tap, every select labelled.
            foreach (var layout in new[] { view.ListingLayout!, view.FilteredLayout!, view.ProjectLayout! })
            {
                Assert.True(layout.Overflow <= 0, $"{view.Name}: the page is {layout.Overflow}px wider than the viewport");
                Assert.Equal(0, layout.UnlabelledControls);
            }

            Assert.True(view.ListingLayout!.SmallestControl >= 40, $"{view.Name}: a control is {view.ListingLayout.SmallestControl}px tall");
            Assert.True(File.Exists(Path.Combine(screenshots, $"projects-{view.Name}.png")));
        }
    }

    private static List<string> Names(JsonObject data) =>
        data["publicProjects"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();

    private sealed record BrowserSession([property: JsonPropertyName("viewports")] List<ViewportSession> Viewports);

    private sealed record ViewportSession(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("failure")] string? Failure,
        [property: JsonPropertyName("listingStatus")] int? ListingStatus,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("foreignRequests")] List<string> ForeignRequests,
        [property: JsonPropertyName("pageErrors")] List<string> PageErrors,
        [property: JsonPropertyName("consoleErrors")] List<string> ConsoleErrors,
        [property: JsonPropertyName("allProjects")] List<string>? AllProjects,
        [property: JsonPropertyName("filteredUrl")] string? FilteredUrl,
        [property: JsonPropertyName("filteredProjects")] List<string>? FilteredProjects,
        [property: JsonPropertyName("count")] string? Count,
        [property: JsonPropertyName("followedName")] string? FollowedName,
        [property: JsonPropertyName("projectUrl")] string? ProjectUrl,
        [property: JsonPropertyName("projectHeading")] string? ProjectHeading,
        [property: JsonPropertyName("listingLayout")] PageLayout? ListingLayout,
        [property: JsonPropertyName("filteredLayout")] PageLayout? FilteredLayout,
        [property: JsonPropertyName("projectLayout")] PageLayout? ProjectLayout);

    private sealed record PageLayout(
        [property: JsonPropertyName("overflow")] double Overflow,
        [property: JsonPropertyName("smallestControl")] double? SmallestControl,
        [property: JsonPropertyName("unlabelledControls")] int UnlabelledControls);
}
