using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Projects;
using Hub.Schema.Relay;
using Hub.Schema.Stations;

namespace Hub.Schema.Brands;

public sealed class BrandType : ObjectGraphType<Brand>
{
    public BrandType()
    {
        Name = "Brand";
        Description = "A named local service brand (e.g. 崔寨·青翠拾光) grouping a station's projects.";
        this.IsNode(b => b.Id);
        Field(b => b.Name);
        Field<NonNullGraphType<StationType>>("station").Resolve(context => context.Service<StationsByIdDataLoader>().Load(context.Source.StationId));
        Field(b => b.LaunchedOn, nullable: true);
        Field(b => b.Description, nullable: true);
        Field<NonNullGraphType<VisibilityType>>("visibility").Resolve(context => context.Source.Visibility);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>>("projects")
            .Resolve(context => context.Service<ProjectsByBrandIdDataLoader>().Load(context.Source.Id));
        Field("sourceDocument", b => b.SeedFile, nullable: true);
    }
}
