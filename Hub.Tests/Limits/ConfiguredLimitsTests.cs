using System.Globalization;
using System.Text.RegularExpressions;
using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using static Hub.Tests.Limits.LimitAssertions;

namespace Hub.Tests.Limits;

/// <summary>Every limit is read from the "Hub:Limits" configuration section, and the cost budget counts rows the way it says.</summary>
public sealed partial class ConfiguredLimitsTests(TightLimitsHub hub) : IClassFixture<TightLimitsHub>
{
    [Theory]
    [InlineData("{ a: indicators { code } b: indicators { code } c: indicators { code } }", "TOO_MANY_ALIASES")]
    [InlineData("{ regions(first: 1) { nodes { parent { parent { parent { parent { name } } } } } } }", "QUERY_TOO_DEEP")]
    [InlineData("{ nodes(ids: [\"a\", \"b\", \"c\", \"d\"]) { id } }", "LIST_TOO_LONG")]
    [InlineData("{ region(code: \"37010200100\") { name } }", "STRING_TOO_LONG")]
    [InlineData("{ indicators { code @include(if: true) label @skip(if: false) } }", "TOO_MANY_DIRECTIVES")]
    [InlineData("query A { indicators { code } } query B { indicators { code } } query C { indicators { code } }", "TOO_MANY_OPERATIONS")]
    [InlineData("{ stations(first: 100) { nodes { name region { name } } } }", "QUERY_TOO_COMPLEX")]
    public async Task A_document_over_a_configured_limit_is_refused_with_its_code(string query, string code)
    {
        await AssertRefusedAsync(hub.Client, query, code, operationName: query.StartsWith("query A", StringComparison.Ordinal) ? "A" : null);
    }

    [Fact]
    public async Task The_configured_field_limit_counts_fields_inside_fragments_where_they_are_spread()
    {
        // 30 fields written once in the fragment, spread twice: 62 fields selected, over the limit of 50.
        var fragment = "fragment I on Indicator { " + string.Concat(Enumerable.Repeat("code ", 30)) + "}";

        await AssertRefusedAsync(hub.Client, "{ indicators { ...I } catalogue: indicators { ...I } } " + fragment, "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task A_connection_costs_in_proportion_to_the_rows_it_may_return()
    {
        // Each station costs about 31 (5 brands of 5 projects), so even 10 of them are over the budget of 300,
        // and the refusal says what the query costs.
        const string station = "name brands { projects { name } }";
        var first10 = await CostAsync($"{{ stations(first: 10) {{ nodes {{ {station} }} }} }}");
        var first100 = await CostAsync($"{{ stations(first: 100) {{ nodes {{ {station} }} }} }}");
        var last100 = await CostAsync($"{{ stations(last: 100) {{ edges {{ node {{ {station} }} }} }} }}");
        var defaultPage = await CostAsync($"{{ stations {{ nodes {{ {station} }} }} }}");

        Assert.True(first100 > 8 * first10, $"first: 100 costs {first100}, first: 10 costs {first10}.");
        Assert.True(last100 >= first100, $"last: 100 costs {last100}, first: 100 costs {first100}.");
        Assert.InRange(defaultPage, first10 + 1, first100 - 1);
    }

    [Fact]
    public async Task A_query_within_every_configured_limit_runs()
    {
        var data = await hub.Client.QueryAsync("{ a: stations(first: 3) { nodes { name region { name } } } b: indicators { code } }");

        Assert.Equal(3, data["a"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_limit_of_zero_stops_the_hub_from_starting()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var application = new HubApplication(
            DatabaseProvider.Sqlite,
            database.ConnectionString,
            seedDemoData: false,
            new Dictionary<string, string> { ["Hub:Limits:MaxDepth"] = "0" });

        var failure = Assert.Throws<OptionsValidationException>(() => application.CreateClient());

        Assert.Contains("Hub:Limits", failure.Message, StringComparison.Ordinal);
    }

    private async Task<double> CostAsync(string query)
    {
        var response = await AssertRefusedAsync(hub.Client, query, "QUERY_TOO_COMPLEX");
        var message = response.Errors![0]!["message"]!.GetValue<string>();
        var match = CostPattern().Match(message);
        Assert.True(match.Success, message);
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"costs (\d+)")]
    private static partial Regex CostPattern();
}
