using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data;

/// <summary>
/// The one EF model of the hub. Each database provider has a subclass of its own only so that its
/// migrations live apart (Migrations/Sqlite, Migrations/MySql); the model is the same.
/// </summary>
public class HubDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<RegionClosure> RegionClosures => Set<RegionClosure>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Station> Stations => Set<Station>();
    public DbSet<Brand> Brands => Set<Brand>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectComponent> ProjectComponents => Set<ProjectComponent>();
    public DbSet<ProjectResult> ProjectResults => Set<ProjectResult>();
    public DbSet<ResourcePartner> ResourcePartners => Set<ResourcePartner>();
    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<Contribution> Contributions => Set<Contribution>();
    public DbSet<VolunteerTeam> VolunteerTeams => Set<VolunteerTeam>();
    public DbSet<CommunityFund> CommunityFunds => Set<CommunityFund>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<MediaReport> MediaReports => Set<MediaReport>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Observation> Observations => Set<Observation>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditScope> AuditScopes => Set<AuditScope>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<RollupVersion> RollupVersions => Set<RollupVersion>();
    public DbSet<RollupCell> RollupCells => Set<RollupCell>();

    /// <inheritdoc />
    /// <exception cref="FormatException">A station code or credit code of an added or changed row is malformed.</exception>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RegistryKeyGuard.Apply(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    /// <exception cref="FormatException">A station code or credit code of an added or changed row is malformed.</exception>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RegistryKeyGuard.Apply(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
    }
}
