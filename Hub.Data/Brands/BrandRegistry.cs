using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Brands;

/// <summary>Registers, changes and deletes brands: ADMIN any station's, station staff their own station's.</summary>
public sealed class BrandRegistry(HubDbContext db, RegistryReads reads, StationWriteScope scope)
{
    public const int MaxNameLength = 200;

    public async Task<WriteResult<Brand>> CreateAsync(CreateBrandInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        scope.EnsureMayWrite([input.StationId]);
        var errors = new InputErrors();
        var brand = new Brand
        {
            Name = errors.Text("name", input.Name, MaxNameLength, required: true) ?? "",
            StationId = input.StationId,
            LaunchedOn = input.LaunchedOn,
            Description = errors.Text("description", input.Description, 4000),
            Visibility = input.Visibility,
        };
        if (!await reads.StationExistsAsync(input.StationId, cancellationToken))
        {
            errors.NotFound("stationId", "station");
        }
        else
        {
            await CheckNameFreeAsync(errors, brand.StationId, brand.Name, null, cancellationToken);
        }

        if (errors.Any)
        {
            return new WriteResult<Brand>(null, errors.All);
        }

        db.Brands.Add(brand);
        return new WriteResult<Brand>(brand, []);
    }

    public async Task<WriteResult<Brand>> UpdateAsync(UpdateBrandInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var brand = await db.Brands.SingleOrDefaultAsync(b => b.Id == input.Id, cancellationToken);
        if (brand is null)
        {
            errors.NotFound("id", "brand");
            return new WriteResult<Brand>(null, errors.All);
        }

        scope.EnsureMayWrite([brand.StationId]);
        // A cleared name is already "required" to Text; NotCleared would name the field twice.
        errors.NotCleared("visibility", input.Visibility);
        var name = errors.Text("name", input.Name, MaxNameLength, required: true).Or(brand.Name) ?? brand.Name;
        if (name != brand.Name)
        {
            await CheckNameFreeAsync(errors, brand.StationId, name, brand.Id, cancellationToken);
        }

        brand.Name = name;
        brand.LaunchedOn = input.LaunchedOn.Or(brand.LaunchedOn);
        brand.Description = errors.Text("description", input.Description, 4000).Or(brand.Description);
        brand.Visibility = input.Visibility.Or(brand.Visibility) ?? brand.Visibility;
        return errors.Any ? new WriteResult<Brand>(null, errors.All) : new WriteResult<Brand>(brand, []);
    }

    /// <summary>Deletes a brand no project names; one that projects still carry is IN_USE.</summary>
    public async Task<WriteResult<Brand>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var brand = await db.Brands.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (brand is null)
        {
            errors.NotFound("id", "brand");
            return new WriteResult<Brand>(null, errors.All);
        }

        scope.EnsureMayWrite([brand.StationId]);
        var projects = await db.Projects.CountAsync(p => p.BrandId == id, cancellationToken);
        if (projects > 0)
        {
            errors.Add("id", InputErrorCodes.InUse, $"{projects} project(s) carry the brand {brand.Name}; move them to another brand (updateProject) or delete them first.");
            return new WriteResult<Brand>(null, errors.All);
        }

        db.Brands.Remove(brand);
        return new WriteResult<Brand>(brand, []);
    }

    /// <summary>A brand's name is unique within its station.</summary>
    private async Task CheckNameFreeAsync(InputErrors errors, int stationId, string name, int? ownId, CancellationToken cancellationToken)
    {
        if (await reads.BrandNameTakenAsync(stationId, name, ownId, cancellationToken))
        {
            errors.Add("name", InputErrorCodes.Duplicate, $"The station already has a brand named {name}.");
        }
    }
}
