using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Contributions;

/// <summary>
/// Records and changes what partners give stations: ADMIN any station's, station staff their own station's. The
/// partner works with the station, and a project named is the station's own.
/// </summary>
public sealed class ContributionRegistry(HubDbContext db, RegistryReads reads, StationWriteScope scope)
{
    /// <summary>The largest value in yuan a contribution states (a billion); beyond it the figure is a typing error.</summary>
    public const decimal MaxValue = 1_000_000_000m;

    public const int MaxDescriptionLength = 2000;

    public async Task<WriteResult<Contribution>> CreateAsync(CreateContributionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        scope.EnsureMayWrite([input.StationId]);
        var errors = new InputErrors();
        var contribution = new Contribution
        {
            StationId = input.StationId,
            PartnerId = input.PartnerId,
            Kind = input.Kind,
            Value = errors.Amount("value", input.Value, 0, MaxValue),
            ContributedOn = errors.PastDay("contributedOn", input.ContributedOn),
            Description = errors.Text("description", input.Description, MaxDescriptionLength),
        };
        if (!await reads.StationExistsAsync(input.StationId, cancellationToken))
        {
            errors.NotFound("stationId", "station");
        }
        else
        {
            await StationReferences.PartnerAsync(reads, errors, "partnerId", input.StationId, input.PartnerId, cancellationToken);
            contribution.ProjectId = await StationReferences.ProjectAsync(reads, errors, "projectId", input.StationId, input.ProjectId, cancellationToken);
        }

        if (errors.Any)
        {
            return new WriteResult<Contribution>(null, errors.All);
        }

        db.Contributions.Add(contribution);
        return new WriteResult<Contribution>(contribution, []);
    }

    public async Task<WriteResult<Contribution>> UpdateAsync(UpdateContributionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var contribution = await db.Contributions.SingleOrDefaultAsync(c => c.Id == input.Id, cancellationToken);
        if (contribution is null)
        {
            errors.NotFound("id", "contribution");
            return new WriteResult<Contribution>(null, errors.All);
        }

        scope.EnsureMayWrite([contribution.StationId]);
        errors.NotCleared("partnerId", input.PartnerId);
        errors.NotCleared("kind", input.Kind);
        if (input.PartnerId is { IsSet: true, Value: { } partnerId } && partnerId != contribution.PartnerId)
        {
            contribution.PartnerId = await StationReferences.PartnerAsync(reads, errors, "partnerId", contribution.StationId, partnerId, cancellationToken) ?? contribution.PartnerId;
        }

        if (input.ProjectId.IsSet)
        {
            contribution.ProjectId = await StationReferences.ProjectAsync(reads, errors, "projectId", contribution.StationId, input.ProjectId.Value, cancellationToken);
        }

        contribution.Kind = input.Kind.Or(contribution.Kind) ?? contribution.Kind;
        contribution.Value = errors.Amount("value", input.Value, 0, MaxValue).Or(contribution.Value);
        contribution.ContributedOn = errors.PastDay("contributedOn", input.ContributedOn).Or(contribution.ContributedOn);
        contribution.Description = errors.Text("description", input.Description, MaxDescriptionLength).Or(contribution.Description);
        return errors.Any ? new WriteResult<Contribution>(null, errors.All) : new WriteResult<Contribution>(contribution, []);
    }
}
