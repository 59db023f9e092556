using System.Text;
using Hub.Data.Periods;
using Hub.Schema.Errors;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Access;

/// <summary>The mutations of the access matrix, each aimed at one station, and who may run them.</summary>
public static class TestMutations
{
    public static TheoryData<string, TestCaller, string?> Matrix()
    {
        var data = new TheoryData<string, TestCaller, string?>();
        foreach (var mutation in new[] { "recordActivity", "submitObservations", "importObservations" })
        {
            data.Add(mutation, TestCaller.Public, HubErrorCodes.Unauthenticated);
            data.Add(mutation, TestCaller.Partner, HubErrorCodes.Forbidden);
            data.Add(mutation, TestCaller.OwnStationStaff, null);
            data.Add(mutation, TestCaller.OtherStationStaff, HubErrorCodes.Forbidden);
            data.Add(mutation, TestCaller.Analyst, HubErrorCodes.Forbidden);
            data.Add(mutation, TestCaller.Admin, null);
        }

        return data;
    }

    public static Task<GraphQLResponse> RunAsync(GraphQLClient client, string mutation, int station, ReportingPeriod period, string mark)
    {
        var stationId = GlobalId.Of("Station", station);
        return mutation switch
        {
            "recordActivity" => client.PostAsync(
                "mutation($input: RecordActivityInput!) { recordActivity(input: $input) { activity { id } errors { message } } }",
                new { input = new { stationId, kind = "GROUP_WORK", title = mark, occurredOn = "2024-03-05" } }),
            "submitObservations" => client.PostAsync(
                "mutation($rows: [ObservationInput!]!) { submitObservations(input: { observations: $rows }) { errors { message } } }",
                new { rows = new[] { new { stationId, indicator = "news_articles", period = period.ToString(), value = 7m } } }),
            "importObservations" => client.PostAsync(
                "mutation($content: String!) { importObservations(input: { fileName: \"report.csv\", content: $content }) { imported errors { message } } }",
                new { content = Convert.ToBase64String(Encoding.UTF8.GetBytes($"station,indicator,period,value\n{stationId},news_articles,{period},7\n")) }),
            _ => throw new ArgumentOutOfRangeException(nameof(mutation)),
        };
    }
}
