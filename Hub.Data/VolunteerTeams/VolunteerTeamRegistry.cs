using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.VolunteerTeams;

/// <summary>Registers and changes volunteer teams: ADMIN any station's, station staff their own station's.</summary>
public sealed class VolunteerTeamRegistry(HubDbContext db, RegistryReads reads, StationWriteScope scope)
{
    private const string OutsideStation = "A team's region is its station's region or a community within it.";

    public const int MaxNameLength = 200;

    public async Task<WriteResult<VolunteerTeam>> CreateAsync(CreateVolunteerTeamInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        scope.EnsureMayWrite([input.StationId]);
        var errors = new InputErrors();
        var team = new VolunteerTeam
        {
            Name = errors.Text("name", input.Name, MaxNameLength, required: true) ?? "",
            StationId = input.StationId,
            Focus = errors.Text("focus", input.Focus, 200),
            Members = errors.Range("members", input.Members, 0, 1_000_000),
            Founded = errors.MonthOrYear("founded", input.Founded),
        };
        if (!await reads.StationExistsAsync(input.StationId, cancellationToken))
        {
            errors.NotFound("stationId", "station");
        }
        else
        {
            team.RegionId = await StationReferences.RegionWithinAsync(reads, errors, "communityId", input.StationId, input.CommunityId, OutsideStation, cancellationToken);
        }

        if (errors.Any)
        {
            return new WriteResult<VolunteerTeam>(null, errors.All);
        }

        db.VolunteerTeams.Add(team);
        return new WriteResult<VolunteerTeam>(team, []);
    }

    public async Task<WriteResult<VolunteerTeam>> UpdateAsync(UpdateVolunteerTeamInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var team = await db.VolunteerTeams.SingleOrDefaultAsync(t => t.Id == input.Id, cancellationToken);
        if (team is null)
        {
            errors.NotFound("id", "volunteer team");
            return new WriteResult<VolunteerTeam>(null, errors.All);
        }

        scope.EnsureMayWrite([team.StationId]);
        // A cleared name is already "required" to Text; NotCleared would name the field twice.
        team.Name = errors.Text("name", input.Name, MaxNameLength, required: true).Or(team.Name) ?? team.Name;
        team.Focus = errors.Text("focus", input.Focus, 200).Or(team.Focus);
        team.Members = errors.Range("members", input.Members, 0, 1_000_000).Or(team.Members);
        team.Founded = errors.MonthOrYear("founded", input.Founded).Or(team.Founded);
        if (input.CommunityId.IsSet)
        {
            team.RegionId = await StationReferences.RegionWithinAsync(reads, errors, "communityId", team.StationId, input.CommunityId.Value, OutsideStation, cancellationToken);
        }

        return errors.Any ? new WriteResult<VolunteerTeam>(null, errors.All) : new WriteResult<VolunteerTeam>(team, []);
    }
}
