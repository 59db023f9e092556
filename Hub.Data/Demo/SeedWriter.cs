using Hub.Data.Model;
using Hub.Data.Observations;

namespace Hub.Data.Demo;

/// <summary>
/// Adds the rows of one seed document to the context. Every row goes through <see cref="Add{T}"/>, so
/// none can forget its SeedFile; rows are tracked in the order the document's loader adds them.
/// </summary>
internal sealed class SeedWriter(
    HubDbContext db,
    string seedFile,
    DateTime loadedAtUtc,
    IReadOnlyDictionary<string, Region> regionsByCode,
    IReadOnlyDictionary<string, Indicator> indicatorsByCode)
{
    private readonly Dictionary<Project, int> componentCount = [];

    public string SeedFile => seedFile;

    public Region Region(string code) => regionsByCode[code];

    public T Add<T>(T entity)
        where T : class, ISeeded
    {
        entity.SeedFile = seedFile;
        db.Add(entity);
        return entity;
    }

    /// <summary>A resource partner and its standing link to the station.</summary>
    public ResourcePartner Partner(Station station, string name, PartnerKind kind, string? description = null, Region? region = null)
    {
        var partner = Add(new ResourcePartner { Name = name, Kind = kind, Description = description, Region = region });
        Add(new Partnership { Station = station, Partner = partner, Description = description });
        return partner;
    }

    public Contribution Contribution(ResourcePartner partner, Station station, ContributionKinds kind, string description, Project? project = null) =>
        Add(new Contribution { Partner = partner, Station = station, Project = project, Kind = kind, Description = description });

    /// <summary>A block, group or sub-programme, numbered in the order the document lists it.</summary>
    public ProjectComponent Component(Project project, string name, ProjectComponentKind kind, string? description = null, ProjectComponent? parent = null)
    {
        var order = componentCount.GetValueOrDefault(project) + 1;
        componentCount[project] = order;
        return Add(new ProjectComponent { Project = project, Parent = parent, Name = name, Kind = kind, Description = description, SortOrder = order });
    }

    public Activity Activity(Station station, ActivityKind kind, string title, DateOnly? occurredOn = null, string? place = null, Region? region = null, Project? project = null, int? participants = null) =>
        Add(new Activity
        {
            Station = station,
            Project = project,
            Kind = kind,
            Title = title,
            OccurredOn = occurredOn,
            Place = place,
            Region = region,
            Participants = participants,
            RecordedAt = loadedAtUtc,
        });

    /// <summary>One reported figure; <paramref name="period"/> is a storage key (yyyymm, or yyyy00 for a year).</summary>
    public Observation Observe(Station station, int period, ObservationSource source, string code, decimal value, string? note = null) =>
        Add(new Observation
        {
            Station = station,
            Indicator = indicatorsByCode[code],
            Period = period,
            ScaledValue = ScaledDecimal.ToScaled(value),
            Source = source,
            Status = ObservationStatus.Normal,
            Note = note,
            Version = 1,
            UpdatedAt = loadedAtUtc,
        });
}
