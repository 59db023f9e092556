using Hub.Data.Model;
using Hub.Data.Regions;

namespace Hub.Tests.Regions;

/// <summary>How the package's lists become 12-digit rows, without a database.</summary>
public sealed class ChinaDivisionPackageTests
{
    [Theory]
    [InlineData("千佛山东路社区居民委员会", "千佛山东路社区")]
    [InlineData("多福巷社区居委会", "多福巷社区")]
    [InlineData("清宁村民委员会", "清宁村")]
    [InlineData("王家村委会", "王家村")]
    [InlineData("居委会", "居委会")]
    [InlineData("某某生活区", "某某生活区")]
    public void A_village_drops_its_committee_suffix(string listed, string name) => Assert.Equal(name, ChinaDivisionPackage.VillageName(listed));

    [Fact]
    public async Task Codes_widen_to_12_digits_and_the_demo_communities_keep_their_names()
    {
        var lists = ChinaDivisionPackage.ListsIn(await ChinaDivisionCache.EnsureAsync())!;
        var rows = await ChinaDivisionPackage.ReadAsync(lists, "37", villages: true);
        var byCode = rows.ToDictionary(r => r.Code);
        Assert.Equal(new DivisionRow("370000000000", "山东省", RegionLevel.Province, null), byCode["370000000000"]);
        Assert.Equal(new DivisionRow("370102000000", "历下区", RegionLevel.District, "370100000000"), byCode["370102000000"]);
        Assert.Equal(new DivisionRow("370102002000", "千佛山街道", RegionLevel.Street, "370102000000"), byCode["370102002000"]);
        Assert.Equal(new DivisionRow("370102002003", "千佛山东路社区", RegionLevel.Community, "370102002000"), byCode["370102002003"]);
        Assert.All(rows, r => Assert.True(r.Code.Length == 12 && r.Code.StartsWith("37", StringComparison.Ordinal)));

        // Parents come before their children: the importer inserts in this order.
        var seen = new HashSet<string>();
        Assert.All(rows, r => Assert.True((r.ParentCode is null || seen.Contains(r.ParentCode)) && seen.Add(r.Code), r.Code));
    }
}
