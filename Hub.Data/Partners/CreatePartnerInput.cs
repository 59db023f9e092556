using Hub.Data.Model;

namespace Hub.Data.Partners;

/// <summary>A new resource partner (资源方) of a station: the partner and its standing link to the station, in one write.</summary>
public sealed record CreatePartnerInput(
    string Name,
    int StationId,
    PartnerKind Kind,
    string? CreditCode = null,
    string? Description = null,
    int? RegionId = null);
