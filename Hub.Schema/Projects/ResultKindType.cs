using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Projects;

public sealed class ResultKindType : EnumerationGraphType<ResultKind>
{
    public ResultKindType()
    {
        Name = "ResultKind";
    }
}
