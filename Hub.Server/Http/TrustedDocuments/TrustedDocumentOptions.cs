using System.ComponentModel.DataAnnotations;

namespace Hub.Server.Http.TrustedDocuments;

/// <summary><c>Hub:TrustedDocuments:*</c>: the mode, and the manifest of trusted documents it reads at start-up.</summary>
public sealed class TrustedDocumentOptions
{
    public const string Section = "Hub:TrustedDocuments";

    [EnumDataType(typeof(TrustedDocumentMode))]
    public TrustedDocumentMode Mode { get; set; } = TrustedDocumentMode.Off;

    /// <summary>
    /// A persisted-documents manifest: one JSON object mapping <c>sha256:&lt;hex&gt;</c> ids to document texts, each id
    /// the SHA-256 of its text. Relative paths are resolved against the working directory. Needed unless Off.
    /// </summary>
    public string? ManifestPath { get; set; }
}
