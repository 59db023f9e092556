using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Awards;

/// <summary>Records awards: ADMIN any station's, station staff their own station's; a project named is the station's own.</summary>
public sealed class AwardRegistry(HubDbContext db, StationWriteScope scope)
{
    public const int MaxTitleLength = 300;

    public async Task<WriteResult<Award>> CreateAsync(CreateAwardInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        scope.EnsureMayWrite([input.StationId]);
        var errors = new InputErrors();
        var award = new Award
        {
            Title = errors.Text("title", input.Title, MaxTitleLength, required: true) ?? "",
            StationId = input.StationId,
            Grade = errors.Text("grade", input.Grade, 50),
            Grantor = errors.Text("grantor", input.Grantor, 200),
            AwardedOn = errors.PastDay("awardedOn", input.AwardedOn),
        };
        if (!await db.Stations.AnyAsync(s => s.Id == input.StationId, cancellationToken))
        {
            errors.NotFound("stationId", "station");
        }
        else
        {
            award.ProjectId = await StationReferences.ProjectAsync(db, errors, "projectId", input.StationId, input.ProjectId, cancellationToken);
        }

        if (errors.Any)
        {
            return new WriteResult<Award>(null, errors.All);
        }

        db.Awards.Add(award);
        return new WriteResult<Award>(award, []);
    }
}
