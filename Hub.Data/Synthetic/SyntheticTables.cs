using Hub.Data.Model;

namespace Hub.Data.Synthetic;

/// <summary>The tables of a synthetic dataset, in foreign-key order.</summary>
internal static class SyntheticTables
{
    public static readonly SyntheticTable Regions = Of<Region>(0, "Id", "Code", "Name", "Level", "ParentId", "Population", "Households", "AreaKm2");
    public static readonly SyntheticTable RegionClosures = Of<RegionClosure>(1, "AncestorId", "DescendantId", "Depth");
    public static readonly SyntheticTable Organizations = Of<Organization>(2, "Id", "Name", "Kind", "CreditCode", "Founded", "LegalForm", "Description", "RegionId");
    public static readonly SyntheticTable ResourcePartners = Of<ResourcePartner>(3, "Id", "Name", "Kind", "CreditCode", "Description", "RegionId");
    public static readonly SyntheticTable Stations = Of<Station>(
        4, "Id", "Name", "Code", "Kind", "Status", "ClosedOn", "RegionId", "DistrictId", "OperatorId", "FunderId", "Opened", "FloorAreaM2", "StaffCount", "CertifiedStaffCount", "Rooms", "Address", "Description");
    public static readonly SyntheticTable Brands = Of<Brand>(5, "Id", "Name", "StationId", "LaunchedOn", "Description", "Visibility");
    public static readonly SyntheticTable Projects = Of<Project>(
        6, "Id", "Name", "Kind", "StationId", "BrandId", "Summary", "TargetGroups", "ServiceAreas", "StartsOn", "EndsOn", "Funding", "SupportSought", "Status", "Visibility");
    public static readonly SyntheticTable ProjectCommunities = new(7, "ProjectCommunities", "ProjectId", "RegionId");
    public static readonly SyntheticTable ProjectComponents = Of<ProjectComponent>(8, "Id", "ProjectId", "ParentId", "Name", "Kind", "Description", "SortOrder");
    public static readonly SyntheticTable ProjectResults = Of<ProjectResult>(9, "Id", "ProjectId", "Kind", "Title", "Unit", "Baseline", "Target", "Actual");
    public static readonly SyntheticTable Partnerships = Of<Partnership>(10, "Id", "StationId", "PartnerId", "Description");
    public static readonly SyntheticTable Contributions = Of<Contribution>(11, "Id", "PartnerId", "StationId", "ProjectId", "Kind", "Value", "ContributedOn", "Description");
    public static readonly SyntheticTable VolunteerTeams = Of<VolunteerTeam>(12, "Id", "Name", "StationId", "RegionId", "Focus", "Members", "Founded");
    public static readonly SyntheticTable CommunityFunds = Of<CommunityFund>(13, "Id", "Name", "StationId", "RegionId", "FoundationId", "Founded");
    public static readonly SyntheticTable Awards = Of<Award>(14, "Id", "Title", "StationId", "ProjectId", "Grade", "Grantor", "AwardedOn");
    public static readonly SyntheticTable MediaReports = Of<MediaReport>(15, "Id", "StationId", "Kind", "Outlet", "Title", "Author", "PublishedOn", "Year", "Count");
    public static readonly SyntheticTable Activities = Of<Activity>(
        16, "Id", "StationId", "ProjectId", "Kind", "Title", "OccurredOn", "Place", "RegionId", "Participants", "Volunteers", "VolunteerHours", "RecordedAt");
    public static readonly SyntheticTable ActivityPartners = new(17, "ActivityPartners", "ActivityId", "PartnerId");
    public static readonly SyntheticTable Observations = Of<Observation>(18, "Id", "StationId", "IndicatorId", "Period", "ScaledValue", "Source", "Status", "Version", "UpdatedAt");

    public static IReadOnlyList<SyntheticTable> All { get; } =
    [
        Regions, RegionClosures, Organizations, ResourcePartners, Stations, Brands, Projects, ProjectCommunities, ProjectComponents,
        ProjectResults, Partnerships, Contributions, VolunteerTeams, CommunityFunds, Awards, MediaReports, Activities, ActivityPartners, Observations,
    ];

    private static SyntheticTable Of<T>(int order, params string[] properties) => new(order, typeof(T).FullName!, properties);
}
