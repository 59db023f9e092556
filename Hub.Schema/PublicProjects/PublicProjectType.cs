using GraphQL.Types;
using Hub.Schema.Partners;
using Hub.Schema.Projects;
using Hub.Schema.Scalars;

namespace Hub.Schema.PublicProjects;

public sealed class PublicProjectType : ObjectGraphType<PublicProject>
{
    public PublicProjectType()
    {
        Name = "PublicProject";
        Description = "A public project as partner organisations see it: no login, no private data.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The project's global id.").Resolve(context => Relay.GlobalId.Of("Project", context.Source.Id));
        Field(p => p.Name);
        Field(p => p.Summary, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("stationId").Description("The station's global id: station(id:) and node(id:) read the station, a public register.").Resolve(context => Relay.GlobalId.Of("Station", context.Source.StationId));
        Field(p => p.StationName);
        Field(p => p.BrandName, nullable: true);
        Field(p => p.DistrictName, nullable: true);
        Field(p => p.DistrictCode, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGroupType>>>>("targetGroups").Resolve(context => FlagSet.Split(context.Source.TargetGroups));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceAreaType>>>>("serviceAreas").Resolve(context => FlagSet.Split(context.Source.ServiceAreas));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionKindType>>>>("supportSought").Resolve(context => FlagSet.Split(context.Source.SupportSought));
        Field(p => p.StartsOn, nullable: true);
        Field(p => p.EndsOn, nullable: true);
        Field<ProjectStatusType>("status").Resolve(context => context.Source.Status);
    }
}
