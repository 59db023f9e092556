using Hub.Data.Model;
using Hub.Schema.Filtering;
using Hub.Schema.Partners;
using Hub.Schema.Projects;
using Hub.Schema.Regions;
using Hub.Schema.Stations;

namespace Hub.Schema.Activities;

public sealed class ActivityFilterInputType : FilterInputGraphType<Activity>
{
    public ActivityFilterInputType()
        : base("ActivityFilterInput", "activities")
    {
        Id("Activity", a => a.Id);
        Filter<StringOperationFilterInputType>("title", a => a.Title);
        Filter<EnumOperationFilterInputGraphType<ActivityKindType>>("kind", a => a.Kind);
        Filter<DateOnlyOperationFilterInputType>("occurredOn", a => a.OccurredOn, "The day it took place; { gte: \"2024-01-01\", lt: \"2025-01-01\" } is a year.");
        Filter<DateTimeOperationFilterInputType>("recordedAt", a => a.RecordedAt, "When it was recorded in the hub (UTC).");
        Filter<StringOperationFilterInputType>("place", a => a.Place);
        Relation<StationFilterInputType>("station", a => a.Station);
        Relation<ProjectFilterInputType>("project", a => a.Project);
        Relation<RegionFilterInputType>("region", a => a.Region, "Where it took place.");
        Filter<IntOperationFilterInputType>("participants", a => a.Participants);
        Filter<IntOperationFilterInputType>("volunteers", a => a.Volunteers);
        Filter<DecimalOperationFilterInputType>("volunteerHours", a => a.VolunteerHours);
        Relations<ResourcePartnerFilterInputType, ResourcePartner>("partners", a => a.Partners);
    }
}
