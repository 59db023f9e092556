using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Brands;
using Hub.Schema.DataLoaders;
using Hub.Schema.Execution;
using Hub.Schema.Partners;
using Hub.Schema.Regions;
using Hub.Schema.Relay;
using Hub.Schema.Scalars;
using Hub.Schema.Stations;

namespace Hub.Schema.Projects;

public sealed class ProjectType : ObjectGraphType<Project>
{
    public ProjectType()
    {
        Name = "Project";
        Description = "A service project, plan or micro-platform run by a station, usually under one of its brands.";
        this.IsNode(p => p.Id);
        Field(p => p.Name);
        Field<NonNullGraphType<ProjectKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<StationType>>("station").Resolve(context => context.Service<StationsByIdDataLoader>().Load(context.Source.StationId));
        Field<BrandType>("brand")
            .Description("Null when the project has no brand, or when its brand is internal and the caller may not see it.")
            // A hidden brand answers like no brand at all: an error at this path would tell the public that the
            // project belongs to an internal brand, and would fail every listing that selects the field.
            .Resolve(context => context.Source.BrandId is { } id ? context.Service<BrandsByIdDataLoader>().Load(id) : null);
        Field(p => p.Summary, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGroupType>>>>("targetGroups").Resolve(context => FlagSet.Split(context.Source.TargetGroups));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceAreaType>>>>("serviceAreas").Resolve(context => FlagSet.Split(context.Source.ServiceAreas));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionKindType>>>>("supportSought")
            .Description("Kinds of support the project seeks from partners.")
            .Resolve(context => FlagSet.Split(context.Source.SupportSought));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("communities")
            .Description("Communities (社区/村) the project serves.")
            .Resolve(context => context.Service<ProjectCommunitiesDataLoader>().Load(context.Source.Id));
        Field(p => p.StartsOn, nullable: true);
        Field(p => p.EndsOn, nullable: true);
        Field(p => p.Funding, nullable: true).Description("Funding in yuan.");
        Field<ProjectStatusType>("status").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<VisibilityType>>("visibility").Resolve(context => context.Source.Visibility);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectComponentType>>>>("components")
            .Resolve(context => context.Service<ProjectComponentsByProjectIdDataLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectResultType>>>>("results")
            .Resolve(context => context.Service<ProjectResultsByProjectIdDataLoader>().Load(context.Source.Id));
        Field("sourceDocument", p => p.SeedFile, nullable: true);
    }
}
