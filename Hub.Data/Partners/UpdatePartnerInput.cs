using Hub.Data.Model;
using Hub.Data.Writes;

namespace Hub.Data.Partners;

/// <summary>A patch of a resource partner; the stations it works with stay as they are.</summary>
public sealed record UpdatePartnerInput(
    int Id,
    Patch<string?> Name = default,
    Patch<PartnerKind?> Kind = default,
    Patch<string?> CreditCode = default,
    Patch<string?> Description = default,
    Patch<int?> RegionId = default);
