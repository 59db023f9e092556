using System.Text;
using Hub.Tests.Infrastructure;
using static Hub.Tests.Limits.LimitAssertions;

namespace Hub.Tests.Limits;

/// <summary>
/// Documents written to exhaust a GraphQL server, each refused before it runs, quickly, with the code of the limit
/// it hit; after each the server still answers a normal query and its health check.
/// </summary>
public sealed class HostileDocumentTests(SqliteDemoHub hub) : IClassFixture<SqliteDemoHub>
{
    [Fact]
    public async Task Ten_thousand_nested_braces_stop_the_parser_at_its_nesting_limit()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("a { ", 10_000)) + "b" + new string('}', 10_001);

        var response = await AssertRefusedAsync(hub.Client, query, "QUERY_TOO_DEEP");

        Assert.Contains("64", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_deeper_than_the_depth_limit_is_refused_by_the_complexity_analyzer()
    {
        // 1 (regions) + 1 (nodes) + 14 parents + 1 (name) = 17 fields deep; well inside the parser's nesting limit.
        var query = "{ regions(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("parent { ", 14)) + "name" + new string('}', 16) + " }";

        var response = await AssertRefusedAsync(hub.Client, query, "QUERY_TOO_DEEP");

        Assert.Contains("17 fields deep", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chain_of_thousands_of_fragments_is_refused_before_validation_can_overflow_the_stack()
    {
        // GraphQL.NET's NoUndefinedVariables follows spreads recursively: without the nesting limit this document
        // overflows the stack and takes the whole process down.
        const int chain = 2_500;
        var query = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < chain; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Query { ...F").Append(i + 1).Append(" }\n");
        }

        query.Append("fragment F").Append(chain).Append(" on Query { __typename }");

        await AssertRefusedAsync(hub.Client, query.ToString(), "QUERY_TOO_DEEP");
    }

    [Fact]
    public async Task An_alias_flood_is_refused()
    {
        var aliases = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"a{i}: code "));

        var response = await AssertRefusedAsync(hub.Client, "{ indicators { " + aliases + "} }", "TOO_MANY_ALIASES");

        Assert.Contains("5000 aliases", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_field_repeated_nineteen_thousand_times_is_refused_before_validation_compares_every_pair()
    {
        // Valid GraphQL (repeats merge into one field), but GraphQL.NET's OverlappingFieldsCanBeMerged compares the
        // repeats pairwise: seconds of CPU for this document (just under the body size limit) without the field limit.
        var query = "{ indicators { " + string.Concat(Enumerable.Repeat("code ", 19_000)) + "} }";

        await AssertRefusedAsync(hub.Client, query, "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task Fragment_cycles_are_refused_by_graphql_dotnets_own_rule()
    {
        const string query = """
            { stations(first: 1) { nodes { ...A } } }
            fragment A on Station { region { stations(first: 1) { nodes { ...B } } } }
            fragment B on Station { district { stations(first: 1) { nodes { ...A } } } }
            """;

        var response = await AssertRefusedAsync(hub.Client, query, "GRAPHQL_VALIDATION_FAILED");

        var codes = response.Errors![0]!["extensions"]!["codes"]!.AsArray().Select(c => c!.GetValue<string>());
        Assert.Contains("NO_FRAGMENT_CYCLES", codes);
    }

    [Fact]
    public async Task Fragments_that_spread_each_other_ten_times_over_are_refused_without_being_expanded()
    {
        // "Billion laughs": F0 selects 10 fields, each F(n) spreads F(n-1) ten times, so F9 stands for 10^10 fields.
        var query = new StringBuilder("{ indicators { ...F9 } }\n");
        query.Append("fragment F0 on Indicator { ").Append(string.Concat(Enumerable.Repeat("code label ", 5))).Append("}\n");
        for (var i = 1; i <= 9; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Indicator { ")
                .Append(string.Concat(Enumerable.Repeat($"...F{i - 1} ", 10))).Append("}\n");
        }

        await AssertRefusedAsync(hub.Client, query.ToString(), "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task A_list_literal_of_thousands_of_items_is_refused()
    {
        var ids = string.Join(", ", Enumerable.Range(0, 5_000).Select(i => $"\"x{i}\""));

        var response = await AssertRefusedAsync(hub.Client, $"{{ nodes(ids: [{ids}]) {{ id }} }}", "LIST_TOO_LONG");

        Assert.NotNull(response.Errors![0]!["locations"]);
    }

    [Fact]
    public async Task A_list_of_thousands_of_items_in_the_variables_is_refused()
    {
        var ids = Enumerable.Range(0, 5_000).Select(i => $"x{i}").ToArray();

        var response = await AssertRefusedAsync(hub.Client, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "LIST_TOO_LONG", new { ids });

        Assert.Contains("$ids", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_string_is_refused_in_the_document_and_in_the_variables()
    {
        var code = new string('3', 20_000);

        await AssertRefusedAsync(hub.Client, $"{{ region(code: \"{code}\") {{ name }} }}", "STRING_TOO_LONG");
        await AssertRefusedAsync(hub.Client, "query($code: String!) { region(code: $code) { name } }", "STRING_TOO_LONG", new { code });
    }

    [Fact]
    public async Task A_directive_flood_is_refused()
    {
        // Without the limit GraphQL.NET answers this with 3,000 copies of the same UNIQUE_DIRECTIVES_PER_LOCATION error.
        var directives = string.Concat(Enumerable.Repeat("@include(if: true) ", 3_000));

        await AssertRefusedAsync(hub.Client, "{ indicators { code " + directives + "} }", "TOO_MANY_DIRECTIVES");
    }

    [Fact]
    public async Task A_document_of_many_operations_is_refused_although_only_one_would_run()
    {
        var operations = string.Concat(Enumerable.Range(0, 1_000).Select(i => $"query Q{i} {{ indicators {{ code }} }}\n"));

        await AssertRefusedAsync(hub.Client, operations, "TOO_MANY_OPERATIONS", operationName: "Q0");
    }

    [Fact]
    public async Task Introspection_that_nests_type_lists_to_multiply_the_schema_is_refused()
    {
        // Within the depth limit, but every level multiplies the answer by the number of fields in the schema.
        const string query = "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }";

        await AssertRefusedAsync(hub.Client, query, "QUERY_TOO_DEEP");
    }

    [Fact]
    public async Task Pages_nested_in_pages_are_over_the_cost_budget()
    {
        // 100 stations × 100 projects × their communities: a million rows' worth of fields.
        const string query = """
            { stations(first: 100) { nodes { name projects(first: 100) { nodes { name communities { name code } } } } } }
            """;

        var response = await AssertRefusedAsync(hub.Client, query, "QUERY_TOO_COMPLEX");

        Assert.Contains("first/last", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
