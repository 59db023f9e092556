using System.Globalization;
using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Projects;

/// <summary>Registers, changes and deletes projects: ADMIN any station's, station staff their own station's.</summary>
public sealed class ProjectRegistry(HubDbContext db, RegistryReads reads, StationWriteScope scope)
{
    public const int MaxNameLength = 200;
    public const int MaxSummaryLength = 4000;
    public const int MaxCommunities = 200;
    public const int MaxComponents = 100;
    public const int MaxResults = 100;

    /// <summary>Funding in yuan; the column holds two decimals.</summary>
    public const decimal MaxFunding = 10_000_000_000m;

    /// <summary>Baselines, targets and actuals (counts, percentages, yuan); the columns hold four decimals.</summary>
    public const decimal MaxResultValue = 1_000_000_000_000m;

    public async Task<WriteResult<Project>> CreateAsync(CreateProjectInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        scope.EnsureMayWrite([input.StationId]);
        var errors = new InputErrors();
        var project = new Project
        {
            Name = errors.Text("name", input.Name, MaxNameLength, required: true) ?? "",
            StationId = input.StationId,
            Kind = input.Kind,
            Summary = errors.Text("summary", input.Summary, MaxSummaryLength),
            TargetGroups = Flags(input.TargetGroups),
            ServiceAreas = Flags(input.ServiceAreas),
            SupportSought = Flags(input.SupportSought),
            StartsOn = input.StartsOn,
            EndsOn = input.EndsOn,
            Funding = errors.Amount("funding", input.Funding, 0, MaxFunding),
            Status = input.Status,
            Visibility = input.Visibility,
        };
        CheckPeriod(errors, project.StartsOn, project.EndsOn);
        var components = Components(errors, input.Components);
        var results = Results(errors, input.Results);
        if (!await reads.StationExistsAsync(input.StationId, cancellationToken))
        {
            errors.NotFound("stationId", "station");
        }
        else
        {
            project.BrandId = await BrandAsync(errors, input.StationId, input.BrandId, cancellationToken);
            project.Communities = await CommunitiesAsync(errors, input.StationId, input.CommunityIds, cancellationToken);
        }

        if (errors.Any)
        {
            return new WriteResult<Project>(null, errors.All);
        }

        project.Components = components;
        project.Results = results;
        db.Projects.Add(project);
        return new WriteResult<Project>(project, []);
    }

    public async Task<WriteResult<Project>> UpdateAsync(UpdateProjectInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == input.Id, cancellationToken);
        if (project is null)
        {
            errors.NotFound("id", "project");
            return new WriteResult<Project>(null, errors.All);
        }

        scope.EnsureMayWrite([project.StationId]);
        // A cleared name is already "required" to Text; NotCleared would name the field twice.
        errors.NotCleared("kind", input.Kind);
        errors.NotCleared("visibility", input.Visibility);
        project.Name = errors.Text("name", input.Name, MaxNameLength, required: true).Or(project.Name) ?? project.Name;
        project.Kind = input.Kind.Or(project.Kind) ?? project.Kind;
        project.Summary = errors.Text("summary", input.Summary, MaxSummaryLength).Or(project.Summary);
        project.TargetGroups = input.TargetGroups.IsSet ? Flags(input.TargetGroups.Value) : project.TargetGroups;
        project.ServiceAreas = input.ServiceAreas.IsSet ? Flags(input.ServiceAreas.Value) : project.ServiceAreas;
        project.SupportSought = input.SupportSought.IsSet ? Flags(input.SupportSought.Value) : project.SupportSought;
        project.StartsOn = input.StartsOn.Or(project.StartsOn);
        project.EndsOn = input.EndsOn.Or(project.EndsOn);
        project.Funding = errors.Amount("funding", input.Funding, 0, MaxFunding).Or(project.Funding);
        project.Status = input.Status.Or(project.Status);
        project.Visibility = input.Visibility.Or(project.Visibility) ?? project.Visibility;
        CheckPeriod(errors, project.StartsOn, project.EndsOn);
        if (input.BrandId.IsSet)
        {
            project.BrandId = await BrandAsync(errors, project.StationId, input.BrandId.Value, cancellationToken);
        }

        var communities = input.CommunityIds.IsSet ? await CommunitiesAsync(errors, project.StationId, input.CommunityIds.Value, cancellationToken) : null;
        var components = input.Components.IsSet ? Components(errors, input.Components.Value) : null;
        var results = input.Results.IsSet ? Results(errors, input.Results.Value) : null;
        if (errors.Any)
        {
            return new WriteResult<Project>(null, errors.All);
        }

        if (communities is not null)
        {
            await db.Entry(project).Collection(p => p.Communities).LoadAsync(cancellationToken);
            project.Communities.Clear();
            project.Communities.AddRange(communities);
        }

        if (components is not null)
        {
            db.ProjectComponents.RemoveRange(await db.ProjectComponents.Where(c => c.ProjectId == project.Id).ToListAsync(cancellationToken));
            project.Components = components;
        }

        if (results is not null)
        {
            db.ProjectResults.RemoveRange(await db.ProjectResults.Where(r => r.ProjectId == project.Id).ToListAsync(cancellationToken));
            project.Results = results;
        }

        return new WriteResult<Project>(project, []);
    }

    /// <summary>
    /// Deletes a project nothing else refers to, with its components, results and community links; one that activities,
    /// contributions or awards name is IN_USE (the database would quietly unlink them, losing what they were for).
    /// </summary>
    public async Task<WriteResult<Project>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            errors.NotFound("id", "project");
            return new WriteResult<Project>(null, errors.All);
        }

        scope.EnsureMayWrite([project.StationId]);
        var activities = await db.Activities.CountAsync(a => a.ProjectId == id, cancellationToken);
        var contributions = await db.Contributions.CountAsync(c => c.ProjectId == id, cancellationToken);
        var awards = await db.Awards.CountAsync(a => a.ProjectId == id, cancellationToken);
        if (activities + contributions + awards > 0)
        {
            var uses = new[] { (activities, "activity(ies)"), (contributions, "partner contribution(s)"), (awards, "award(s)") }
                .Where(u => u.Item1 > 0)
                .Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Item1} {u.Item2}"));
            errors.Add("id", InputErrorCodes.InUse, $"{string.Join(", ", uses)} refer to the project {project.Name}; move them to another project or delete them first (or close the project: status CLOSED).");
            return new WriteResult<Project>(null, errors.All);
        }

        // Loaded rather than left to the database's cascade: a component's parent is a restricting key into the same
        // table, which MariaDB checks row by row; the change tracker deletes children before their blocks.
        await db.Entry(project).Collection(p => p.Components).LoadAsync(cancellationToken);
        await db.Entry(project).Collection(p => p.Results).LoadAsync(cancellationToken);
        await db.Entry(project).Collection(p => p.Communities).LoadAsync(cancellationToken);
        db.ProjectComponents.RemoveRange(project.Components);
        db.ProjectResults.RemoveRange(project.Results);
        project.Communities.Clear();
        db.Projects.Remove(project);
        return new WriteResult<Project>(project, []);
    }

    private static void CheckPeriod(InputErrors errors, DateOnly? startsOn, DateOnly? endsOn)
    {
        if (startsOn is { } start && endsOn is { } end && end < start)
        {
            errors.Bad("endsOn", string.Create(CultureInfo.InvariantCulture, $"endsOn ({end:yyyy-MM-dd}) is not before startsOn ({start:yyyy-MM-dd})."));
        }
    }

    /// <summary>A project's brand is one of its own station's brands.</summary>
    private async Task<int?> BrandAsync(InputErrors errors, int stationId, int? brandId, CancellationToken cancellationToken)
    {
        if (brandId is not { } id)
        {
            return null;
        }

        var brandStation = await reads.StationOfBrandAsync(id, cancellationToken);
        if (brandStation is null)
        {
            errors.NotFound("brandId", "brand");
        }
        else if (brandStation != stationId)
        {
            errors.Bad("brandId", "A project's brand is one of its own station's brands; this brand belongs to another station.");
        }

        return id;
    }

    /// <summary>The communities (社区/村) a project serves lie within its station's region; the same one twice counts once.</summary>
    private async Task<List<Region>> CommunitiesAsync(InputErrors errors, int stationId, IReadOnlyList<int>? ids, CancellationToken cancellationToken)
    {
        if (ids is null || ids.Count == 0)
        {
            return [];
        }

        if (ids.Count > MaxCommunities)
        {
            errors.Bad("communityIds", string.Create(CultureInfo.InvariantCulture, $"A project serves at most {MaxCommunities} communities, not {ids.Count}."));
            return [];
        }

        var distinct = ids.Distinct().ToList();
        var stationRegion = await reads.StationRegionAsync(stationId, cancellationToken);
        var regions = await reads.TrackedRegionsAsync(distinct, cancellationToken);
        var inside = await reads.WithinAsync(stationRegion, distinct, cancellationToken);
        for (var i = 0; i < ids.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"communityIds[{i}]");
            if (!regions.TryGetValue(ids[i], out var region))
            {
                errors.NotFound(field, "region");
            }
            else if (region.Level != RegionLevel.Community)
            {
                errors.Bad(field, $"{region.Name} is not a community or village (社区/村); a project serves communities.");
            }
            else if (!inside.Contains(region.Id))
            {
                errors.Bad(field, $"{region.Name} lies outside the station's region; a project serves communities within it.");
            }
        }

        return distinct.Where(regions.ContainsKey).Select(id => regions[id]).ToList();
    }

    /// <summary>The components in the order given; a parent is named by an earlier component, so there are no cycles.</summary>
    private static List<ProjectComponent> Components(InputErrors errors, IReadOnlyList<ProjectComponentInput>? inputs)
    {
        var components = new List<ProjectComponent>();
        if (inputs is null)
        {
            return components;
        }

        if (inputs.Count > MaxComponents)
        {
            errors.Bad("components", string.Create(CultureInfo.InvariantCulture, $"A project has at most {MaxComponents} components, not {inputs.Count}."));
            return components;
        }

        var byName = new Dictionary<string, ProjectComponent>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"components[{i}].");
            var component = new ProjectComponent
            {
                Name = errors.Text(prefix + "name", input.Name, 200, required: true) ?? "",
                Kind = input.Kind,
                Description = errors.Text(prefix + "description", input.Description, 2000),
                SortOrder = i,
            };
            if (errors.Text(prefix + "parentName", input.ParentName, 200) is { } parentName)
            {
                if (byName.TryGetValue(parentName, out var parent))
                {
                    component.Parent = parent;
                }
                else
                {
                    errors.Bad(prefix + "parentName", $"No earlier component of the list is named {parentName}; a parent comes before its parts.");
                }
            }

            if (component.Name.Length > 0 && !byName.TryAdd(component.Name, component))
            {
                errors.Add(prefix + "name", InputErrorCodes.Duplicate, $"Another component of the list is named {component.Name}.");
            }

            components.Add(component);
        }

        return components;
    }

    private static List<ProjectResult> Results(InputErrors errors, IReadOnlyList<ProjectResultInput>? inputs)
    {
        var results = new List<ProjectResult>();
        if (inputs is null)
        {
            return results;
        }

        if (inputs.Count > MaxResults)
        {
            errors.Bad("results", string.Create(CultureInfo.InvariantCulture, $"A project has at most {MaxResults} results, not {inputs.Count}."));
            return results;
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"results[{i}].");
            results.Add(new ProjectResult
            {
                Kind = input.Kind,
                Title = errors.Text(prefix + "title", input.Title, 300, required: true) ?? "",
                Unit = errors.Text(prefix + "unit", input.Unit, 50),
                Baseline = errors.Amount(prefix + "baseline", input.Baseline, -MaxResultValue, MaxResultValue, scale: 4),
                Target = errors.Amount(prefix + "target", input.Target, -MaxResultValue, MaxResultValue, scale: 4),
                Actual = errors.Amount(prefix + "actual", input.Actual, -MaxResultValue, MaxResultValue, scale: 4),
            });
        }

        return results;
    }

    /// <summary>The set of single flags as one value; none given is none set.</summary>
    private static TEnum Flags<TEnum>(IReadOnlyList<TEnum>? flags)
        where TEnum : struct, Enum =>
        (TEnum)Enum.ToObject(typeof(TEnum), (flags ?? []).Aggregate(0L, (all, flag) => all | Convert.ToInt64(flag, CultureInfo.InvariantCulture)));
}
