using Hub.Data.Model;
using Hub.Data.Writes;

namespace Hub.Data.Brands;

/// <summary>A patch of a brand. A brand stays with its station: its projects are that station's.</summary>
public sealed record UpdateBrandInput(
    int Id,
    Patch<string?> Name = default,
    Patch<DateOnly?> LaunchedOn = default,
    Patch<string?> Description = default,
    Patch<Visibility?> Visibility = default);
