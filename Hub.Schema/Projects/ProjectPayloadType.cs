using Hub.Data.Model;
using Hub.Schema.Mutation;

namespace Hub.Schema.Projects;

public sealed class ProjectPayloadType() : WritePayloadType<Project, ProjectType>("ProjectPayload", "project");
