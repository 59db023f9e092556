namespace Hub.Data.Model;

public enum ProjectKind
{
    /// <summary>A service project (服务项目).</summary>
    Project = 1,

    /// <summary>A service plan spanning several blocks (服务计划), e.g. 锦瑟年华.</summary>
    Plan = 2,

    /// <summary>A micro-platform under a brand (微平台).</summary>
    Platform = 3,
}
