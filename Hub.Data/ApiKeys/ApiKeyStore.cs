using System.Globalization;
using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.ApiKeys;

/// <summary>Makes, finds, checks and revokes API keys. Only hashes of secrets are stored; the text of a key exists once, in the answer to <see cref="CreateAsync"/>.</summary>
public sealed class ApiKeyStore(HubDbContext db, TimeProvider clock)
{
    public const int MaxNameLength = 100;

    /// <summary>How stale <see cref="ApiKey.LastUsedAt"/> may get: writing it on every request would turn each read into a write.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public static readonly IReadOnlyList<string> Roles = ["PARTNER", "STATION_STAFF", "ANALYST", "ADMIN"];

    /// <summary>Stores a new key and returns it with its text, which nobody can read again.</summary>
    /// <param name="station">The station's database id or global id, for STATION_STAFF.</param>
    /// <param name="stationIdOf">Reads a station's global id (the API's opaque id); null when the text is not one.</param>
    public async Task<ApiKeyCreation> CreateAsync(string name, string role, string? station, string? regionCode, Func<string, int?> stationIdOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stationIdOf);
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            return ApiKeyCreation.Refused($"A key needs a name of 1 to {MaxNameLength} characters.");
        }

        if (!Roles.Contains(role))
        {
            return ApiKeyCreation.Refused($"\"{role}\" is not a role; use one of {string.Join(", ", Roles)}.");
        }

        int? stationId = null;
        if (role == "STATION_STAFF")
        {
            if (string.IsNullOrWhiteSpace(station))
            {
                return ApiKeyCreation.Refused("A STATION_STAFF key needs --station (the station's id).");
            }

            stationId = int.TryParse(station, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : stationIdOf(station);
            if (stationId is not { } found || !await db.Stations.AnyAsync(s => s.Id == found, cancellationToken))
            {
                return ApiKeyCreation.Refused($"No station has the id \"{station}\".");
            }
        }
        else if (station is not null)
        {
            return ApiKeyCreation.Refused("--station binds only a STATION_STAFF key.");
        }

        if (role == "ANALYST")
        {
            if (string.IsNullOrWhiteSpace(regionCode))
            {
                return ApiKeyCreation.Refused("An ANALYST key needs --region (the code of the region it may read).");
            }

            if (!await db.Regions.AnyAsync(r => r.Code == regionCode, cancellationToken))
            {
                return ApiKeyCreation.Refused($"No region has the code \"{regionCode}\".");
            }
        }
        else if (regionCode is not null)
        {
            return ApiKeyCreation.Refused("--region binds only an ANALYST key.");
        }

        if (await db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken))
        {
            return ApiKeyCreation.Refused($"A key named \"{name}\" exists already; names are unique so that the audit log tells holders apart.");
        }

        var credential = ApiKeyCredential.Generate();
        var key = new ApiKey
        {
            PublicId = credential.PublicId,
            SecretHash = ApiKeyCredential.Hash(credential.Secret),
            Name = name,
            Role = role,
            StationId = stationId,
            RegionCode = role == "ANALYST" ? regionCode : null,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiKeyCreation(key, credential.Text, null);
    }

    /// <summary>Revokes the key with this public id or name and returns it; null when there is none, or it was revoked already.</summary>
    public async Task<ApiKey?> RevokeAsync(string publicIdOrName, CancellationToken cancellationToken = default)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.PublicId == publicIdOrName || k.Name == publicIdOrName, cancellationToken);
        if (key is null || key.RevokedAt is not null)
        {
            return null;
        }

        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).ToListAsync(cancellationToken);

    /// <summary>The live key this text proves, or null: unknown, malformed, revoked, or a wrong secret alike.</summary>
    public async Task<ApiKey?> AuthenticateAsync(string? text, CancellationToken cancellationToken = default)
    {
        if (!ApiKeyCredential.TryParse(text, out var credential))
        {
            return null;
        }

        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.PublicId == credential.PublicId, cancellationToken);
        if (key is null || key.RevokedAt is not null || !credential.Matches(key.SecretHash))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
            key.LastUsedAt = now;
        }

        return key;
    }
}
