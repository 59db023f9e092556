using System.Globalization;
using Hub.Data.Model;

namespace Hub.Data.Synthetic;

/// <summary>
/// The region tree of a spec: provinces › cities › districts (区 first, then 县) › streets (街道,
/// township digits 001–099) and towns (镇, 100–199) › communities (社区 001–199, 村 201–399), coded
/// on the 12-digit NBS scheme. Ids go level by level in code order, as the demo data has them.
/// Population and households are given per community and summed upwards.
/// </summary>
internal sealed class SyntheticRegionTree
{
    private SyntheticRegionTree(List<SyntheticRegion> all) => All = all;

    /// <summary>Every region, in id order.</summary>
    public IReadOnlyList<SyntheticRegion> All { get; }

    public IEnumerable<SyntheticRegion> Districts => All.Where(r => r.Level == RegionLevel.District);

    public static SyntheticRegionTree Build(SyntheticDatasetSpec spec, SyntheticRandom root)
    {
        var random = root.Fork(SyntheticStream.Regions);
        var all = new List<SyntheticRegion>();
        for (var p = 0; p < spec.Provinces; p++)
        {
            var (provinceCode, provinceName) = SyntheticNames.Provinces[p];
            var province = Add(all, new SyntheticRegion(provinceCode + "0000000000", provinceName, RegionLevel.Province, null));
            var districtsPerCity = random.Partition(spec.DistrictsPerProvince, spec.CitiesPerProvince, 1, 98);
            var streetsPerDistrict = random.Partition(
                spec.StationsPerProvince - spec.DistrictsPerProvince, spec.DistrictsPerProvince, 1, SyntheticDatasetSpec.MaxStreetsPerDistrict);
            var cityNames = UniqueNames(random, spec.CitiesPerProvince, "市");
            var districtIndex = 0;
            for (var c = 0; c < spec.CitiesPerProvince; c++)
            {
                var city = Add(all, new SyntheticRegion($"{provinceCode}{c + 1:D2}00000000", cityNames[c], RegionLevel.City, province));
                var districtCount = districtsPerCity[c];
                var urbanDistricts = (districtCount + 1) / 2;
                var districtNames = UniqueNames(random, districtCount, null);
                for (var d = 0; d < districtCount; d++)
                {
                    var urban = d < urbanDistricts;
                    var district = Add(all, new SyntheticRegion(
                        $"{city.Code[..4]}{d + 2:D2}000000", districtNames[d] + (urban ? "区" : "县"), RegionLevel.District, city));
                    AddStreets(all, district, streetsPerDistrict[districtIndex++], urban, spec.CommunitiesPerStreet, random);
                }
            }
        }

        foreach (var region in all.Where(r => r.Level == RegionLevel.Community))
        {
            for (var ancestor = region.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                ancestor.Population += region.Population;
                ancestor.Households += region.Households;
                ancestor.AreaKm2 += region.AreaKm2;
            }
        }

        var ordered = all.OrderBy(r => r.Level).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Id = i + 1;
        }

        return new SyntheticRegionTree(ordered);
    }

    /// <summary>(ancestor, descendant, depth) for every region and each of its ancestors, itself included, in primary-key order.</summary>
    public IEnumerable<(int Ancestor, int Descendant, int Depth)> Closure()
    {
        var rows = new List<(int Ancestor, int Descendant, int Depth)>();
        foreach (var region in All)
        {
            var depth = 0;
            for (var ancestor = region; ancestor is not null; ancestor = ancestor.Parent)
            {
                rows.Add((ancestor.Id, region.Id, depth++));
            }
        }

        rows.Sort();
        return rows;
    }

    private static void AddStreets(List<SyntheticRegion> all, SyntheticRegion district, int count, bool urban, int communitiesPerStreet, SyntheticRandom random)
    {
        // Urban districts are all 街道 (as many as the codes allow); counties have a few 街道 around the seat and towns beyond.
        var streets = urban ? Math.Min(count, 99) : Math.Max(count - 100, Math.Min(count, random.Between(1, 3)));
        var names = UniqueNames(random, count, null);
        for (var s = 0; s < count; s++)
        {
            var isStreet = s < streets;
            var township = isStreet ? s + 1 : 100 + (s - streets);
            var street = Add(all, new SyntheticRegion(
                string.Create(CultureInfo.InvariantCulture, $"{district.Code[..6]}{township:D3}000"), names[s] + (isStreet ? "街道" : "镇"), RegionLevel.Street, district));
            var communities = random.Between(Math.Max(1, communitiesPerStreet - 2), communitiesPerStreet + 2);
            var neighbourhoods = isStreet ? communities : Math.Min(communities, random.Between(1, 2));
            var population = isStreet ? random.Between(30_000, 120_000) : random.Between(20_000, 70_000);
            var shares = random.Partition(population, communities, 1, population);
            var area = isStreet ? random.Uniform(2, 25) : random.Uniform(40, 180);
            var communityNames = UniqueNames(random, communities, null);
            for (var k = 0; k < communities; k++)
            {
                var isNeighbourhood = k < neighbourhoods;
                var village = isNeighbourhood ? k + 1 : 201 + (k - neighbourhoods);
                var community = Add(all, new SyntheticRegion(
                    string.Create(CultureInfo.InvariantCulture, $"{street.Code[..9]}{village:D3}"),
                    communityNames[k] + (isNeighbourhood ? "社区" : "村"),
                    RegionLevel.Community,
                    street));
                community.Population = shares[k];
                community.Households = (int)(shares[k] / random.Uniform(2.5, 3.0));
                community.AreaKm2 = random.RoundToSteps(area / communities, 0.01) / 100m;
            }
        }
    }

    private static SyntheticRegion Add(List<SyntheticRegion> all, SyntheticRegion region)
    {
        all.Add(region);
        region.Parent?.Children.Add(region);
        return region;
    }

    /// <summary>Distinct made-up place names, with a suffix when given.</summary>
    private static List<string> UniqueNames(SyntheticRandom random, int count, string? suffix)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>(count);
        while (names.Count < count)
        {
            var name = SyntheticNames.Place(random) + suffix;
            if (seen.Add(name))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
