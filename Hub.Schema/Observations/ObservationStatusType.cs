using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Observations;

public sealed class ObservationStatusType : EnumerationGraphType<ObservationStatus>
{
    public ObservationStatusType()
    {
        Name = "ObservationStatus";
        Description = "SDMX observation status: NORMAL, ESTIMATED, PROVISIONAL, MISSING.";
    }
}
