using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Projects;

public sealed class ProjectResultType : ObjectGraphType<ProjectResult>
{
    public ProjectResultType()
    {
        Name = "ProjectResult";
        Description = "A goal of the project with baseline, target and actual (IATI result).";
        Field<NonNullGraphType<ResultKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(r => r.Title);
        Field(r => r.Unit, nullable: true);
        Field(r => r.Baseline, nullable: true);
        Field(r => r.Target, nullable: true);
        Field(r => r.Actual, nullable: true);
    }
}
