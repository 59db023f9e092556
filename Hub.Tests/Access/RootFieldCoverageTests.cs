using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Access;

/// <summary>
/// The role tests cover every root field the running schema has: a root field added without a row in this table
/// (and a role test behind it) fails here, so no field reaches callers without its rule being tested.
/// </summary>
public sealed class RootFieldCoverageTests(SqliteEmptyHub hub) : IClassFixture<SqliteEmptyHub>
{
    private static readonly string[] RootTypes = ["queryType", "mutationType", "subscriptionType"];

    /// <summary>Each root field and the tests that run it as every role.</summary>
    private static readonly Dictionary<string, string> CoveredBy = new()
    {
        ["Query.activities"] = nameof(AccessMatrixTests<SqliteDemoHub>),
        ["Query.auditLog"] = nameof(AuditLogTests<SqliteDemoHub>),
        ["Query.brands"] = nameof(AccessMatrixTests<SqliteDemoHub>),
        ["Query.comparison"] = nameof(AccessMatrixTests<SqliteDemoHub>) + ", " + nameof(SuppressionTests<SqliteDemoHub>),
        ["Query.enumLabels"] = nameof(Schema.EnumLabelTests),
        ["Query.indicators"] = nameof(AccessMatrixTests<SqliteDemoHub>),
        ["Query.node"] = nameof(AccessMatrixTests<SqliteDemoHub>),
        ["Query.nodes"] = nameof(AccessMatrixTests<SqliteDemoHub>),
        ["Query.partners"] = nameof(AccessMatrixTests<SqliteDemoHub>),
        ["Query.projects"] = nameof(AccessMatrixTests<SqliteDemoHub>),
        ["Query.publicProjects"] = nameof(AccessMatrixTests<SqliteDemoHub>) + ", " + nameof(PublicListingCacheTests),
        ["Query.region"] = nameof(AccessMatrixTests<SqliteDemoHub>) + ", " + nameof(SuppressionTests<SqliteDemoHub>),
        ["Query.regions"] = nameof(AccessMatrixTests<SqliteDemoHub>),
        ["Query.station"] = nameof(AccessMatrixTests<SqliteDemoHub>) + ", " + nameof(SuppressionTests<SqliteDemoHub>),
        ["Query.stationByCode"] = nameof(AccessMatrixTests<SqliteDemoHub>),
        ["Query.stations"] = nameof(AccessMatrixTests<SqliteDemoHub>),
        ["Mutation.createVolunteerTeam"] = nameof(Registry.VolunteerTeamRegistryTests<SqliteDemoHub>),
        ["Mutation.deleteBrand"] = nameof(Registry.BrandRegistryTests<SqliteDemoHub>),
        ["Mutation.createRegion"] = nameof(Registry.RegionRegistryTests<SqliteDemoHub>),
        ["Mutation.deleteActivity"] = nameof(Registry.ActivityCorrectionTests<SqliteDemoHub>),
        ["Mutation.deleteProject"] = nameof(Registry.ProjectRegistryTests<SqliteDemoHub>),
        ["Mutation.importObservations"] = nameof(WriteRuleTests<SqliteDemoHub>),
        ["Mutation.createBrand"] = nameof(Registry.BrandRegistryTests<SqliteDemoHub>),
        ["Mutation.createOrganization"] = nameof(Registry.OrganizationRegistryTests<SqliteDemoHub>),
        ["Mutation.createProject"] = nameof(Registry.ProjectRegistryTests<SqliteDemoHub>),
        ["Mutation.createStation"] = nameof(Registry.StationRegistryTests<SqliteDemoHub>),
        ["Mutation.recordActivity"] = nameof(WriteRuleTests<SqliteDemoHub>),
        ["Mutation.submitObservations"] = nameof(WriteRuleTests<SqliteDemoHub>),
        ["Mutation.updateBrand"] = nameof(Registry.BrandRegistryTests<SqliteDemoHub>),
        ["Mutation.updateActivity"] = nameof(Registry.ActivityCorrectionTests<SqliteDemoHub>),
        ["Mutation.updateRegion"] = nameof(Registry.RegionRegistryTests<SqliteDemoHub>),
        ["Mutation.updateOrganization"] = nameof(Registry.OrganizationRegistryTests<SqliteDemoHub>),
        ["Mutation.updateVolunteerTeam"] = nameof(Registry.VolunteerTeamRegistryTests<SqliteDemoHub>),
        ["Mutation.updateProject"] = nameof(Registry.ProjectRegistryTests<SqliteDemoHub>),
        ["Mutation.updateStation"] = nameof(Registry.StationRegistryTests<SqliteDemoHub>),
        ["Mutation.createPartner"] = nameof(Registry.PartnerRegistryTests<SqliteDemoHub>),
        ["Mutation.updatePartner"] = nameof(Registry.PartnerRegistryTests<SqliteDemoHub>),
        ["Mutation.deletePartner"] = nameof(Registry.PartnerRegistryTests<SqliteDemoHub>),
        ["Mutation.createContribution"] = nameof(Registry.ContributionRegistryTests<SqliteDemoHub>),
        ["Mutation.updateContribution"] = nameof(Registry.ContributionRegistryTests<SqliteDemoHub>),
        ["Mutation.createCommunityFund"] = nameof(Registry.StationRecordRegistryTests<SqliteDemoHub>),
        ["Mutation.createAward"] = nameof(Registry.StationRecordRegistryTests<SqliteDemoHub>),
        ["Mutation.createMediaReport"] = nameof(Registry.StationRecordRegistryTests<SqliteDemoHub>),
        ["Mutation.updateCommunityFund"] = nameof(Registry.StationRecordRegistryTests<SqliteDemoHub>),
        ["Mutation.deleteCommunityFund"] = nameof(Registry.StationRecordRegistryTests<SqliteDemoHub>),
        ["Mutation.updateAward"] = nameof(Registry.StationRecordRegistryTests<SqliteDemoHub>),
        ["Mutation.deleteAward"] = nameof(Registry.StationRecordRegistryTests<SqliteDemoHub>),
        ["Mutation.updateMediaReport"] = nameof(Registry.StationRecordRegistryTests<SqliteDemoHub>),
        ["Mutation.deleteMediaReport"] = nameof(Registry.StationRecordRegistryTests<SqliteDemoHub>),
        ["Mutation.importRegistry"] = nameof(Registry.RegistryWorkbookTests<SqliteDemoHub>),
        ["Subscription.activityRecorded"] = nameof(WebSockets.WebSocketCredentialsTests),
    };

    [Fact]
    public async Task Every_root_field_of_the_running_schema_has_role_tests()
    {
        var schema = await hub.Client.QueryAsync("""
            { __schema { queryType { name fields { name } } mutationType { name fields { name } } subscriptionType { name fields { name } } } }
            """);
        var fields = RootTypes
            .Select(root => schema["__schema"]![root]!)
            .SelectMany(root => root["fields"]!.AsArray().Select(field => $"{root["name"]!.GetValue<string>()}.{field!["name"]!.GetValue<string>()}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(CoveredBy.Keys.Order(StringComparer.Ordinal), fields);
    }
}
