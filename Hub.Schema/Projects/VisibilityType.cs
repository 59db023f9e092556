using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.EnumLabels;

namespace Hub.Schema.Projects;

public sealed class VisibilityType : EnumerationGraphType<Visibility>
{
    public static readonly IReadOnlyDictionary<Visibility, EnumLabel> Labels = new Dictionary<Visibility, EnumLabel>
    {
        [Visibility.Public] = new("公开", "Public"),
        [Visibility.Internal] = new("内部", "Internal"),
    };

    public VisibilityType()
    {
        Name = "Visibility";
        this.Labelled(Labels);
    }
}
