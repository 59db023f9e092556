using System.Globalization;

namespace Hub.Data.Synthetic;

/// <summary>
/// The size and seed of a synthetic dataset. The same spec always produces the same rows, on
/// either database: every value comes from <see cref="Seed"/>, never from the clock or a GUID.
/// </summary>
public sealed record SyntheticDatasetSpec
{
    /// <summary>Most streets and towns one district can hold under the NBS scheme (街道 001–099, 镇 100–199).</summary>
    public const int MaxStreetsPerDistrict = 199;

    /// <summary>One province the size of Shandong: 16 cities, 136 districts, about 1,800 stations, five years of reports.</summary>
    public static SyntheticDatasetSpec Province { get; } = new()
    {
        Provinces = 1,
        CitiesPerProvince = 16,
        DistrictsPerProvince = 136,
        StationsPerProvince = 1_800,
        Months = 60,
        FirstMonth = 202101,
        Seed = 20_240_101,
    };

    /// <summary>All 31 provinces at the 2023 coverage: about 29,000 stations, 340 cities, 2,850 districts.</summary>
    public static SyntheticDatasetSpec National { get; } = Province with
    {
        Provinces = 31,
        CitiesPerProvince = 11,
        DistrictsPerProvince = 92,
        StationsPerProvince = 936,
    };

    /// <summary>Provinces, taken in the order of <c>SyntheticNames.Provinces</c> (山东省 first).</summary>
    public required int Provinces { get; init; }

    public required int CitiesPerProvince { get; init; }

    /// <summary>Districts (区/县) of one province, spread unevenly over its cities.</summary>
    public required int DistrictsPerProvince { get; init; }

    /// <summary>Stations of one province: one district hub station (社工总站) per district and one station per street or town.</summary>
    public required int StationsPerProvince { get; init; }

    /// <summary>Months of reports, starting at <see cref="FirstMonth"/>.</summary>
    public required int Months { get; init; }

    /// <summary>First reported month as yyyymm.</summary>
    public required int FirstMonth { get; init; }

    public required int Seed { get; init; }

    /// <summary>Communities (社区/村) per street or town, on average.</summary>
    public int CommunitiesPerStreet { get; init; } = 5;

    public int Stations => Provinces * StationsPerProvince;

    public int Districts => Provinces * DistrictsPerProvince;

    public int Cities => Provinces * CitiesPerProvince;

    /// <summary>First month of the range as a date.</summary>
    public DateOnly FirstDay => new(FirstMonth / 100, FirstMonth % 100, 1);

    /// <summary>Last reported month as yyyymm.</summary>
    public int LastMonth
    {
        get
        {
            var last = FirstDay.AddMonths(Months - 1);
            return (last.Year * 100) + last.Month;
        }
    }

    /// <summary>
    /// The same shape resized to about <paramref name="stations"/> stations in all: districts and
    /// cities shrink or grow with it, keeping the preset's stations per district and districts per city.
    /// </summary>
    public SyntheticDatasetSpec WithStations(int stations)
    {
        if (stations < 2 * Provinces)
        {
            throw new ArgumentException($"A dataset needs at least two stations per province ({2 * Provinces} in all), not {stations}.", nameof(stations));
        }

        var perProvince = (stations + Provinces - 1) / Provinces;
        var stationsPerDistrict = (double)StationsPerProvince / DistrictsPerProvince;
        var districtsPerCity = (double)DistrictsPerProvince / CitiesPerProvince;
        var districts = Math.Clamp((int)Math.Round(perProvince / stationsPerDistrict), 1, perProvince / 2);
        districts = Math.Max(districts, (perProvince + MaxStreetsPerDistrict) / (MaxStreetsPerDistrict + 1));
        var cities = Math.Clamp((int)Math.Round(districts / districtsPerCity), 1, Math.Min(districts, 99));
        return this with { StationsPerProvince = perProvince, DistrictsPerProvince = districts, CitiesPerProvince = cities };
    }

    /// <summary>Throws when the spec cannot be laid out on 12-digit region codes or has nothing to report.</summary>
    public void Validate()
    {
        Check(Provinces is >= 1 and <= 31, $"Provinces is 1 to 31 (got {Provinces}).");
        Check(CitiesPerProvince is >= 1 and <= 99, $"CitiesPerProvince is 1 to 99 (got {CitiesPerProvince}).");
        Check(DistrictsPerProvince >= CitiesPerProvince && DistrictsPerProvince <= CitiesPerProvince * 98,
            $"DistrictsPerProvince is {CitiesPerProvince} to {CitiesPerProvince * 98}: every city has 1 to 98 districts (got {DistrictsPerProvince}).");
        var streets = StationsPerProvince - DistrictsPerProvince;
        Check(streets >= DistrictsPerProvince && streets <= DistrictsPerProvince * MaxStreetsPerDistrict,
            $"StationsPerProvince is {2 * DistrictsPerProvince} to {DistrictsPerProvince * (MaxStreetsPerDistrict + 1)}: one hub per district and 1 to {MaxStreetsPerDistrict} streets each (got {StationsPerProvince}).");
        Check(Months is >= 1 and <= 600, $"Months is 1 to 600 (got {Months}).");
        Check(FirstMonth % 100 is >= 1 and <= 12 && FirstMonth / 100 is >= 1990 and <= 2100,
            string.Create(CultureInfo.InvariantCulture, $"FirstMonth is yyyymm between 199001 and 210012 (got {FirstMonth})."));
        Check(CommunitiesPerStreet is >= 1 and <= 50, $"CommunitiesPerStreet is 1 to 50 (got {CommunitiesPerStreet}).");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Provinces} province(s) × {CitiesPerProvince} cities, {DistrictsPerProvince} districts, {StationsPerProvince} stations; {Months} months from {FirstMonth / 100:D4}-{FirstMonth % 100:D2}; seed {Seed}");

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
