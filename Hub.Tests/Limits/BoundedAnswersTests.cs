using System.Text;
using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Limits;

/// <summary>
/// What one request can make the hub write back or log is bounded: at most 100 errors in a response (then one
/// TOO_MANY_ERRORS that counts the rest), at most 100 faults of an imported file (then one that counts the rest),
/// a cell quoted in an error cut to 200 characters, and one audit entry for all the refused mutations of a request.
/// On both databases.
/// </summary>
public abstract class BoundedAnswersTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Import = """
        mutation($input: ImportObservationsInput!) { importObservations(input: $input) { imported errors { row column message } } }
        """;

    [Fact]
    public async Task A_response_carries_at_most_a_hundred_errors_and_counts_the_rest()
    {
        var variables = string.Join(", ", Enumerable.Range(0, 300).Select(i => $"$v{i}: Int"));

        var response = await hub.Client.PostAsync($"query Unused({variables}) {{ __typename }}");

        var errors = response.Errors!;
        Assert.Equal(101, errors.Count);
        Assert.Equal("TOO_MANY_ERRORS", errors[100]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("200 more errors", errors[100]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_junk_sheet_gets_a_hundred_faults_and_the_count_of_the_rest_and_stores_nothing()
    {
        var csv = new StringBuilder("station,indicator,period,value\n");
        for (var i = 0; i < 150; i++)
        {
            // Three faults a row: no such station, no period, no number.
            csv.Append("x,a,b,c\n");
        }

        var data = await hub.Admin.QueryAsync(Import, new { input = new { fileName = "junk.csv", content = Base64(csv.ToString()) } });

        var errors = data["importObservations"]!["errors"]!.AsArray();
        Assert.Equal(101, errors.Count);
        Assert.Equal(0, errors[100]!["row"]!.GetValue<int>());
        Assert.Contains("350 more faults", errors[100]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, data["importObservations"]!["imported"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_huge_cell_is_quoted_cut_to_two_hundred_characters()
    {
        // Under the reader's 2,000-character cell bound, which refuses longer cells before any row is looked at.
        var name = new string('z', 1500);
        var data = await hub.Admin.QueryAsync(Import, new { input = new { fileName = "long.csv", content = Base64($"station,indicator,period,value\n{name},news_articles,2018-01,1\n") } });

        var message = data["importObservations"]!["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains(new string('z', 200) + "…", message, StringComparison.Ordinal);
        Assert.True(message.Length < 300, message);
    }

    [Fact]
    public async Task The_refused_mutations_of_one_request_are_one_audit_entry()
    {
        var before = await RefusalsAsync();
        var aliases = string.Join("\n", Enumerable.Range(0, 20).Select(i =>
            $"m{i}: submitObservations(input: {{ observations: [] }}) {{ errors {{ message }} }}"));

        var response = await hub.Client.PostAsync($"mutation {{ {aliases} }}");

        Assert.Equal(20, response.Errors!.Count(e => e!["extensions"]!["code"]!.GetValue<string>() == "UNAUTHENTICATED"));
        Assert.Equal(before + 1, await RefusalsAsync());
    }

    private async Task<int> RefusalsAsync() =>
        (await hub.Admin.QueryAsync("""{ auditLog(mutation: "submitObservations", outcome: REFUSED, first: 1) { totalCount } }"""))
            ["auditLog"]!["totalCount"]!.GetValue<int>();

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}

public sealed class BoundedAnswersOnSqlite(SqliteDemoHub hub) : BoundedAnswersTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class BoundedAnswersOnMariaDb(MariaDbDemoHub hub) : BoundedAnswersTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
