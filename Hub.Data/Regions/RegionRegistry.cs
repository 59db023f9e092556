using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Regions;

/// <summary>
/// Adds communities to the region tree and keeps regions' statistics (ADMIN). Nothing holds the tree in memory past
/// a request but the suppression decisions, and they are keyed by the tree's counter, which the save moves
/// (<see cref="Indicators.RollupVersions"/>): a new region and a new population are read by the next request.
/// </summary>
public sealed class RegionRegistry(HubDbContext db)
{
    public const int MaxNameLength = 100;
    public const int MaxPeople = 1_500_000_000;
    public const decimal MaxAreaKm2 = 10_000_000m;

    /// <summary>The digits a street's code gives its communities (2 province + 2 city + 2 county + 3 township).</summary>
    public const int StreetPrefixLength = 9;

    public async Task<WriteResult<Region>> CreateAsync(CreateRegionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var region = new Region
        {
            Code = input.Code?.Trim() ?? "",
            Name = errors.Text("name", input.Name, MaxNameLength, required: true) ?? "",
            Level = RegionLevel.Community,
            ParentId = input.ParentId,
            Population = errors.Range("population", input.Population, 0, MaxPeople),
            Households = errors.Range("households", input.Households, 0, MaxPeople),
            AreaKm2 = errors.Amount("areaKm2", input.AreaKm2, 0, MaxAreaKm2, scale: 4),
        };
        CheckHouseholds(errors, region);
        var parent = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == input.ParentId, cancellationToken);
        if (parent is null)
        {
            errors.NotFound("parentId", "region");
        }
        else if (parent.Level != RegionLevel.Street)
        {
            errors.Bad("parentId", $"A community or village lies under a street or township, not under a {parent.Level.ToString().ToUpperInvariant()} ({parent.Name}).");
        }
        else
        {
            await CheckCodeAsync(errors, region.Code, parent, cancellationToken);
            if (region.Name.Length > 0 && await db.Regions.AnyAsync(r => r.ParentId == parent.Id && r.Name == region.Name, cancellationToken))
            {
                errors.Add("name", InputErrorCodes.Duplicate, $"{parent.Name} already has a community named {region.Name}.");
            }
        }

        if (errors.Any)
        {
            return new WriteResult<Region>(null, errors.All);
        }

        // The region's id is the database's; until the save it is a temporary key, which the closure rows refer to
        // and the save replaces with the real one in both.
        var id = db.Regions.Add(region).Property(r => r.Id).CurrentValue;
        var path = await db.Regions.AsNoTracking()
            .Where(r => db.RegionClosures.Any(c => c.DescendantId == parent!.Id && c.AncestorId == r.Id))
            .ToListAsync(cancellationToken);
        var self = new Region { Id = id, Code = region.Code, Name = region.Name, ParentId = parent!.Id };
        db.RegionClosures.AddRange(RegionClosureRows.For(path.Append(self)).Where(c => c.DescendantId == id));
        return new WriteResult<Region>(region, []);
    }

    public async Task<WriteResult<Region>> UpdateAsync(UpdateRegionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var region = await db.Regions.SingleOrDefaultAsync(r => r.Id == input.Id, cancellationToken);
        if (region is null)
        {
            errors.NotFound("id", "region");
            return new WriteResult<Region>(null, errors.All);
        }

        region.Population = errors.Range("population", input.Population, 0, MaxPeople).Or(region.Population);
        region.Households = errors.Range("households", input.Households, 0, MaxPeople).Or(region.Households);
        region.AreaKm2 = errors.Amount("areaKm2", input.AreaKm2, 0, MaxAreaKm2, scale: 4).Or(region.AreaKm2);
        CheckHouseholds(errors, region);
        return errors.Any ? new WriteResult<Region>(null, errors.All) : new WriteResult<Region>(region, []);
    }

    /// <summary>Every household has a member: a region cannot count more households than people.</summary>
    private static void CheckHouseholds(InputErrors errors, Region region)
    {
        if (region.Households > region.Population)
        {
            errors.Bad("households", $"households ({region.Households}) cannot exceed population ({region.Population}).");
        }
    }

    /// <summary>12 digits, the street's 9-digit prefix and a village number other than 000 (the street's own), unique.</summary>
    private async Task CheckCodeAsync(InputErrors errors, string code, Region street, CancellationToken cancellationToken)
    {
        var prefix = street.Code[..StreetPrefixLength];
        if (code.Length != 12 || !code.All(char.IsAsciiDigit))
        {
            errors.Bad("code", $"A region code is 12 digits, not \"{Observations.EchoedText.Of(code)}\".");
        }
        else if (!code.StartsWith(prefix, StringComparison.Ordinal) || code.EndsWith("000", StringComparison.Ordinal))
        {
            errors.Bad("code", $"A community of {street.Name} has a code {prefix}001 to {prefix}999.");
        }
        else if (await db.Regions.AnyAsync(r => r.Code == code, cancellationToken))
        {
            errors.Add("code", InputErrorCodes.Duplicate, $"Another region already has the code {code}.");
        }
    }
}
