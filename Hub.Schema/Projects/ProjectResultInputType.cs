using GraphQL.Types;
using Hub.Data.Projects;
using Hub.Schema.Mutation;

namespace Hub.Schema.Projects;

public sealed class ProjectResultInputType : RecordInputGraphType<ProjectResultInput>
{
    public ProjectResultInputType()
    {
        Name = "ProjectResultInput";
        Description = "A goal of a project with baseline, target and actual (IATI result); values have at most four decimal places.";
        Field<NonNullGraphType<ResultKindType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("title").Description("1 to 300 characters.");
        Field<StringGraphType>("unit");
        Field<DecimalGraphType>("baseline");
        Field<DecimalGraphType>("target");
        Field<DecimalGraphType>("actual");
    }
}
