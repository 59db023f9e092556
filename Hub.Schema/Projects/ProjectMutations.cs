using GraphQL;
using GraphQL.Types;
using Hub.Data.Model;
using Hub.Data.Projects;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;
using Hub.Schema.Relay;

namespace Hub.Schema.Projects;

public static class ProjectMutations
{
    public static void AddProjectMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<ProjectPayloadType>>("createProject")
            .StationStaffMayWrite()
            .Description("Adds a project to a station: ADMIN any station, station staff their own.")
            .Argument<NonNullGraphType<CreateProjectInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Project>(
                await context.Service<ProjectRegistry>().CreateAsync(context.GetArgument<CreateProjectInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<ProjectPayloadType>>("updateProject")
            .StationStaffMayWrite()
            .Description("Changes a project (a patch; components and results, when sent, replace the lists): ADMIN any station's, station staff their own station's.")
            .Argument<NonNullGraphType<UpdateProjectInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Project>(
                await context.Service<ProjectRegistry>().UpdateAsync(context.GetArgument<UpdateProjectInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<ProjectPayloadType>>("deleteProject")
            .StationStaffMayWrite()
            .Description("Deletes a project with its components, results and communities; one that activities, contributions or awards name is an IN_USE error. Answers the project as it was.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => new WritePayload<Project>(
                await context.Service<ProjectRegistry>().DeleteAsync(GlobalId.Expect(context.GetArgument<string>("id"), "Project"), context.CancellationToken)));
    }
}
