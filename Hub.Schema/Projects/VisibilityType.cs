using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Projects;

public sealed class VisibilityType : EnumerationGraphType<Visibility>
{
    public VisibilityType()
    {
        Name = "Visibility";
    }
}
