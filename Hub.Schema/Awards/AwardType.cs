using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Relay;

namespace Hub.Schema.Awards;

public sealed class AwardType : ObjectGraphType<Award>
{
    public AwardType()
    {
        Name = "Award";
        this.IsNode(a => a.Id);
        Field(a => a.Title);
        Field(a => a.Grade, nullable: true).Description("The grade as stated (e.g. 铜奖).");
        Field(a => a.Grantor, nullable: true);
        Field(a => a.AwardedOn, nullable: true);
        Field("sourceDocument", a => a.SeedFile, nullable: true);
    }
}
