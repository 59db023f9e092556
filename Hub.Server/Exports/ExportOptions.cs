using System.ComponentModel.DataAnnotations;
using Hub.Schema.Relay;

namespace Hub.Server.Exports;

/// <summary>Settings of the export endpoints (<c>Hub:Exports:*</c>).</summary>
public sealed class ExportOptions
{
    public const string Section = "Hub:Exports";

    /// <summary>
    /// Rows the comparison export asks for per execution while it walks the whole ranking; each page is one
    /// execution of the document, which computes the comparison again (six statements), so fewer, larger pages are cheaper.
    /// </summary>
    [Range(1, PageRequest.MaxPageSize)]
    public int PageSize { get; set; } = PageRequest.MaxPageSize;

    /// <summary>
    /// Most rows one comparison export writes; a larger ranking is refused with EXPORT_TOO_LARGE before any page
    /// after the first is computed (choose a smaller region or a higher level).
    /// </summary>
    [Range(1, 5_000)]
    public int MaxRows { get; set; } = 1_000;
}
