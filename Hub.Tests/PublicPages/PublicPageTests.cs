using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.PublicPages;

/// <summary>
/// The server-rendered pages over real HTTP on the demo data: /projects lists what the anonymous <c>publicProjects</c>
/// answers and its query-string filters narrow it exactly as the API's <c>where</c> does; every project link opens
/// its page; an INTERNAL project, an internal brand and an INTERNAL contact block never appear, not even to a
/// request carrying ADMIN credentials; names are HTML-escaped; pages are cached like the listing. On both databases.
/// </summary>
public abstract partial class PublicPageTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private static readonly string[] Elderly = ["ELDERLY"];
    private static readonly string[] MigrantChildren = ["MIGRANT_CHILDREN"];

    private const string ApiListing = "query($where: PublicProjectFilterInput) { publicProjects(first: 100, where: $where) { totalCount nodes { id name stationId } } }";

    [Fact]
    public async Task The_listing_shows_the_public_listing_and_each_filter_narrows_it_as_the_api_does()
    {
        var (status, html) = await GetAsync("/projects");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var all = await ApiNamesAsync(null);
        Assert.True(all.Count > 0);
        Assert.Equal(all.Take(20).ToList(), Projects(html).Select(p => p.Name).ToList());
        Assert.Contains($"共 {all.Count} 个项目", html, StringComparison.Ordinal);

        (string Query, object Where)[] filters =
        [
            ("?targetGroup=ELDERLY", new { targetGroups = new { hasAny = new[] { "ELDERLY" } } }),
            ("?serviceArea=COMMUNITY_INTEGRATION", new { serviceAreas = new { hasAny = new[] { "COMMUNITY_INTEGRATION" } } }),
            ("?region=370102000000", new { districtCode = new { startsWith = "370102" } }),
            ("?region=370100000000&targetGroup=ELDERLY&targetGroup=CHILDREN", new { districtCode = new { startsWith = "3701" }, targetGroups = new { hasAny = new[] { "ELDERLY", "CHILDREN" } } }),
        ];
        foreach (var (query, where) in filters)
        {
            var expected = await ApiNamesAsync(where);
            var (filteredStatus, filtered) = await GetAsync("/projects" + query);
            Assert.Equal(HttpStatusCode.OK, filteredStatus);
            Assert.True(expected.Count < all.Count, $"{query} should narrow the listing");
            Assert.Equal(expected.Take(20).ToList(), Projects(filtered).Select(p => p.Name).ToList());
        }

        // The form shows the choice made, so the shared link reopens the same view.
        var (_, chosen) = await GetAsync("/projects?region=370102000000&targetGroup=ELDERLY");
        Assert.Contains("<option value=\"ELDERLY\" selected=\"selected\">老年人</option>", chosen, StringComparison.Ordinal);
        Assert.Contains("<option value=\"370102000000\" selected=\"selected\">", chosen, StringComparison.Ordinal);
        Assert.Contains("历下区 · 老年人 · 公益项目", chosen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_project_link_opens_its_page_and_its_station_link_the_station_page()
    {
        var (_, html) = await GetAsync("/projects");
        var projects = Projects(html);
        Assert.NotEmpty(projects);
        foreach (var (href, name) in projects.Take(5))
        {
            var (status, page) = await GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(name, WebUtility.HtmlDecode(Heading().Match(page).Groups[1].Value));
            var station = StationLink().Match(page);
            Assert.True(station.Success, page);
            var (stationStatus, stationPage) = await GetAsync(station.Groups[1].Value);
            Assert.Equal(HttpStatusCode.OK, stationStatus);
            Assert.Contains(href, stationPage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_internal_project_and_an_internal_brand_never_appear_even_to_a_request_with_admin_credentials()
    {
        var station = await StationIdAsync();
        var brand = (await hub.Admin.QueryAsync("mutation($input: CreateBrandInput!) { createBrand(input: $input) { brand { id } errors { message } } }",
            new { input = new { name = "内部品牌不可见", stationId = station, visibility = "INTERNAL" } }))["createBrand"]!["brand"]!["id"]!.GetValue<string>();
        var hidden = await CreateProjectAsync(new { name = "内部项目不可见", stationId = station, visibility = "INTERNAL", targetGroups = Elderly });
        await CreateProjectAsync(new { name = "公开项目内部品牌", stationId = station, brandId = brand, targetGroups = Elderly });

        using var admin = hub.CreateHttpClient();
        admin.DefaultRequestHeaders.Authorization = hub.Admin.Http.DefaultRequestHeaders.Authorization;
        foreach (var client in new[] { hub.Client.Http, admin })
        {
            var pages = new List<string>();
            for (var page = 1; ; page++)
            {
                var (status, html) = await GetAsync($"/projects?targetGroup=ELDERLY&page={page}", client);
                Assert.Equal(HttpStatusCode.OK, status);
                pages.Add(html);
                if (!html.Contains("rel=\"next\"", StringComparison.Ordinal))
                {
                    break;
                }
            }

            var listing = string.Concat(pages);
            Assert.Contains("公开项目内部品牌", listing, StringComparison.Ordinal);
            Assert.DoesNotContain("内部项目不可见", listing, StringComparison.Ordinal);
            Assert.DoesNotContain("内部品牌不可见", listing, StringComparison.Ordinal);

            var (hiddenStatus, hiddenPage) = await GetAsync(ProjectPath(hidden), client);
            Assert.Equal(HttpStatusCode.NotFound, hiddenStatus);
            Assert.DoesNotContain("内部项目不可见", hiddenPage, StringComparison.Ordinal);

            var (_, stationPage) = await GetAsync("/stations/" + station, client);
            Assert.Contains("公开项目内部品牌", stationPage, StringComparison.Ordinal);
            Assert.DoesNotContain("内部项目不可见", stationPage, StringComparison.Ordinal);
            Assert.DoesNotContain("内部品牌不可见", stationPage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_internal_contact_block_is_hidden_and_a_public_one_shown_on_the_station_and_project_pages()
    {
        var station = await StationIdAsync(1);
        var project = await CreateProjectAsync(new { name = "联系方式测试项目", stationId = station });
        await UpdateContactAsync(station, "INTERNAL");

        foreach (var path in new[] { "/stations/" + station, ProjectPath(project) })
        {
            var (_, html) = await GetAsync(path);
            Assert.Contains("该社工站未公开联系方式。", html, StringComparison.Ordinal);
            Assert.DoesNotContain("0531-12345678", html, StringComparison.Ordinal);
            Assert.DoesNotContain("页面联系人", html, StringComparison.Ordinal);
        }

        await UpdateContactAsync(station, "PUBLIC");
        foreach (var path in new[] { "/stations/" + station, ProjectPath(project) })
        {
            var (_, html) = await GetAsync(path);
            Assert.Contains("<a href=\"tel:053112345678\">0531-12345678</a>", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"mailto:page@example.org\">page@example.org</a>", html, StringComparison.Ordinal);
            Assert.Contains("页面联系人", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_name_with_markup_is_shown_as_text_on_every_page()
    {
        var station = await StationIdAsync(2);
        const string name = "<script>alert('x')</script>\"项目\"";
        var project = await CreateProjectAsync(new { name, stationId = station, summary = "<img src=x onerror=alert(1)>", targetGroups = MigrantChildren });

        foreach (var path in new[] { "/projects?targetGroup=MIGRANT_CHILDREN", ProjectPath(project), "/stations/" + station })
        {
            var (status, html) = await GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&quot;项目&quot;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_page_and_a_bad_filter_a_400_page_both_in_chinese_and_not_kept()
    {
        foreach (var path in new[] { "/projects/UHJvamVjdDo5OTk5OTk", "/projects/not-an-id", "/stations/U3RhdGlvbjo5OTk5OTk", "/stations/" + await StationProjectIdAsync(), "/projects?page=999" })
        {
            using var response = await hub.Client.Http.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
            Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
            Assert.Matches("未找到|没有第", html);
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        }

        using var bad = await hub.Client.Http.GetAsync("/projects?region=12ab&targetGroup=DRAGONS&page=-1");
        var page = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("地区代码是 12 位数字", page, StringComparison.Ordinal);
        Assert.Contains("“DRAGONS”不是可选的服务对象", page, StringComparison.Ordinal);
        Assert.Contains("页码是从 1 开始的整数", page, StringComparison.Ordinal);
        Assert.Empty(Projects(page));
    }

    [Fact]
    public async Task A_page_is_cached_like_the_public_listing_and_revalidates_with_304()
    {
        using var first = await hub.Client.Http.GetAsync("/projects?targetGroup=ELDERLY");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.NotNull(first.Headers.CacheControl.MaxAge);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Contains("default-src 'none'", first.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/projects?targetGroup=ELDERLY");
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await hub.Client.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path, HttpClient? client = null)
    {
        using var response = await (client ?? hub.Client.Http).GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<List<string>> ApiNamesAsync(object? where) =>
        ((JsonArray)(await hub.Client.QueryAsync(ApiListing, new { where }))["publicProjects"]!["nodes"]!).Select(n => n!["name"]!.GetValue<string>()).ToList();

    private static List<(string Href, string Name)> Projects(string html) =>
        ProjectLink().Matches(html).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();

    private static string ProjectPath(string id) => "/projects/" + id;

    private async Task<string> StationIdAsync(int index = 0) => (await hub.Client.StationAsync(index)).Id;

    /// <summary>A project's id, to ask the station page for something that is not a station.</summary>
    private async Task<string> StationProjectIdAsync() =>
        (await hub.Client.QueryAsync("{ publicProjects(first: 1) { nodes { id } } }"))["publicProjects"]!["nodes"]![0]!["id"]!.GetValue<string>();

    private async Task<string> CreateProjectAsync(object input)
    {
        var created = (await hub.Admin.QueryAsync("mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } errors { field message } } }", new { input }))["createProject"]!;
        Assert.Empty((JsonArray)created["errors"]!);
        return created["project"]!["id"]!.GetValue<string>();
    }

    private async Task UpdateContactAsync(string station, string visibility)
    {
        var updated = (await hub.Admin.QueryAsync("mutation($input: UpdateStationInput!) { updateStation(input: $input) { errors { field message } } }", new
        {
            input = new { id = station, contactPerson = "页面联系人", contactPhone = "0531-12345678", contactEmail = "page@example.org", contactVisibility = visibility },
        }))["updateStation"]!;
        Assert.Empty((JsonArray)updated["errors"]!);
    }

    [GeneratedRegex("<h2><a href=\"(/projects/[^\"]+)\">([^<]*)</a></h2>")]
    private static partial Regex ProjectLink();

    [GeneratedRegex("<h1>([^<]*)</h1>")]
    private static partial Regex Heading();

    [GeneratedRegex("<dt>社工站</dt><dd><a href=\"(/stations/[^\"]+)\">")]
    private static partial Regex StationLink();
}

public sealed class PublicPagesOnSqlite(SqliteDemoHub hub) : PublicPageTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class PublicPagesOnMariaDb(MariaDbDemoHub hub) : PublicPageTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
