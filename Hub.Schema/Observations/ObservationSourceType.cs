using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Observations;

public sealed class ObservationSourceType : EnumerationGraphType<ObservationSource>
{
    public ObservationSourceType()
    {
        Name = "ObservationSource";
        Description = "Where a figure came from.";
    }
}
