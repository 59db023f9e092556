using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Regions;
using Hub.Schema.Relay;

namespace Hub.Schema.VolunteerTeams;

public sealed class VolunteerTeamType : ObjectGraphType<VolunteerTeam>
{
    public VolunteerTeamType()
    {
        Name = "VolunteerTeam";
        this.IsNode(t => t.Id);
        Field(t => t.Name);
        Field<RegionType>("community").Resolve(context => context.Source.RegionId is { } id ? context.Service<RegionsByIdDataLoader>().Load(id) : null);
        Field(t => t.Focus, nullable: true);
        Field(t => t.Members, nullable: true);
        Field(t => t.Founded, nullable: true);
        Field("sourceDocument", t => t.SeedFile, nullable: true);
    }
}
