using Hub.Data.Audit;
using Hub.Data.Awards;
using Hub.Data.Brands;
using Hub.Data.CommunityFunds;
using Hub.Data.Contributions;
using Hub.Data.MediaReports;
using Hub.Data.Model;
using Hub.Data.Observations.Import;
using Hub.Data.Organizations;
using Hub.Data.Partners;
using Hub.Data.Projects;
using Hub.Data.Regions;
using Hub.Data.Stations;
using Hub.Data.VolunteerTeams;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.RegistryWorkbook;

/// <summary>
/// Reads a registry workbook (<see cref="RegistrySheets"/>) and creates or updates its rows by their business keys
/// through the same registries the mutations use, so a row is held to exactly the rules of createProject or
/// updateStation. Runs inside the caller's unit of work and stages everything: sheet by sheet it saves (a
/// project's brand needs its key), and the caller's transaction commits the whole workbook or, when any row of any
/// sheet is bad, none of it. Every bad row is reported, not only the first.
/// </summary>
public sealed class RegistryWorkbookImporter(
    HubDbContext db,
    MutationAuditTrail trail,
    RegistryReads reads,
    Regions.RegionRegistry regions,
    OrganizationRegistry organizations,
    StationRegistry stations,
    BrandRegistry brands,
    ProjectRegistry projects,
    PartnerRegistry partners,
    ContributionRegistry contributions,
    VolunteerTeamRegistry teams,
    CommunityFundRegistry funds,
    AwardRegistry awards,
    MediaReportRegistry mediaReports)
{
    /// <summary>The most rows one workbook may hold in all; a national registry fits, a runaway file does not.</summary>
    public const int MaxRows = 200_000;

    /// <summary>The largest workbook file read.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    private static readonly SheetLimits Limits = new(MaxRowNumber: MaxRows + 1, MaxColumns: 64, MaxCellCharacters: 4_000, MaxUncompressedBytes: 256L * 1024 * 1024);

    private readonly List<RegistryWorkbookError> _errors = [];
    private readonly List<Action> _afterSave = [];
    private readonly List<(RegistryRow Row, Station Station, Patch<StationStatus?> Status, Patch<DateOnly?> ClosedOn)> _closings = [];
    private RegistryKeys _keys = new();

    /// <summary>The key of the row being read (<see cref="KeyOf"/>), by which a sheet's repeats are found.</summary>
    private string _rowKey = "";
    private IReadOnlyDictionary<RegistrySheet, IReadOnlyList<object?[]>> _stored = new Dictionary<RegistrySheet, IReadOnlyList<object?[]>>();
    private int _outcomeCreated;
    private int _outcomeUpdated;
    private int _outcomeUnchanged;

    public async Task<RegistryWorkbookResult> ImportAsync(Stream workbook, IProgress<RegistryImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        _errors.Clear();
        _afterSave.Clear();
        IReadOnlyList<(string Name, IReadOnlyList<ObservationSheetRow> Rows)> sheets;
        try
        {
            sheets = XlsxSheetReader.Sheets(workbook, Limits);
        }
        catch (Exception ex) when (ex is InvalidDataException or SheetLimitExceededException or System.Xml.XmlException)
        {
            return Refused(new RegistryWorkbookError("", 0, null, InputErrorCodes.BadUserInput, $"The file is not a readable XLSX workbook: {ex.Message}"));
        }

        var known = new List<(RegistrySheet Sheet, IReadOnlyList<ObservationSheetRow> Rows)>();
        foreach (var (name, rows) in sheets)
        {
            if (RegistrySheets.Named(name) is { } sheet)
            {
                if (known.Any(k => k.Sheet == sheet))
                {
                    _errors.Add(new RegistryWorkbookError(name, 0, null, InputErrorCodes.Duplicate, $"The workbook has two {sheet.Name} sheets; keep one."));
                }
                else
                {
                    known.Add((sheet, rows));
                }
            }
            else
            {
                _errors.Add(new RegistryWorkbookError(name, 0, null, InputErrorCodes.BadUserInput,
                    $"\"{name}\" is no sheet of the registry; the sheets are {string.Join("、", RegistrySheets.All.Select(s => s.Name))} (or their English names)."));
            }
        }

        if (known.Count == 0)
        {
            _errors.Add(new RegistryWorkbookError("", 0, null, InputErrorCodes.BadUserInput, "The workbook has no registry sheet."));
        }

        if (_errors.Count > 0)
        {
            return new RegistryWorkbookResult([], _errors.ToList());
        }

        var total = known.Sum(k => Math.Max(0, k.Rows.Count - 1));
        if (total > MaxRows)
        {
            return Refused(new RegistryWorkbookError("", 0, null, InputErrorCodes.BadUserInput, $"The workbook holds {total:N0} rows; at most {MaxRows:N0} are read at once."));
        }

        // The registries' checks are answered from tables read once per save rather than a statement per row.
        using var batch = reads.Batch();

        // Tens of thousands of rows stay tracked until the commit: left on, every save would compare each of them with
        // its snapshot again, several times over (the save, the key guard, the roll-up interceptors, DbSet.Local). A
        // sheet's changes are detected once, before its save; a row's own when it is counted (Updated).
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await ImportSheetsAsync(known, total, progress, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private async Task<RegistryWorkbookResult> ImportSheetsAsync(
        List<(RegistrySheet Sheet, IReadOnlyList<ObservationSheetRow> Rows)> known, int total, IProgress<RegistryImportProgress>? progress, CancellationToken cancellationToken)
    {
        _keys = await RegistryKeys.LoadAsync(db, cancellationToken);
        _stored = await RegistryRows.ReadAsync(db, null, cancellationToken);
        var counts = new List<RegistrySheetCount>();
        var done = 0;
        foreach (var sheet in RegistrySheets.All)
        {
            if (known.FirstOrDefault(k => k.Sheet == sheet) is not { Rows: { } rows })
            {
                continue;
            }

            (_outcomeCreated, _outcomeUpdated, _outcomeUnchanged) = (0, 0, 0);
            var columns = Columns(sheet, rows);
            if (columns is not null)
            {
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                var stored = StoredByKey(sheet);
                foreach (var cells in rows.Skip(1))
                {
                    if (!cells.IsBlank)
                    {
                        var row = new RegistryRow(sheet, columns, cells, _errors);
                        _rowKey = KeyOf(sheet, i => row.Text(sheet.Columns[i].Field));
                        var match = Match(sheet, row, _rowKey, stored, seen);
                        if (match is { Same: true })
                        {
                            _outcomeUnchanged++;
                        }
                        else
                        {
                            await ImportRowAsync(sheet, row, seen, match?.Id, cancellationToken);
                        }
                    }

                    if (++done % 200 == 0)
                    {
                        progress?.Report(new RegistryImportProgress(sheet.Name, done, total));
                    }
                }
            }

            await SaveSheetAsync(cancellationToken);
            foreach (var step in _afterSave)
            {
                step();
            }

            _afterSave.Clear();
            if (_closings.Count > 0)
            {
                await CloseNewStationsAsync(cancellationToken);
                await SaveSheetAsync(cancellationToken);
            }

            counts.Add(new RegistrySheetCount(sheet.Name, _outcomeCreated, _outcomeUpdated, _outcomeUnchanged));
            progress?.Report(new RegistryImportProgress(sheet.Name, done, total));
        }

        return new RegistryWorkbookResult(counts, _errors.ToList());
    }

    private async Task SaveSheetAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await trail.SaveStepAsync(db, cancellationToken);
    }

    /// <summary>The stored rows of a sheet by <see cref="KeyOf"/>, each key's rows in the order of their ids.</summary>
    private Dictionary<string, Queue<object?[]>> StoredByKey(RegistrySheet sheet)
    {
        var byKey = new Dictionary<string, Queue<object?[]>>(StringComparer.Ordinal);
        foreach (var cells in _stored[sheet])
        {
            var key = KeyOf(sheet, i => Normalized(cells[i]));
            if (!byKey.TryGetValue(key, out var rows))
            {
                byKey[key] = rows = new Queue<object?[]>();
            }

            rows.Enqueue(cells);
        }

        return byKey;
    }

    /// <summary>
    /// A row's key as text: the key columns' cells as <see cref="RegistryRow.Text"/> reads them (station codes in
    /// upper case, a list of kinds in a fixed order); an organisation's is its credit code, else its name.
    /// </summary>
    private static string KeyOf(RegistrySheet sheet, Func<int, string?> cell)
    {
        var columns = sheet.Columns;
        int Index(string field) => columns.Select((c, i) => (c, i)).First(x => x.c.Field == field).i;
        if (sheet == RegistrySheets.Organizations)
        {
            return cell(Index("creditCode"))?.ToUpperInvariant() is { } code ? "code:" + code : "name:" + cell(Index("name"));
        }

        var parts = new List<string?>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (!columns[i].IsKey)
            {
                continue;
            }

            var isStationCode = columns[i].Field is "stationId" || (sheet == RegistrySheets.Stations && columns[i].Field == "code");
            var text = isStationCode ? cell(i)?.ToUpperInvariant() : cell(i);
            parts.Add(sheet == RegistrySheets.Contributions && columns[i].Field == "kind" && text is not null
                ? string.Join('、', EnumCells.Split(text).Order(StringComparer.Ordinal))
                : text);
        }

        return string.Join('\u001f', parts);
    }

    /// <summary>
    /// The stored row a workbook row is about, and whether it says exactly what is stored in every column the sheet
    /// has; such a row is counted unchanged and no registry is asked, which makes re-importing a whole exported
    /// registry with a few edits cheap. Rows without a name of their own (contributions, awards, media reports) pair
    /// off with the stored rows of their key in the order of their ids, the order an export writes them.
    /// </summary>
    private static StoredMatch? Match(RegistrySheet sheet, RegistryRow row, string key, Dictionary<string, Queue<object?[]>> stored, Dictionary<string, int> seen)
    {
        var columns = sheet.Columns;
        if (!stored.TryGetValue(key, out var rows) || rows.Count == 0)
        {
            return null;
        }

        var paired = sheet == RegistrySheets.Contributions || sheet == RegistrySheets.Awards || sheet == RegistrySheets.MediaReports;
        var cells = paired ? rows.Dequeue() : rows.Peek();
        var same = true;
        for (var i = 0; i < columns.Count && same; i++)
        {
            same = !row.Has(columns[i].Field) || string.Equals(Normalized(cells[i]), row.Text(columns[i].Field), StringComparison.Ordinal);
        }

        if (same && !paired)
        {
            // Still one row per thing: a repeat of this key later in the sheet is refused by the row's import.
            if (!seen.TryAdd(key, row.Number))
            {
                same = false;
            }
        }

        return new StoredMatch(paired ? Convert.ToInt32(cells[^1], System.Globalization.CultureInfo.InvariantCulture) : null, same);
    }

    private static string? Normalized(object? value)
    {
        var text = value switch
        {
            null => null,
            decimal d => d.ToString("0.###############", System.Globalization.CultureInfo.InvariantCulture),
            int n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)?.Trim(),
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private sealed record StoredMatch(int? Id, bool Same);

    private static RegistryWorkbookResult Refused(RegistryWorkbookError error) => new([], [error]);

    /// <summary>The sheet's columns by field, from its header row; null (with errors) when the header is unusable.</summary>
    private Dictionary<string, int>? Columns(RegistrySheet sheet, IReadOnlyList<ObservationSheetRow> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var header = rows[0];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < header.Cells.Count; i++)
        {
            if (header.Cells[i] is not string { } text || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (sheet.ColumnOf(text) is not { } column)
            {
                _errors.Add(new RegistryWorkbookError(sheet.Name, header.Number, text.Trim(), InputErrorCodes.BadUserInput,
                    $"\"{text.Trim()}\" is no column of {sheet.Name}; its columns are {string.Join("、", sheet.Columns.Select(c => c.Header))}."));
                ok = false;
            }
            else if (!columns.TryAdd(column.Field, i))
            {
                _errors.Add(new RegistryWorkbookError(sheet.Name, header.Number, column.Header, InputErrorCodes.Duplicate, $"The column {column.Header} appears twice."));
                ok = false;
            }
        }

        // Organisations are found by credit code or name; every other sheet needs all its key columns.
        var missing = sheet == RegistrySheets.Organizations
            ? (columns.ContainsKey("name") ? [] : sheet.Columns.Where(c => c.Field == "name").ToList())
            : sheet.Columns.Where(c => c.IsKey && !columns.ContainsKey(c.Field)).ToList();
        foreach (var column in missing)
        {
            _errors.Add(new RegistryWorkbookError(sheet.Name, header.Number, column.Header, InputErrorCodes.BadUserInput,
                $"The sheet has no {column.Header} column ({column.EnglishHeader}); rows are found by it."));
            ok = false;
        }

        return ok ? columns : null;
    }

    private async Task ImportRowAsync(RegistrySheet sheet, RegistryRow row, Dictionary<string, int> seen, int? paired, CancellationToken cancellationToken)
    {
        if (sheet == RegistrySheets.Regions)
        {
            await RegionAsync(row, seen, cancellationToken);
        }
        else if (sheet == RegistrySheets.Organizations)
        {
            await OrganizationAsync(row, seen, cancellationToken);
        }
        else if (sheet == RegistrySheets.Stations)
        {
            await StationAsync(row, seen, cancellationToken);
        }
        else if (sheet == RegistrySheets.Brands)
        {
            await BrandAsync(row, seen, cancellationToken);
        }
        else if (sheet == RegistrySheets.Projects)
        {
            await ProjectAsync(row, seen, cancellationToken);
        }
        else if (sheet == RegistrySheets.Partners)
        {
            await PartnerAsync(row, seen, cancellationToken);
        }
        else if (sheet == RegistrySheets.Contributions)
        {
            await ContributionAsync(row, paired, cancellationToken);
        }
        else if (sheet == RegistrySheets.VolunteerTeams)
        {
            await VolunteerTeamAsync(row, seen, cancellationToken);
        }
        else if (sheet == RegistrySheets.CommunityFunds)
        {
            await CommunityFundAsync(row, seen, cancellationToken);
        }
        else if (sheet == RegistrySheets.Awards)
        {
            await AwardAsync(row, paired, cancellationToken);
        }
        else
        {
            await MediaReportAsync(row, paired, cancellationToken);
        }
    }

    private async Task RegionAsync(RegistryRow row, Dictionary<string, int> seen, CancellationToken ct)
    {
        if (Required(row, "code") is not { } code || Repeated(row, seen, "code"))
        {
            return;
        }

        if (!_keys.Regions.TryGetValue(code, out var id))
        {
            row.Error("code", InputErrorCodes.NotFound, $"No region has the code {code}; regions come from import-regions or createRegion, the sheet only sets their figures.");
            return;
        }

        var input = new UpdateRegionInput(id, row.IntPatch("population"), row.IntPatch("households"), row.DecimalPatch("areaKm2"));
        if (!row.HasErrors)
        {
            Updated(row, await regions.UpdateAsync(input, ct), id);
        }
    }

    private async Task OrganizationAsync(RegistryRow row, Dictionary<string, int> seen, CancellationToken ct)
    {
        var name = Required(row, "name");
        var creditCode = row.Text("creditCode")?.ToUpperInvariant();
        if (name is null || Repeated(row, seen, creditCode is null ? "name" : "creditCode"))
        {
            return;
        }

        int? id = creditCode is not null && _keys.OrganizationsByCreditCode.TryGetValue(creditCode, out var byCode) ? byCode : null;
        if (id is null && _keys.OrganizationsByName.TryGetValue(name, out var named))
        {
            // A row with a credit code takes over the one organisation of its name that has none yet.
            var candidates = creditCode is null ? named : named.Where(n => !_keys.OrganizationsByCreditCode.ContainsValue(n)).ToList();
            if (candidates.Count > 1)
            {
                row.Error("name", InputErrorCodes.Duplicate, $"{candidates.Count} organisations are named {name}; give the credit code of the one meant.");
                return;
            }

            id = candidates.Count == 1 ? candidates[0] : null;
        }

        var regionId = RegionPatch(row, "regionId");
        if (id is { } existing)
        {
            var input = new UpdateOrganizationInput(existing, row.TextPatch("name"), row.EnumPatch<OrganizationKind>("kind"), row.TextPatch("creditCode"),
                row.TextPatch("founded"), row.TextPatch("legalForm"), row.TextPatch("description"), regionId);
            if (!row.HasErrors)
            {
                var result = await organizations.UpdateAsync(input, ct);
                if (Updated(row, result, existing) is { } organization)
                {
                    _keys.AddOrganization(organization.Id, organization.Name, organization.CreditCode);
                }
            }

            return;
        }

        var kind = RequiredEnum<OrganizationKind>(row, "kind");
        if (row.HasErrors || kind is null)
        {
            return;
        }

        var created = Created(row, await organizations.CreateAsync(
            new CreateOrganizationInput(name, kind.Value, creditCode, row.Text("founded"), row.Text("legalForm"), row.Text("description"), regionId.Value), ct));
        if (created is not null)
        {
            _afterSave.Add(() => _keys.AddOrganization(created.Id, created.Name, created.CreditCode));
        }
    }

    private async Task StationAsync(RegistryRow row, Dictionary<string, int> seen, CancellationToken ct)
    {
        if (Required(row, "code")?.ToUpperInvariant() is not { } code || Repeated(row, seen, "code"))
        {
            return;
        }

        var regionId = RegionPatch(row, "regionId");
        var operatorId = OrganizationPatch(row, "operatorId");
        var funderId = OrganizationPatch(row, "funderId");
        var status = row.EnumPatch<StationStatus>("status");
        var closedOn = row.DatePatch("closedOn");
        if (_keys.Stations.TryGetValue(code, out var id))
        {
            var input = new UpdateStationInput(id, row.TextPatch("name"), default, row.EnumPatch<StationKind>("kind"), status, closedOn, regionId, operatorId, funderId,
                row.TextPatch("opened"), row.DecimalPatch("floorAreaM2"), row.IntPatch("staffCount"), row.IntPatch("certifiedStaffCount"),
                row.TextPatch("rooms"), row.TextPatch("address"), row.TextPatch("description"),
                row.TextPatch("contactPerson"), row.TextPatch("contactPhone"), row.TextPatch("contactEmail"), row.TextPatch("contactAddress"), row.EnumPatch<Visibility>("contactVisibility"));
            if (!row.HasErrors)
            {
                Updated(row, await stations.UpdateAsync(input, ct), id);
            }

            return;
        }

        var name = Required(row, "name");
        var kind = RequiredEnum<StationKind>(row, "kind");
        var contactVisibility = row.EnumPatch<Visibility>("contactVisibility");
        if (regionId.Value is null && row.Text("regionId") is null)
        {
            row.Error("regionId", InputErrorCodes.BadUserInput, "A new station names its region (所在区划) by its code.");
        }

        if (row.HasErrors || name is null || kind is null || regionId.Value is not { } region)
        {
            return;
        }

        var created = Created(row, await stations.CreateAsync(new CreateStationInput(name, kind.Value, region, code, operatorId.Value, funderId.Value,
            row.Text("opened"), row.Decimal("floorAreaM2"), row.Int("staffCount"), row.Int("certifiedStaffCount"), row.Text("rooms"), row.Text("address"), row.Text("description"),
            row.Text("contactPerson"), row.Text("contactPhone"), row.Text("contactEmail"), row.Text("contactAddress"), contactVisibility.Value), ct));
        if (created is null)
        {
            return;
        }

        _afterSave.Add(() => _keys.Stations[created.Code] = created.Id);
        if (status.Value is { } closed && closed != StationStatus.Active)
        {
            // A station registered already closed: createStation takes no status, so the closing follows once it has its key.
            _closings.Add((row, created, status, closedOn));
        }
    }

    private async Task BrandAsync(RegistryRow row, Dictionary<string, int> seen, CancellationToken ct)
    {
        if (StationOf(row) is not { } station || Required(row, "name") is not { } name || Repeated(row, seen))
        {
            return;
        }

        var visibility = row.EnumPatch<Visibility>("visibility");
        if (_keys.Brands.TryGetValue((station, name), out var id))
        {
            var input = new UpdateBrandInput(id, default, row.DatePatch("launchedOn"), row.TextPatch("description"), visibility);
            if (!row.HasErrors)
            {
                Updated(row, await brands.UpdateAsync(input, ct), id);
            }

            return;
        }

        var launchedOn = row.Date("launchedOn");
        var description = row.Text("description");
        if (!row.HasErrors && Created(row, await brands.CreateAsync(new CreateBrandInput(name, station, launchedOn, description, visibility.Value ?? Visibility.Public), ct)) is { } brand)
        {
            _afterSave.Add(() => _keys.Brands[(station, brand.Name)] = brand.Id);
        }
    }

    private async Task ProjectAsync(RegistryRow row, Dictionary<string, int> seen, CancellationToken ct)
    {
        if (StationOf(row) is not { } station || Required(row, "name") is not { } name || Repeated(row, seen))
        {
            return;
        }

        Patch<int?> brandId = default;
        if (row.Has("brandId"))
        {
            brandId = row.Text("brandId") is { } brand ? Named(row, "brandId", _keys.Brands, station, brand, "brand") : (int?)null;
        }

        Patch<IReadOnlyList<int>?> communities = default;
        if (row.Has("communityIds"))
        {
            communities = new Patch<IReadOnlyList<int>?>(true, row.List("communityIds").Select(code => RegionId(row, "communityIds", code)).OfType<int>().ToList());
        }

        var targetGroups = row.Has("targetGroups") ? new Patch<IReadOnlyList<TargetGroups>?>(true, row.Flags<TargetGroups>("targetGroups")) : default;
        var serviceAreas = row.Has("serviceAreas") ? new Patch<IReadOnlyList<ServiceAreas>?>(true, row.Flags<ServiceAreas>("serviceAreas")) : default;
        var supportSought = row.Has("supportSought") ? new Patch<IReadOnlyList<ContributionKinds>?>(true, row.Flags<ContributionKinds>("supportSought")) : default;
        var kind = row.EnumPatch<ProjectKind>("kind");
        var status = row.EnumPatch<ProjectStatus>("status");
        var visibility = row.EnumPatch<Visibility>("visibility");
        var summary = row.TextPatch("summary");
        var startsOn = row.DatePatch("startsOn");
        var endsOn = row.DatePatch("endsOn");
        var funding = row.DecimalPatch("funding");
        if (_keys.Projects.TryGetValue((station, name), out var id))
        {
            var input = new UpdateProjectInput(id, default, kind, brandId, summary, targetGroups, serviceAreas, supportSought, communities,
                startsOn, endsOn, funding, status, visibility);
            if (!row.HasErrors)
            {
                Updated(row, await projects.UpdateAsync(input, ct), id);
            }

            return;
        }

        if (row.HasErrors)
        {
            return;
        }

        var created = Created(row, await projects.CreateAsync(new CreateProjectInput(name, station, kind.Value ?? ProjectKind.Project, brandId.Value, summary.Value,
            targetGroups.Value, serviceAreas.Value, supportSought.Value, communities.Value, startsOn.Value, endsOn.Value, funding.Value, status.Value,
            visibility.Value ?? Visibility.Public), ct));
        if (created is not null)
        {
            _afterSave.Add(() => _keys.Projects[(station, created.Name)] = created.Id);
        }
    }

    private async Task PartnerAsync(RegistryRow row, Dictionary<string, int> seen, CancellationToken ct)
    {
        if (StationOf(row) is not { } station || Required(row, "name") is not { } name || Repeated(row, seen))
        {
            return;
        }

        var regionId = RegionPatch(row, "regionId");
        if (_keys.Partners.TryGetValue((station, name), out var id))
        {
            var input = new UpdatePartnerInput(id, default, row.EnumPatch<PartnerKind>("kind"), row.TextPatch("creditCode"), row.TextPatch("description"), regionId);
            if (!row.HasErrors)
            {
                Updated(row, await partners.UpdateAsync(input, ct), id);
            }

            return;
        }

        var kind = RequiredEnum<PartnerKind>(row, "kind");
        if (row.HasErrors || kind is null)
        {
            return;
        }

        var created = Created(row, await partners.CreateAsync(new CreatePartnerInput(name, station, kind.Value, row.Text("creditCode"), row.Text("description"), regionId.Value), ct));
        if (created is not null)
        {
            _afterSave.Add(() => _keys.Partners[(station, created.Name)] = created.Id);
        }
    }

    private async Task ContributionAsync(RegistryRow row, int? paired, CancellationToken ct)
    {
        if (StationOf(row) is not { } station)
        {
            return;
        }

        var partner = Required(row, "partnerId") is { } partnerName ? Named(row, "partnerId", _keys.Partners, station, partnerName, "partner") : null;
        var project = row.Text("projectId") is { } projectName ? Named(row, "projectId", _keys.Projects, station, projectName, "project") : null;
        // A contribution may be of several kinds at once (money and goods), written as a list like supportSought.
        var kinds = row.Flags<ContributionKinds>("kind");
        ContributionKinds? kind = kinds.Count == 0 ? null : kinds.Aggregate(ContributionKinds.None, (all, k) => all | k);
        if (kind is null && !row.HasErrors)
        {
            row.Error("kind", InputErrorCodes.BadUserInput, $"kind is required: one or more of {EnumCells.Choices<ContributionKinds>()}.");
        }

        var on = row.Date("contributedOn");
        if (row.HasErrors || partner is null || kind is null)
        {
            return;
        }

        if (paired is { } id)
        {
            var input = new UpdateContributionInput(id, Value: row.DecimalPatch("value"), Description: row.TextPatch("description"));
            if (!row.HasErrors)
            {
                Updated(row, await contributions.UpdateAsync(input, ct), id);
            }

            return;
        }

        var value = row.Decimal("value");
        if (!row.HasErrors)
        {
            Created(row, await contributions.CreateAsync(new CreateContributionInput(station, partner.Value, kind.Value, project, value, on, row.Text("description")), ct));
        }
    }

    private async Task VolunteerTeamAsync(RegistryRow row, Dictionary<string, int> seen, CancellationToken ct)
    {
        if (StationOf(row) is not { } station || Required(row, "name") is not { } name || Repeated(row, seen))
        {
            return;
        }

        var community = RegionPatch(row, "communityId");
        if (_keys.VolunteerTeams.TryGetValue((station, name), out var id))
        {
            var input = new UpdateVolunteerTeamInput(id, default, community, row.TextPatch("focus"), row.IntPatch("members"), row.TextPatch("founded"));
            if (!row.HasErrors)
            {
                Updated(row, await teams.UpdateAsync(input, ct), id);
            }

            return;
        }

        var members = row.Int("members");
        if (!row.HasErrors && Created(row, await teams.CreateAsync(new CreateVolunteerTeamInput(name, station, community.Value, row.Text("focus"), members, row.Text("founded")), ct)) is { } team)
        {
            _afterSave.Add(() => _keys.VolunteerTeams[(station, team.Name)] = team.Id);
        }
    }

    private async Task CommunityFundAsync(RegistryRow row, Dictionary<string, int> seen, CancellationToken ct)
    {
        if (StationOf(row) is not { } station || Required(row, "name") is not { } name || Repeated(row, seen))
        {
            return;
        }

        var community = RegionPatch(row, "communityId");
        Patch<int?> foundation = default;
        if (row.Has("foundationId"))
        {
            foundation = row.Text("foundationId") is { } partner ? Named(row, "foundationId", _keys.Partners, station, partner, "partner") : (int?)null;
        }

        if (_keys.CommunityFunds.TryGetValue((station, name), out var id))
        {
            var input = new UpdateCommunityFundInput(id, default, community, foundation, row.TextPatch("founded"));
            if (!row.HasErrors)
            {
                Updated(row, await funds.UpdateAsync(input, ct), id);
            }

            return;
        }

        if (!row.HasErrors && Created(row, await funds.CreateAsync(new CreateCommunityFundInput(name, station, community.Value, foundation.Value, row.Text("founded")), ct)) is { } fund)
        {
            _afterSave.Add(() => _keys.CommunityFunds[(station, fund.Name)] = fund.Id);
        }
    }

    private async Task AwardAsync(RegistryRow row, int? paired, CancellationToken ct)
    {
        if (StationOf(row) is not { } station || Required(row, "title") is not { } title)
        {
            return;
        }

        var awardedOn = row.Date("awardedOn");
        Patch<int?> project = default;
        if (row.Has("projectId"))
        {
            project = row.Text("projectId") is { } projectName ? Named(row, "projectId", _keys.Projects, station, projectName, "project") : (int?)null;
        }

        if (row.HasErrors)
        {
            return;
        }

        if (paired is { } id)
        {
            Updated(row, await awards.UpdateAsync(new UpdateAwardInput(id, default, project, row.TextPatch("grade"), row.TextPatch("grantor")), ct), id);
            return;
        }

        Created(row, await awards.CreateAsync(new CreateAwardInput(title, station, project.Value, row.Text("grade"), row.Text("grantor"), awardedOn), ct));
    }

    private async Task MediaReportAsync(RegistryRow row, int? paired, CancellationToken ct)
    {
        if (StationOf(row) is not { } station)
        {
            return;
        }

        var kind = RequiredEnum<MediaKind>(row, "kind");
        var outlet = row.Text("outlet");
        var title = row.Text("title");
        var publishedOn = row.Date("publishedOn");
        var year = row.Int("year");
        if (row.HasErrors || kind is null)
        {
            return;
        }

        if (paired is { } id)
        {
            var input = new UpdateMediaReportInput(id, Author: row.TextPatch("author"), Count: row.IntPatch("count"), Url: row.TextPatch("url"));
            if (!row.HasErrors)
            {
                Updated(row, await mediaReports.UpdateAsync(input, ct), id);
            }

            return;
        }

        var count = row.Int("count");
        if (!row.HasErrors)
        {
            Created(row, await mediaReports.CreateAsync(new CreateMediaReportInput(station, kind.Value, outlet, title, row.Text("author"), publishedOn, year, count, row.Text("url")), ct));
        }
    }

    /// <summary>Closes the stations a workbook registers as already closed, once they have their keys.</summary>
    private async Task CloseNewStationsAsync(CancellationToken ct)
    {
        foreach (var (row, station, status, closedOn) in _closings)
        {
            Updated(row, await stations.UpdateAsync(new UpdateStationInput(station.Id, Status: status, ClosedOn: closedOn), ct), station.Id, count: false);
        }

        _closings.Clear();
    }

    private static string? Required(RegistryRow row, string field)
    {
        var text = row.Text(field);
        if (text is null)
        {
            row.Error(field, InputErrorCodes.BadUserInput, $"{field} is required; rows are found by it.");
        }

        return text;
    }

    private static TEnum? RequiredEnum<TEnum>(RegistryRow row, string field)
        where TEnum : struct, Enum
    {
        if (row.Has(field) && row.Text(field) is not null)
        {
            return row.Enum<TEnum>(field);
        }

        row.Error(field, InputErrorCodes.BadUserInput, $"A new row names its {field}: one of {EnumCells.Choices<TEnum>()}.");
        return null;
    }

    /// <summary>Whether the row repeats the key of an earlier row of its sheet (an error: one row per thing).</summary>
    private bool Repeated(RegistryRow row, Dictionary<string, int> seen, string field = "name")
    {
        var key = _rowKey;
        if (seen.TryGetValue(key, out var first))
        {
            row.Error(field, InputErrorCodes.Duplicate, $"The row repeats the key of row {first}; a sheet holds one row per thing.");
            return true;
        }

        seen[key] = row.Number;
        return false;
    }

    private int? StationOf(RegistryRow row)
    {
        if (Required(row, "stationId") is not { } code)
        {
            return null;
        }

        if (_keys.Stations.TryGetValue(code, out var id))
        {
            return id;
        }

        row.Error("stationId", InputErrorCodes.NotFound, $"No station has the code {code}; the 站点 sheet or createStation registers it.");
        return null;
    }

    private int? RegionId(RegistryRow row, string field, string code)
    {
        if (_keys.Regions.TryGetValue(code, out var id))
        {
            return id;
        }

        row.Error(field, InputErrorCodes.NotFound, $"No region has the code {code}.");
        return null;
    }

    private Patch<int?> RegionPatch(RegistryRow row, string field) =>
        !row.Has(field) ? default(Patch<int?>) : row.Text(field) is { } code ? RegionId(row, field, code) : (int?)null;

    private Patch<int?> OrganizationPatch(RegistryRow row, string field)
    {
        if (!row.Has(field))
        {
            return default;
        }

        if (row.Text(field) is not { } text)
        {
            return (int?)null;
        }

        if (_keys.OrganizationsByCreditCode.TryGetValue(text, out var byCode))
        {
            return byCode;
        }

        if (_keys.OrganizationsByName.TryGetValue(text, out var named))
        {
            if (named.Count == 1)
            {
                return named[0];
            }

            row.Error(field, InputErrorCodes.Duplicate, $"{named.Count} organisations are named {text}; give the credit code of the one meant.");
            return default;
        }

        row.Error(field, InputErrorCodes.NotFound, $"No organisation has the name or credit code {text}; the 机构 sheet or createOrganization registers it.");
        return default;
    }

    private static int? Named(RegistryRow row, string field, Dictionary<(int Station, string Name), int> rows, int station, string name, string what)
    {
        if (rows.TryGetValue((station, name), out var id))
        {
            return id;
        }

        row.Error(field, InputErrorCodes.NotFound, $"The station has no {what} named {name}.");
        return null;
    }

    private T? Created<T>(RegistryRow row, WriteResult<T> result)
        where T : class
    {
        if (Failed(row, result, null))
        {
            return null;
        }

        _outcomeCreated++;
        return result.Row;
    }

    /// <summary>The updated row; counted as updated only when one of its values changed.</summary>
    private T? Updated<T>(RegistryRow row, WriteResult<T> result, int id, bool count = true)
        where T : class
    {
        if (Failed(row, result, id))
        {
            return null;
        }

        var entry = db.Entry(result.Row!);
        entry.DetectChanges();
        if (count)
        {
            if (entry.State == EntityState.Modified)
            {
                _outcomeUpdated++;
            }
            else
            {
                _outcomeUnchanged++;
            }
        }

        return result.Row;
    }

    private bool Failed<T>(RegistryRow row, WriteResult<T> result, int? id)
        where T : class
    {
        foreach (var error in result.Errors)
        {
            row.Error(error.Field, error.Code, error.Message);
        }

        if (result.Errors.Count > 0 && id is { } key && db.Set<T>().Local.FindEntry(key) is { } entry)
        {
            // What a refused update already set on the tracked row goes back, so that the sheet's save stores none of it.
            entry.CurrentValues.SetValues(entry.OriginalValues);
            entry.DetectChanges();
        }

        return result.Errors.Count > 0;
    }
}
