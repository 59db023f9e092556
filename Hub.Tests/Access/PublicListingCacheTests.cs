using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Access;

/// <summary>
/// The anonymous public listing is cacheable (a strong ETag of the body, Cache-Control public with the configured
/// max-age, 304 for a matching If-None-Match); every other answer, and any answer to a caller with credentials, is
/// no-store.
/// </summary>
public sealed class PublicListingCacheTests(ShortCacheSqliteDemoHub hub) : IClassFixture<ShortCacheSqliteDemoHub>
{
    private const string Listing = "{ publicProjects(first: 50) { totalCount nodes { id name stationName brandName districtName districtCode targetGroups serviceAreas supportSought startsOn endsOn status } } }";

    private static HttpRequestMessage Get(string query, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return request;
    }

    [Fact]
    public async Task The_anonymous_listing_carries_a_strong_ETag_and_a_public_max_age_and_revalidates_with_304()
    {
        using var first = await hub.Client.Http.SendAsync(Get(Listing));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(ShortCacheSqliteDemoHub.MaxAgeSeconds), first.Headers.CacheControl.MaxAge);
        var body = await first.Content.ReadAsStringAsync();
        Assert.Contains("\"publicProjects\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\"", body, StringComparison.Ordinal);

        using var again = await hub.Client.Http.SendAsync(Get(Listing, etag.Tag));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag);

        // POST of the same operation: same body, same tag.
        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Listing }) };
        post.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var posted = await hub.Client.Http.SendAsync(post);
        Assert.Equal(etag, posted.Headers.ETag);
    }

    [Fact]
    public async Task A_change_to_the_listing_changes_the_tag_and_the_old_tag_gets_the_new_body()
    {
        const string query = "{ publicProjects(first: 100, order: [{ name: ASC }]) { nodes { id name } } }";
        using var before = await hub.Client.Http.SendAsync(Get(query));
        var oldTag = before.Headers.ETag!.Tag;

        await using (var scope = hub.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var project = await db.Projects.Where(p => p.Visibility == Visibility.Public).OrderBy(p => p.Id).FirstAsync();
            project.Name += "（更新）";
            await db.SaveChangesAsync();
        }

        using var after = await hub.Client.Http.SendAsync(Get(query, oldTag));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(oldTag, after.Headers.ETag!.Tag);
        Assert.Contains("（更新）", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ publicProjects(first: 5) { totalCount } stations(first: 1) { totalCount } }")]
    [InlineData("{ __typename publicProjects(first: 5) { totalCount } }")]
    [InlineData("{ stations(first: 1) { totalCount } }")]
    [InlineData("{ publicProjects(first: 1000) { totalCount } }")]
    public async Task Any_other_answer_is_no_store_without_a_tag(string query)
    {
        using var response = await hub.Client.Http.SendAsync(Get(query));
        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.False(response.Headers.CacheControl.Public);
    }

    [Fact]
    public async Task The_listing_asked_with_credentials_is_private_and_no_store()
    {
        using var request = Get(Listing);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Infrastructure.TestTokens.For(HubRole.Partner));
        using var response = await hub.Client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.True(response.Headers.CacheControl.NoStore);
    }
}
