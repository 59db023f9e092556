using Hub.Server.Http.TrustedDocuments;

namespace Hub.Tests.TrustedDocuments;

public sealed class AllowTrustedDocumentsHub : TrustedDocumentsHub
{
    protected override TrustedDocumentMode Mode => TrustedDocumentMode.Allow;
}
