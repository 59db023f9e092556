using Hub.Data.Model;
using Hub.Data.Writes;

namespace Hub.Data.Organizations;

/// <summary>A patch of an organisation: a field left out stays as it is, an explicit null clears it.</summary>
public sealed record UpdateOrganizationInput(
    int Id,
    Patch<string?> Name = default,
    Patch<OrganizationKind?> Kind = default,
    Patch<string?> CreditCode = default,
    Patch<string?> Founded = default,
    Patch<string?> LegalForm = default,
    Patch<string?> Description = default,
    Patch<int?> RegionId = default);
