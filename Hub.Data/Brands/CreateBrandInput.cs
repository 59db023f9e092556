using Hub.Data.Model;

namespace Hub.Data.Brands;

/// <summary>A new brand (服务品牌) of a station.</summary>
public sealed record CreateBrandInput(
    string Name,
    int StationId,
    DateOnly? LaunchedOn = null,
    string? Description = null,
    Visibility Visibility = Visibility.Public);
