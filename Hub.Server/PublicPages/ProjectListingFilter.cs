using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Hub.Server.PublicPages;

/// <summary>
/// What a visitor asked the listing for, read from the query string (<c>region</c>, <c>targetGroup</c>,
/// <c>serviceArea</c>, <c>support</c>, each repeatable for several values, and <c>page</c>): the form's own names,
/// so every filtered view is a link to share. Its <see cref="Query"/> spells the same view canonically.
/// </summary>
internal sealed record ProjectListingFilter(string? Region, IReadOnlyList<string> TargetGroups, IReadOnlyList<string> ServiceAreas, IReadOnlyList<string> Support, int Page)
{
    public const int PageSize = 20;

    /// <summary>Each filter's query-string name, the schema enum of its values and what a person calls it.</summary>
    public static readonly IReadOnlyList<(string Parameter, string Enum, string Label)> Choices =
    [
        ("targetGroup", "TargetGroup", "服务对象"),
        ("serviceArea", "ServiceArea", "服务领域"),
        ("support", "ContributionKind", "所需支持"),
    ];

    /// <summary>The filter, or the faults (in Chinese, for the person who typed or followed the link).</summary>
    public static (ProjectListingFilter? Filter, IReadOnlyList<string> Faults) Parse(IQueryCollection query, Func<string, IReadOnlyCollection<string>> valuesOf)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(valuesOf);
        var faults = new List<string>();
        var region = Values(query["region"]).LastOrDefault();
        if (region is not null && (region.Length != 12 || !region.All(char.IsAsciiDigit)))
        {
            faults.Add($"地区代码是 12 位数字（如济南市历下区 370102000000），“{region}”不是。");
        }

        var lists = Choices.Select(choice =>
        {
            var values = Values(query[choice.Parameter]).Distinct(StringComparer.Ordinal).ToList();
            var known = valuesOf(choice.Enum);
            foreach (var unknown in values.Where(v => !known.Contains(v)))
            {
                faults.Add($"“{unknown}”不是可选的{choice.Label}，请从列表中选择。");
            }

            return (IReadOnlyList<string>)values;
        }).ToList();

        var page = 1;
        if (Values(query["page"]).LastOrDefault() is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            faults.Add($"页码是从 1 开始的整数，“{text}”不是。");
            page = 1;
        }

        return faults.Count > 0 ? (null, faults) : (new ProjectListingFilter(region, lists[0], lists[1], lists[2], page), faults);
    }

    /// <summary>
    /// The first digits a district code of the region starts with (NBS codes: 2 province, 2 city, 2 district); null
    /// for a street or community, since a project is placed by its station's district.
    /// </summary>
    public static string? DistrictPrefix(string regionCode) =>
        regionCode.EndsWith("0000000000", StringComparison.Ordinal) ? regionCode[..2]
        : regionCode.EndsWith("00000000", StringComparison.Ordinal) ? regionCode[..4]
        : regionCode.EndsWith("000000", StringComparison.Ordinal) ? regionCode[..6]
        : null;

    /// <summary>The view's query string in a fixed order ("?region=…&amp;targetGroup=…"), empty for the plain listing.</summary>
    public string Query(int? page = null)
    {
        var parts = new List<string>();
        if (Region is not null)
        {
            parts.Add("region=" + Region);
        }

        foreach (var (parameter, values) in Choices.Select(c => c.Parameter).Zip([TargetGroups, ServiceAreas, Support]))
        {
            parts.AddRange(values.Select(v => parameter + "=" + Uri.EscapeDataString(v)));
        }

        if ((page ?? Page) is var number and > 1)
        {
            parts.Add("page=" + number.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>The <c>where</c> of <c>publicProjects</c> for this view; an unusable region adds nothing (the page says why).</summary>
    public Dictionary<string, object?> Where()
    {
        var where = new Dictionary<string, object?>();
        if (Region is not null && DistrictPrefix(Region) is { } prefix)
        {
            where["districtCode"] = new Dictionary<string, object?> { ["startsWith"] = prefix };
        }

        foreach (var (field, values) in new[] { ("targetGroups", TargetGroups), ("serviceAreas", ServiceAreas), ("supportSought", Support) })
        {
            if (values.Count > 0)
            {
                where[field] = new Dictionary<string, object?> { ["hasAny"] = values.Cast<object?>().ToList() };
            }
        }

        return where;
    }

    public IReadOnlyList<string> ValuesOf(string parameter) =>
        parameter switch { "targetGroup" => TargetGroups, "serviceArea" => ServiceAreas, _ => Support };

    private static IEnumerable<string> Values(StringValues values) =>
        values.Select(v => v?.Trim()).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!);
}
