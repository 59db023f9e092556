using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Uploads;

/// <summary>
/// <c>importObservations</c> with its file sent by the GraphQL multipart request spec over the real endpoint: a
/// report of about 1 MB (a hundred times what base64 in a string can carry) lands whole, and the refusals of the
/// transport (file over Hub:Uploads:MaxFileBytes, too many files, no preflight header, a map that does not fit the
/// operations) and of the input (file and content both) store nothing. On both databases.
/// </summary>
public abstract class MultipartUploadTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Import = """
        mutation($file: Upload!) {
          importObservations(input: { file: $file }) {
            imported replaced errors { row column code message }
          }
        }
        """;

    private const string ImportFileAndContent = """
        mutation($file: Upload, $content: String) {
          importObservations(input: { fileName: "report.csv", file: $file, content: $content }) {
            imported
          }
        }
        """;

    private static readonly JsonObject FileVariables = new() { ["file"] = null };

    [Fact]
    public async Task A_one_megabyte_report_uploaded_as_a_file_part_is_imported_and_its_figures_read_back()
    {
        var (station, name) = await hub.Client.StationAsync(0);
        var csv = MonthlyReport.Csv(name);
        Assert.InRange(csv.Length, 1_000_000, UploadLimits.MaxFileBytes);

        var response = await PostAsync(Import, FileVariables, """{"0": ["variables.file"]}""", ("0", "2100-2199 月报.csv", csv));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.Errors is null, response.Body);
        var result = response.Data!["importObservations"]!;
        Assert.Empty((JsonArray)result["errors"]!);
        Assert.Equal(MonthlyReport.Rows, result["imported"]!.GetValue<int>());
        Assert.Equal(MonthlyReport.ValueOf(0, 2100, 1), await hub.Client.StationValueAsync(station, "2100-01", "news_articles"));
        Assert.Equal(MonthlyReport.ValueOf(3, 2199, 12), await hub.Client.StationValueAsync(station, "2199-12", "needs_surveys"));
        Assert.Equal(
            Enumerable.Range(1, 12).Sum(month => MonthlyReport.ValueOf(1, 2150, month)),
            await hub.Client.StationValueAsync(station, "2150", "videos_published"));

        // The log keeps which file it was, not the file: name, size and digest, no base64, no rows.
        var input = await LastImportInputAsync();
        var file = JsonNode.Parse(input)!["input"]!["file"]!;
        Assert.Equal("2100-2199 月报.csv", file["fileName"]!.GetValue<string>());
        Assert.Equal(csv.Length, file["size"]!.GetValue<long>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(csv)), file["sha256"]!.GetValue<string>());
        Assert.True(input.Length < 500, input);
        Assert.DoesNotContain(name, input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_in_a_batch_and_in_a_nested_input_goes_where_the_map_says()
    {
        var (station, name) = await hub.Client.StationAsync(1);
        var csv = Encoding.UTF8.GetBytes($"station,indicator,period,value\n{name},news_articles,2200-01,7\n");
        var operations = new JsonArray(
            new JsonObject { ["query"] = "{ __typename }" },
            new JsonObject
            {
                ["query"] = "mutation($input: ImportObservationsInput!) { importObservations(input: $input) { imported } }",
                ["variables"] = new JsonObject { ["input"] = new JsonObject { ["file"] = null } },
            });

        var (status, body) = await SendAsync(Multipart(operations.ToJsonString(), """{"report": ["1.variables.input.file"]}""", ("report", "batch.csv", csv)));

        Assert.Equal(HttpStatusCode.OK, status);
        var results = JsonNode.Parse(body)!.AsArray();
        Assert.Equal(1, results[1]!["data"]!["importObservations"]!["imported"]!.GetValue<int>());
        Assert.Equal(7m, await hub.Client.StationValueAsync(station, "2200-01", "news_articles"));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_413_and_nothing_is_stored()
    {
        var (station, name) = await hub.Client.StationAsync(2);
        var csv = MonthlyReport.Csv(name);
        var rows = csv.AsSpan(csv.AsSpan().IndexOf((byte)'\n') + 1).ToArray();
        byte[] twice = [.. csv, .. rows];
        var before = await AuditCountAsync();

        var response = await PostAsync(Import, FileVariables, """{"0": ["variables.file"]}""", ("0", "twice.csv", twice));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("FILE_TOO_LARGE", response.FirstErrorCode);
        Assert.Contains(UploadLimits.MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await hub.Client.StationValueAsync(station, "2100-01", "news_articles"));
        Assert.Equal(before, await AuditCountAsync());
    }

    [Fact]
    public async Task More_files_than_allowed_are_refused()
    {
        var map = """{"0": ["variables.a"], "1": ["variables.b"], "2": ["variables.c"]}""";
        var operations = """{"query": "mutation($a: Upload, $b: Upload, $c: Upload) { __typename }", "variables": {"a": null, "b": null, "c": null}}""";

        var (status, body) = await SendAsync(Multipart(operations, map, ("0", "a.csv", [1]), ("1", "b.csv", [2]), ("2", "c.csv", [3])));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("TOO_MANY_FILES", Code(body));
    }

    [Fact]
    public async Task A_multipart_request_without_a_preflight_header_is_refused_as_a_possible_csrf()
    {
        var (station, name) = await hub.Client.StationAsync(3);
        var csv = Encoding.UTF8.GetBytes($"station,indicator,period,value\n{name},news_articles,2200-02,5\n");
        using var content = Multipart(Operations(Import, FileVariables), """{"0": ["variables.file"]}""", ("0", "form.csv", csv));

        var (status, body) = await SendAsync(content, preflight: null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("PREFLIGHT_REQUIRED", Code(body));
        Assert.Null(await hub.Client.StationValueAsync(station, "2200-02", "news_articles"));

        // Any of the headers no HTML form can send lets it through: HotChocolate's, and Apollo's two.
        foreach (var header in new[] { ("Apollo-Require-Preflight", "true"), ("X-Apollo-Operation-Name", "Import"), ("GraphQL-Preflight", "1") })
        {
            using var again = Multipart(Operations(Import, FileVariables), """{"0": ["variables.file"]}""", ("0", "form.csv", csv));
            (status, body) = await SendAsync(again, header);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Null(JsonNode.Parse(body)!["errors"]);
        }

        Assert.Equal(5m, await hub.Client.StationValueAsync(station, "2200-02", "news_articles"));
    }

    [Theory]
    [InlineData("""{"0": ["variables.file"]""", "not valid JSON")]
    [InlineData("""["variables.file"]""", "must be a JSON object")]
    [InlineData("""{"0": "variables.file"}""", "non-empty array of paths")]
    [InlineData("""{"0": ["variables.nofile"]}""", "leads to no null")]
    [InlineData("""{"0": ["variables.file.name"]}""", "leads to no null")]
    [InlineData("""{"0": ["query"]}""", "must point into the variables")]
    [InlineData("""{"1": ["variables.file"]}""", "is not in the map")]
    [InlineData("""{"0": ["variables.file"], "9": ["variables.file"]}""", "is given twice")]
    [InlineData("""{}""", "is not in the map")]
    public async Task A_map_that_does_not_fit_the_operations_and_parts_is_a_400(string map, string message)
    {
        var (station, name) = await hub.Client.StationAsync(4);
        var csv = Encoding.UTF8.GetBytes($"station,indicator,period,value\n{name},news_articles,2200-03,5\n");

        var (status, body) = await SendAsync(Multipart(Operations(Import, FileVariables), map, ("0", "map.csv", csv)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_REQUEST", Code(body));
        Assert.Contains(message, JsonNode.Parse(body)!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await hub.Client.StationValueAsync(station, "2200-03", "news_articles"));
    }

    [Fact]
    public async Task A_map_naming_a_file_no_part_carries_a_value_that_is_not_null_or_parts_out_of_order_are_400()
    {
        var csv = "station,indicator,period,value\n"u8.ToArray();
        var cases = new[]
        {
            Multipart(Operations(Import, FileVariables), """{"0": ["variables.file"]}"""),
            Multipart(Operations(Import, new JsonObject { ["file"] = "a string" }), """{"0": ["variables.file"]}""", ("0", "x.csv", csv)),
            Multipart(Operations(Import, FileVariables), """{"0": ["variables.file"]}""", ("0", "x.csv", csv), ("0", "x.csv", csv)),
            Multipart("{not json", """{"0": ["variables.file"]}""", ("0", "x.csv", csv)),
        };
        var reordered = new MultipartFormDataContent();
        reordered.Add(new StringContent("""{"0": ["variables.file"]}"""), "map");
        reordered.Add(new StringContent(Operations(Import, FileVariables)), "operations");

        foreach (var content in cases.Append(reordered))
        {
            var (status, body) = await SendAsync(content);
            Assert.True(status == HttpStatusCode.BadRequest, body);
            Assert.Equal("BAD_REQUEST", Code(body));
        }
    }

    [Fact]
    public async Task File_and_content_together_or_neither_is_a_field_error_and_nothing_is_stored()
    {
        var (station, name) = await hub.Client.StationAsync(5);
        var csv = Encoding.UTF8.GetBytes($"station,indicator,period,value\n{name},news_articles,2200-04,5\n");

        var both = await PostAsync(ImportFileAndContent, new JsonObject { ["file"] = null, ["content"] = Convert.ToBase64String(csv) }, """{"0": ["variables.file"]}""", ("0", "both.csv", csv));
        var neither = await hub.Admin.PostAsync(ImportFileAndContent);

        foreach (var response in new[] { both, neither })
        {
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
            Assert.Contains("exactly one of", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Null(response.Data?["importObservations"]);
        }

        Assert.Null(await hub.Client.StationValueAsync(station, "2200-04", "news_articles"));
    }

    [Fact]
    public async Task An_upload_written_as_a_string_in_json_variables_is_refused()
    {
        var response = await hub.Admin.PostAsync(Import, new { file = Convert.ToBase64String("station\n"u8.ToArray()) });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains("'Upload'", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_upload_is_refused_unauthenticated()
    {
        var (station, name) = await hub.Client.StationAsync(6);
        var csv = Encoding.UTF8.GetBytes($"station,indicator,period,value\n{name},news_articles,2200-05,5\n");

        var (status, body) = await SendAsync(Multipart(Operations(Import, FileVariables), """{"0": ["variables.file"]}""", ("0", "anon.csv", csv)), http: hub.Client.Http);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("UNAUTHENTICATED", Code(body));
        Assert.Null(await hub.Client.StationValueAsync(station, "2200-05", "news_articles"));
    }

    private async Task<GraphQLResponse> PostAsync(string query, JsonObject variables, string map, params (string Name, string FileName, byte[] Bytes)[] files)
    {
        var (status, body) = await SendAsync(Multipart(Operations(query, variables), map, files));
        return new GraphQLResponse(status, JsonNode.Parse(body)!.AsObject(), body);
    }

    private Task<(HttpStatusCode Status, string Body)> SendAsync(HttpContent content, HttpClient? http = null) =>
        SendAsync(content, ("GraphQL-Preflight", "1"), http);

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpContent content, (string Name, string Value)? preflight, HttpClient? http = null)
    {
        using (content)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            if (preflight is { } header)
            {
                request.Headers.Add(header.Name, header.Value);
            }

            using var response = await (http ?? hub.Admin.Http).SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    private static string Operations(string query, JsonObject variables) =>
        new JsonObject { ["query"] = query, ["variables"] = variables.DeepClone() }.ToJsonString();

    private static MultipartFormDataContent Multipart(string operations, string map, params (string Name, string FileName, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(operations, Encoding.UTF8, "application/json"), "operations" },
            { new StringContent(map, Encoding.UTF8, "application/json"), "map" },
        };
        foreach (var (name, fileName, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(part, name, fileName);
        }

        return content;
    }

    private static string? Code(string body) => JsonNode.Parse(body)!["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private async Task<string> LastImportInputAsync()
    {
        await using var scope = hub.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Mutation == "importObservations").OrderByDescending(e => e.Id).Select(e => e.Input).FirstAsync();
    }

    private async Task<int> AuditCountAsync()
    {
        await using var scope = hub.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().AuditEntries.CountAsync();
    }
}

public sealed class MultipartUploadOnSqlite(SqliteUploadHub hub) : MultipartUploadTests<SqliteUploadHub>(hub), IClassFixture<SqliteUploadHub>;

public sealed class MultipartUploadOnMariaDb(MariaDbUploadHub hub) : MultipartUploadTests<MariaDbUploadHub>(hub), IClassFixture<MariaDbUploadHub>;
