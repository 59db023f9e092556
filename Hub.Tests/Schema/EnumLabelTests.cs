using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Schema;

/// <summary>
/// <c>enumLabels</c> over the real endpoint: every value of every enum people see has a Chinese and an English
/// label, in the schema's own spelling, compared with what introspection lists, so a value added without its
/// label is caught here (and the schema refuses to build before that).
/// </summary>
public sealed class EnumLabelTests(SqliteEmptyHub hub) : IClassFixture<SqliteEmptyHub>
{
    private static readonly string[] SeenByPeople =
        ["TargetGroup", "ServiceArea", "ActivityKind", "ProjectStatus", "PartnerKind", "ContributionKind", "StationKind", "RegionLevel"];

    [Fact]
    public async Task Every_value_of_every_enum_people_see_has_a_chinese_and_an_english_label()
    {
        var labels = (JsonArray)(await hub.Client.QueryAsync("{ enumLabels { name values { value zh en } } }"))["enumLabels"]!;
        var byName = labels.ToDictionary(e => e!["name"]!.GetValue<string>(), e => (JsonArray)e!["values"]!);
        Assert.Superset(SeenByPeople.ToHashSet(), byName.Keys.ToHashSet());

        foreach (var (name, values) in byName)
        {
            var introspected = (await hub.Client.QueryAsync("query($name: String!) { __type(name: $name) { enumValues { name } } }", new { name }))["__type"]!["enumValues"]!
                .AsArray().Select(v => v!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal);
            Assert.Equal(introspected, values.Select(v => v!["value"]!.GetValue<string>()).Order(StringComparer.Ordinal));
            Assert.All(values, v =>
            {
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", v!["zh"]!.GetValue<string>());
                Assert.Matches("^[A-Z][A-Za-z -]+$", v["en"]!.GetValue<string>());
            });
            Assert.Equal(values.Count, values.Select(v => v!["zh"]!.GetValue<string>()).Distinct().Count());
        }

        var elderly = byName["TargetGroup"].Single(v => v!["value"]!.GetValue<string>() == "EMPTY_NEST_ELDERLY")!;
        Assert.Equal(("空巢老人", "Empty-nest older people"), (elderly["zh"]!.GetValue<string>(), elderly["en"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Names_choose_the_enums_and_an_unknown_name_is_a_clear_error()
    {
        var some = (JsonArray)(await hub.Client.QueryAsync("{ enumLabels(names: [\"ServiceArea\", \"StationKind\"]) { name } }"))["enumLabels"]!;
        Assert.Equal(["ServiceArea", "StationKind"], some.Select(e => e!["name"]!.GetValue<string>()));

        var unknown = await hub.Client.PostAsync("{ enumLabels(names: [\"TargetGroup\", \"Colour\"]) { name } }");
        Assert.Equal("BAD_USER_INPUT", unknown.FirstErrorCode);
        Assert.Contains("\"Colour\"", unknown.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_labels_are_the_values_descriptions_too()
    {
        var values = (await hub.Client.QueryAsync("{ __type(name: \"ServiceArea\") { enumValues { name description } } }"))["__type"]!["enumValues"]!.AsArray();
        Assert.Contains(values, v => v!["name"]!.GetValue<string>() == "COMMUNITY_CARE" && v["description"]!.GetValue<string>() == "统筹社区照顾 · Community care");
    }
}
