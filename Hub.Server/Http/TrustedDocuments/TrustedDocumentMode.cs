namespace Hub.Server.Http.TrustedDocuments;

/// <summary>Which documents the server runs.</summary>
public enum TrustedDocumentMode
{
    /// <summary>Free-text queries only; a request naming a document id is refused as not found.</summary>
    Off,

    /// <summary>Free-text queries, and documents of the manifest by id.</summary>
    Allow,

    /// <summary>Only documents of the manifest, by id or as their exact text: for public deployments, where no stranger's query may run.</summary>
    Enforce,
}
