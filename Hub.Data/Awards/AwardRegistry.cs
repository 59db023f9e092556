using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Awards;

/// <summary>Records, changes and deletes awards: ADMIN any station's, station staff their own station's; a project named is the station's own.</summary>
public sealed class AwardRegistry(HubDbContext db, RegistryReads reads, StationWriteScope scope)
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
        if (!await reads.StationExistsAsync(input.StationId, cancellationToken))
        {
            errors.NotFound("stationId", "station");
        }
        else
        {
            award.ProjectId = await StationReferences.ProjectAsync(reads, errors, "projectId", input.StationId, input.ProjectId, cancellationToken);
        }

        if (errors.Any)
        {
            return new WriteResult<Award>(null, errors.All);
        }

        db.Awards.Add(award);
        return new WriteResult<Award>(award, []);
    }

    public async Task<WriteResult<Award>> UpdateAsync(UpdateAwardInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var award = await db.Awards.SingleOrDefaultAsync(a => a.Id == input.Id, cancellationToken);
        if (award is null)
        {
            errors.NotFound("id", "award");
            return new WriteResult<Award>(null, errors.All);
        }

        scope.EnsureMayWrite([award.StationId]);
        var title = errors.Text("title", input.Title, MaxTitleLength, required: true).Or(award.Title) ?? award.Title;
        var grade = errors.Text("grade", input.Grade, 50);
        var grantor = errors.Text("grantor", input.Grantor, 200);
        var awardedOn = errors.PastDay("awardedOn", input.AwardedOn);
        var projectId = input.ProjectId.IsSet
            ? await StationReferences.ProjectAsync(reads, errors, "projectId", award.StationId, input.ProjectId.Value, cancellationToken)
            : award.ProjectId;
        if (errors.Any)
        {
            return new WriteResult<Award>(null, errors.All);
        }

        award.Title = title;
        award.Grade = grade.Or(award.Grade);
        award.Grantor = grantor.Or(award.Grantor);
        award.AwardedOn = awardedOn.Or(award.AwardedOn);
        award.ProjectId = projectId;
        return new WriteResult<Award>(award, []);
    }

    /// <summary>Deletes an award. No other row names an award, so there is nothing it could still be in use by.</summary>
    public async Task<WriteResult<Award>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var award = await db.Awards.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (award is null)
        {
            var errors = new InputErrors();
            errors.NotFound("id", "award");
            return new WriteResult<Award>(null, errors.All);
        }

        scope.EnsureMayWrite([award.StationId]);
        db.Awards.Remove(award);
        return new WriteResult<Award>(award, []);
    }
}
