using GraphQL.Types;
using Hub.Data.Projects;
using Hub.Schema.Mutation;

namespace Hub.Schema.Projects;

public sealed class ProjectComponentInputType : RecordInputGraphType<ProjectComponentInput>
{
    public ProjectComponentInputType()
    {
        Name = "ProjectComponentInput";
        Description = "A block (板块), group or sub-programme of a project.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("1 to 200 characters, unique within the list.");
        Field<NonNullGraphType<ProjectComponentKindType>>("kind");
        Field<StringGraphType>("description");
        Field<StringGraphType>("parentName").Description("The block this component belongs to: the name of a component earlier in the same list.");
    }
}
