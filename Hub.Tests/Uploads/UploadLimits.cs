namespace Hub.Tests.Uploads;

/// <summary>The small upload limits of the upload fixtures, so that a test can go over them without sending 20 MB.</summary>
public static class UploadLimits
{
    /// <summary>Hub:Uploads:MaxFileBytes of the fixtures: room for the ~1 MB report, not for twice that.</summary>
    public const long MaxFileBytes = 1536 * 1024;

    public const int MaxFiles = 2;

    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Hub:Uploads:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Hub:Uploads:MaxFiles"] = MaxFiles.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
