using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Indicators;

public sealed class SensitivityType : EnumerationGraphType<Sensitivity>
{
    public SensitivityType()
    {
        Name = "Sensitivity";
    }
}
