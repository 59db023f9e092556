using Hub.Data.Model;
using Hub.Schema.Mutation;

namespace Hub.Schema.VolunteerTeams;

public sealed class VolunteerTeamPayloadType() : WritePayloadType<VolunteerTeam, VolunteerTeamType>("VolunteerTeamPayload", "volunteerTeam");
