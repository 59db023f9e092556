using Hub.Server.Http.TrustedDocuments;

namespace Hub.Tests.TrustedDocuments;

public sealed class EnforceTrustedDocumentsHub : TrustedDocumentsHub
{
    protected override TrustedDocumentMode Mode => TrustedDocumentMode.Enforce;
}
