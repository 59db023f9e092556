namespace Hub.Data.Regions;

/// <summary>
/// A new community or village (社区/村, level COMMUNITY) under a street or township: its 12-digit code is the
/// street's 9-digit prefix and a village number of its own.
/// </summary>
public sealed record CreateRegionInput(
    int ParentId,
    string Code,
    string Name,
    int? Population = null,
    int? Households = null,
    decimal? AreaKm2 = null);
