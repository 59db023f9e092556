namespace Hub.Data.Model;

public enum StationKind
{
    /// <summary>街道/乡镇社工站.</summary>
    Street = 1,

    /// <summary>区/县社工总站.</summary>
    DistrictHub = 2,

    /// <summary>A centre run at community level (社区社工室/服务中心).</summary>
    Community = 3,
}
