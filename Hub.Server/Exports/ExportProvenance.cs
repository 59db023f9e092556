using System.Globalization;
using Hub.Schema.Access;

namespace Hub.Server.Exports;

/// <summary>Who exported a file and when, as the header block of every workbook names them.</summary>
public sealed record ExportProvenance(HubCaller Caller, DateTimeOffset At)
{
    public IEnumerable<ExportHeaderLine> Lines =>
    [
        new("导出者 Exported by", Describe(Caller)),
        new("导出时间 Exported at", At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
    ];

    /// <summary>The caller as the rules saw it: the role, who, and the scope that decided what the file shows.</summary>
    public static string Describe(HubCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsAuthenticated)
        {
            return "公众（未登录） PUBLIC (anonymous)";
        }

        var scope = caller switch
        {
            { RegionCode: { } region } => $"(region {region})",
            { StationId: { } station } => $"(station {station.ToString(CultureInfo.InvariantCulture)})",
            _ => null,
        };
        return string.Join(" ", new[] { HubCaller.NameOf(caller.Role), caller.Subject, scope }.Where(part => !string.IsNullOrEmpty(part)));
    }
}
