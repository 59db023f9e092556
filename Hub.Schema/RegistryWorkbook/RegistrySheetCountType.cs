using GraphQL.Types;
using Hub.Data.RegistryWorkbook;

namespace Hub.Schema.RegistryWorkbook;

public sealed class RegistrySheetCountType : ObjectGraphType<RegistrySheetCount>
{
    public RegistrySheetCountType()
    {
        Name = "RegistrySheetCount";
        Description = "The rows of one sheet: created (a new key), updated (a stored key whose values changed) and unchanged.";
        Field(c => c.Sheet).Description("The sheet's Chinese name (站点, 项目 …).");
        Field(c => c.Created);
        Field(c => c.Updated);
        Field(c => c.Unchanged);
    }
}
