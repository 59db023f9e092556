using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Regions;
using Hub.Schema.Relay;
using Hub.Schema.Stations;

namespace Hub.Schema.Activities;

public sealed class ActivityType : ObjectGraphType<Activity>
{
    public ActivityType()
    {
        Name = "Activity";
        Description = "One event a station ran: case work, a group session, a community activity, a visit, a survey, supervision, training ….";
        this.IsNode(a => a.Id);
        Field(a => a.Title);
        Field<NonNullGraphType<ActivityKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<StationType>>("station").Resolve(context => context.Service<StationsByIdDataLoader>().Load(context.Source.StationId));
        Field(a => a.OccurredOn, nullable: true).Description("The day it took place; null where the source gives no full date.");
        Field(a => a.Place, nullable: true);
        Field<RegionType>("region").Resolve(context => context.Source.RegionId is { } id ? context.Service<RegionsByIdDataLoader>().Load(id) : null);
        Field(a => a.Participants, nullable: true).Description("Participants as person-times (人次).");
        Field(a => a.Volunteers, nullable: true);
        Field(a => a.VolunteerHours, nullable: true);
        Field("sourceDocument", a => a.SeedFile, nullable: true);
    }
}
