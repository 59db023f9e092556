using GraphQL.Types;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Schema;

/// <summary>schema.graphql is the contract dashboards build on: it must be exactly what the server runs.</summary>
public sealed class SchemaFileTests(SqliteEmptyHub hub) : IClassFixture<SqliteEmptyHub>
{
    [Fact]
    public async Task The_committed_schema_file_matches_the_running_schema()
    {
        await using var scope = hub.CreateScope();
        var running = SchemaExport.Print(scope.ServiceProvider.GetRequiredService<ISchema>());
        var committed = (await File.ReadAllTextAsync(Repository.PathOf("schema.graphql"))).ReplaceLineEndings("\n");
        Assert.True(
            committed == running,
            "schema.graphql differs from the running schema. Regenerate it with: dotnet run --project Hub.Server -- export-schema");
    }

    [Theory]
    [InlineData("interface Node")]
    [InlineData("scalar Period")]
    [InlineData("node(id: ID!): Node")]
    [InlineData("nodes(ids: [ID!]!): [Node]!")]
    [InlineData("region(code: String!): Region")]
    [InlineData("station(id: ID!): Station")]
    [InlineData("indicators: [Indicator!]!")]
    [InlineData("type IndicatorValue")]
    [InlineData("reportingStations: Int!")]
    [InlineData("expectedStations: Int!")]
    public async Task The_schema_keeps_the_names_dashboards_rely_on(string fragment)
    {
        await using var scope = hub.CreateScope();
        var sdl = SchemaExport.Print(scope.ServiceProvider.GetRequiredService<ISchema>());
        Assert.Contains(fragment, sdl, StringComparison.Ordinal);
    }
}
