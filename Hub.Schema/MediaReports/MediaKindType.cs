using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.MediaReports;

public sealed class MediaKindType : EnumerationGraphType<MediaKind>
{
    public MediaKindType()
    {
        Name = "MediaKind";
    }
}
