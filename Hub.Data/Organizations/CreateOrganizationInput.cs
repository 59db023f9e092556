using Hub.Data.Model;

namespace Hub.Data.Organizations;

/// <summary>A new organisation: a station's operator (运营机构) or funder (购买方).</summary>
public sealed record CreateOrganizationInput(
    string Name,
    OrganizationKind Kind,
    string? CreditCode = null,
    string? Founded = null,
    string? LegalForm = null,
    string? Description = null,
    int? RegionId = null);
