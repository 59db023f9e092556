using Hub.Data.Writes;

namespace Hub.Data.CommunityFunds;

/// <summary>A change to a community fund, as a patch. A fund stays with its station.</summary>
public sealed record UpdateCommunityFundInput(
    int Id,
    Patch<string?> Name = default,
    Patch<int?> CommunityId = default,
    Patch<int?> FoundationId = default,
    Patch<string?> Founded = default);
