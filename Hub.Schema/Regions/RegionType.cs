using GraphQL.Types;
using Hub.Data.Indicators;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Indicators;
using Hub.Schema.Relay;
using Hub.Schema.Stations;

namespace Hub.Schema.Regions;

public sealed class RegionType : ObjectGraphType<Region>
{
    public RegionType()
    {
        Name = "Region";
        Description = "A node of the administrative tree, identified by its 12-digit statistical division code.";
        this.IsNode(r => r.Id);
        Field(r => r.Code).Description("12-digit statistical division code (2 province + 2 city + 2 county + 3 township + 3 village).");
        Field(r => r.Name);
        Field<NonNullGraphType<RegionLevelType>>("level").Resolve(context => context.Source.Level);
        Field<RegionType>("parent").Resolve(context => context.Source.ParentId is { } parentId
            ? context.Service<RegionsByIdDataLoader>().Load(parentId)
            : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("children")
            .Resolve(context => context.Service<RegionChildrenDataLoader>().Load(context.Source.Id));
        this.ConnectionField<Region, StationType, Station, StationFilterInputType, StationSortInputType>("stations", (context, request) =>
            context.Service<RegionStationsDataLoader>().Load(new ChildPageKey<Station>(context.Source.Id, request)))
            .Description("Every station inside the region, at any depth; by name unless ordered otherwise.");
        Field(r => r.Population, nullable: true);
        Field(r => r.Households, nullable: true);
        Field(r => r.AreaKm2, nullable: true).Description("Area in km².");
        Field("sourceDocument", r => r.SeedFile, nullable: true).Description("The seed document the record was taken from.");
        this.AddIndicatorFields(RollupScope.Region, r => r.Id);
    }
}
