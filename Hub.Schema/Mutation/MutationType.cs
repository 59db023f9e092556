using GraphQL.Types;
using Hub.Schema.Access;
using Hub.Schema.Activities;
using Hub.Schema.Awards;
using Hub.Schema.Brands;
using Hub.Schema.CommunityFunds;
using Hub.Schema.Contributions;
using Hub.Schema.MediaReports;
using Hub.Schema.Observations;
using Hub.Schema.Organizations;
using Hub.Schema.Regions;
using Hub.Schema.Projects;
using Hub.Schema.Partners;
using Hub.Schema.RegistryWorkbook;
using Hub.Schema.Stations;
using Hub.Schema.VolunteerTeams;

namespace Hub.Schema.Mutation;

/// <summary>The root Mutation type; each feature adds its own fields.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddObservationMutations();
        this.AddActivityMutations();
        this.AddStationMutations();
        this.AddOrganizationMutations();
        this.AddBrandMutations();
        this.AddVolunteerTeamMutations();
        this.AddRegionMutations();
        this.AddProjectMutations();
        this.AddPartnerMutations();
        this.AddContributionMutations();
        this.AddCommunityFundMutations();
        this.AddAwardMutations();
        this.AddMediaReportMutations();
        this.AddRegistryWorkbookMutations();
        this.GuardMutations();
    }
}
