namespace Hub.Data.CommunityFunds;

/// <summary>A new community fund (社区基金) of a station, usually set up with a foundation that works with the station.</summary>
public sealed record CreateCommunityFundInput(
    string Name,
    int StationId,
    int? CommunityId = null,
    int? FoundationId = null,
    string? Founded = null);
