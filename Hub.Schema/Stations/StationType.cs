using GraphQL;
using GraphQL.Types;
using Hub.Data.Indicators;
using Hub.Data.Model;
using Hub.Schema.Activities;
using Hub.Schema.Awards;
using Hub.Schema.Access;
using Hub.Schema.Brands;
using Hub.Schema.CommunityFunds;
using Hub.Schema.DataLoaders;
using Hub.Schema.Execution;
using Hub.Schema.Indicators;
using Hub.Schema.MediaReports;
using Hub.Schema.Observations;
using Hub.Schema.Organizations;
using Hub.Schema.Partners;
using Hub.Schema.Projects;
using Hub.Schema.Regions;
using Hub.Schema.Relay;
using Hub.Schema.VolunteerTeams;

namespace Hub.Schema.Stations;

public sealed class StationType : ObjectGraphType<Station>
{
    public StationType()
    {
        Name = "Station";
        Description = "A social work station (社工站) at a street/township, a district hub, or a community centre.";
        this.IsNode(s => s.Id);
        Field(s => s.Name);
        Field(s => s.Code).Description("The station's business key: unique, stable, upper case, up to 32 characters of A-Z, 0-9, '-' and '_'. The hub gives a station its region's 12-digit code and a sequence number (\"370102002000-01\").");
        Field<NonNullGraphType<StationKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<StationStatusType>>("status").Resolve(context => context.Source.Status);
        Field(s => s.ClosedOn, nullable: true).Description("The day a CLOSED station closed.");
        Field<NonNullGraphType<RegionType>>("region")
            .Description("The most specific region the station is placed in.")
            .Resolve(context => context.Service<RegionsByIdDataLoader>().Load(context.Source.RegionId));
        Field<RegionType>("district")
            .Description("The district (区/县) the station belongs to; null where the sources do not place it in one.")
            .Resolve(context => context.Source.DistrictId is { } id ? context.Service<RegionsByIdDataLoader>().Load(id) : null);
        Field<OrganizationType>("operator")
            .Description("The organisation that runs the station under a government purchase contract (承接机构).")
            .Resolve(context => context.Source.OperatorId is { } id ? context.Service<OrganizationsByIdDataLoader>().Load(id) : null);
        Field<OrganizationType>("funder")
            .Description("The body that purchases the service (e.g. 历下区民政局).")
            .Resolve(context => context.Source.FunderId is { } id ? context.Service<OrganizationsByIdDataLoader>().Load(id) : null);
        Field(s => s.Opened, nullable: true).Description("Opening month or year as the source states it (\"2021-11\").");
        Field(s => s.FloorAreaM2, nullable: true).Description("Floor area in m².");
        Field(s => s.StaffCount, nullable: true);
        Field(s => s.CertifiedStaffCount, nullable: true).Description("Staff holding the social worker certificate (持证).");
        Field(s => s.Rooms, nullable: true);
        Field(s => s.Address, nullable: true).Description("Where the station is (public, like every field of a station but its contact block).");
        Field(s => s.Description, nullable: true);
        Field<StationContactType>("contact")
            .Description("How to get in touch: null when the station records no contact details, or keeps them INTERNAL and the caller may not read its internal fields (an ADMIN, an ANALYST whose subtree holds it, its own staff may).")
            // Hidden answers like none at all, without an error, as a project's internal brand does: an error would fail
            // every public listing that selects the field and would tell that the station has details it keeps inside.
            .Resolve(ContactFor);
        Field("sourceDocument", s => s.SeedFile, nullable: true).Description("The seed document the record was taken from.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrandType>>>>("brands")
            .Resolve(context => context.Service<BrandsByStationIdDataLoader>().Load(context.Source.Id));
        this.ConnectionField<Station, ProjectType, Project, ProjectFilterInputType, ProjectSortInputType>("projects", (context, request) =>
            context.Service<StationProjectsDataLoader>().Load(new ChildPageKey<Project>(context.Source.Id, request)))
            .Description("The station's projects, by name unless ordered otherwise.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResourcePartnerType>>>>("partners")
            .Resolve(context => context.Service<PartnersByStationIdDataLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionType>>>>("contributions")
            .Resolve(context => context.Service<ContributionsByStationIdDataLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VolunteerTeamType>>>>("volunteerTeams")
            .Resolve(context => context.Service<VolunteerTeamsByStationIdDataLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityFundType>>>>("communityFunds")
            .Resolve(context => context.Service<CommunityFundsByStationIdDataLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AwardType>>>>("awards")
            .Resolve(context => context.Service<AwardsByStationIdDataLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MediaReportType>>>>("mediaReports")
            .Resolve(context => context.Service<MediaReportsByStationIdDataLoader>().Load(context.Source.Id));
        this.ConnectionField<Station, ActivityType, Activity, ActivityFilterInputType, ActivitySortInputType>("activities", (context, request) =>
            context.Service<StationActivitiesDataLoader>().Load(new ChildPageKey<Activity>(context.Source.Id, request)))
            .Description("The station's activities, newest first unless ordered otherwise.");
        this.ConnectionField<Station, ObservationType, Observation, ObservationFilterInputType, ObservationSortInputType>("observations", (context, request) =>
            context.Service<StationObservationsDataLoader>().Load(new ChildPageKey<Observation>(context.Source.Id, request)))
            .Description("The station's stored figures, newest period first unless ordered otherwise: each with the version to state as expectedVersion when replacing it. Figures of INTERNAL and RESTRICTED indicators are listed only to an ADMIN, an ANALYST whose subtree holds the station and the station's own staff.");
        this.AddIndicatorFields(RollupScope.Station, s => s.Id);
    }

    private static object? ContactFor(IResolveFieldContext<Station> context)
    {
        if (StationContact.Of(context.Source) is not { } contact)
        {
            return null;
        }

        if (contact.Visibility == Visibility.Public)
        {
            return contact;
        }

        // The public and partners never read a station's internals: no statement to ask.
        return context.Caller().Role is HubRole.Public or HubRole.Partner
            ? null
            : context.Service<StationInternalsDataLoader>().Load(context.Source.Id).Then(may => may ? contact : null);
    }
}
