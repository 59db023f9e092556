using System.Globalization;
using Hub.Data.Model;
using Hub.Data.Stations;

namespace Hub.Data.Synthetic;

/// <summary>
/// Produces the rows of a synthetic dataset into a sink, table by table in foreign-key order for
/// the region tree, then district by district: the district's civil-affairs bureau and operators,
/// its pool of resource partners, then each station with its brands, projects, partners,
/// volunteer teams, activities and reports. Ids are assigned here, from 1 in every table, so the
/// rows are the same whichever database they go to. Every station draws from streams of its own
/// (<see cref="SyntheticRandom.Fork"/>), so one station's data never depends on another's.
/// </summary>
internal sealed class SyntheticDatasetGenerator
{
    private static readonly PartnerKind[] PartnerKinds = Enum.GetValues<PartnerKind>();
    private static readonly int[] PartnerKindWeights = [14, 16, 4, 8, 10, 5, 12, 10, 14, 7];
    private static readonly ActivityKind[] ActivityKinds = Enum.GetValues<ActivityKind>();
    private static readonly int[] ActivityKindWeights = [10, 15, 20, 15, 12, 12, 4, 5, 4, 3];

    private readonly SyntheticDatasetSpec _spec;
    private readonly SyntheticRandom _root;
    private readonly SyntheticObservations _observations;
    private readonly HashSet<string> _organizationNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _organizationCreditCodes = new(StringComparer.Ordinal);
    private readonly DateOnly _firstDay;
    private readonly DateOnly _lastDay;
    private int _organizations;
    private int _partners;
    private int _stations;
    private int _brands;
    private int _projects;
    private int _components;
    private int _results;
    private int _partnerships;
    private int _contributions;
    private int _teams;
    private int _funds;
    private int _awards;
    private int _media;
    private int _activities;
    private int _nextObservation = 1;

    public SyntheticDatasetGenerator(SyntheticDatasetSpec spec, IReadOnlyList<SyntheticIndicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        _spec = spec;
        _root = new SyntheticRandom((ulong)spec.Seed);
        _observations = new SyntheticObservations(spec, indicators);
        _firstDay = spec.FirstDay;
        _lastDay = _firstDay.AddMonths(spec.Months).AddDays(-1);
    }

    /// <summary>Writes every row into <paramref name="sink"/>, yielding after each station so the caller can flush in between.</summary>
    public IEnumerable<int> Generate(SyntheticRowSink sink)
    {
        var tree = SyntheticRegionTree.Build(_spec, _root);
        foreach (var region in tree.All)
        {
            sink.Row(SyntheticTables.Regions)
                .Add(region.Id).Add(region.Code).Add(region.Name).Add((int)region.Level).Add(region.Parent?.Id)
                .Add(region.Population).Add(region.Households).Add(region.AreaKm2)
                .End();
        }

        foreach (var (ancestor, descendant, depth) in tree.Closure())
        {
            sink.Row(SyntheticTables.RegionClosures).Add(ancestor).Add(descendant).Add(depth).End();
        }

        yield return 0;
        foreach (var district in tree.Districts)
        {
            foreach (var _ in District(sink, district))
            {
                yield return _stations;
            }
        }
    }

    private IEnumerable<int> District(SyntheticRowSink sink, SyntheticRegion district)
    {
        var random = _root.Fork(SyntheticStream.District, district.Id);
        var city = district.Ancestor(RegionLevel.City);
        var streets = district.Children;
        var funder = Organization(sink, random, $"{city.Name}{district.Name}民政局", OrganizationKind.GovernmentDepartment, CreditCodes.GovernmentOrgan, district, "机关");
        var operatorCount = Math.Max(1, (int)Math.Round((streets.Count + 1) / 4.0));
        var operators = new List<int>(operatorCount);
        for (var i = 0; i < operatorCount; i++)
        {
            var word = random.Pick(SyntheticNames.CentreWords);
            operators.Add(Organization(sink, random, $"{city.Name}{district.Name}{word}社会工作服务中心", OrganizationKind.SocialWorkServiceCentre, CreditCodes.SocialServiceAgency, district, "民办非企业单位"));
        }

        // A station draws its partners from this pool, and a station works with no two partners of one name or credit code.
        var pool = new List<(int Id, PartnerKind Kind)>();
        var poolNames = new HashSet<string>(StringComparer.Ordinal);
        var poolCreditCodes = new HashSet<string>(StringComparer.Ordinal);
        var poolSize = Math.Max(PartnerKinds.Length, 2 * (streets.Count + 1));
        for (var i = 0; i < poolSize; i++)
        {
            // Every kind once, then as common as it is in the seeds: shops, enterprises and community groups most.
            var kind = i < PartnerKinds.Length ? PartnerKinds[i] : PartnerKinds[random.PickWeighted(PartnerKindWeights)];
            pool.Add((Partner(sink, random, kind, city, district, poolNames, poolCreditCodes), kind));
        }

        var hub = new StationPlace(district, district, true, funder, operators[0], streets.SelectMany(s => s.Children).ToList());
        Station(sink, hub, pool);
        yield return _stations;
        foreach (var street in streets)
        {
            var funderId = random.Chance(0.15)
                ? Organization(sink, random, $"{district.Name}{street.Name}办事处", OrganizationKind.StreetOffice, CreditCodes.GovernmentOrgan, street, "机关")
                : funder;
            Station(sink, new StationPlace(street, district, false, funderId, random.Pick(operators), street.Children), pool);
            yield return _stations;
        }
    }

    private int Organization(SyntheticRowSink sink, SyntheticRandom random, string name, OrganizationKind kind, string creditType, SyntheticRegion region, string legalForm)
    {
        // Organisation names are unique in the model; a second centre of the same name becomes （2）, （3）…
        var unique = Unique(_organizationNames, name);
        var founded = kind == OrganizationKind.SocialWorkServiceCentre
            ? string.Create(CultureInfo.InvariantCulture, $"{random.Between(2008, 2019):D4}-{random.Between(1, 12):D2}")
            : null;
        var description = kind == OrganizationKind.SocialWorkServiceCentre ? $"在{region.Name}承接街道（乡镇）社工站运营的专业社会工作服务机构。" : null;
        var id = ++_organizations;
        sink.Row(SyntheticTables.Organizations)
            .Add(id).Add(unique).Add((int)kind).Add(UniqueCreditCode(creditType, region.Code, random)).Add(founded).Add(legalForm).Add(description).Add(region.Id)
            .End();
        return id;
    }

    /// <summary>A credit code no other organisation of the dataset has (the column is unique); a clash draws again.</summary>
    private string UniqueCreditCode(string creditType, string regionCode, SyntheticRandom random)
    {
        string code;
        do
        {
            code = CreditCodes.Create(creditType, regionCode, random);
        }
        while (!_organizationCreditCodes.Add(code));

        return code;
    }

    private int Partner(
        SyntheticRowSink sink, SyntheticRandom random, PartnerKind kind, SyntheticRegion city, SyntheticRegion district, HashSet<string> poolNames, HashSet<string> poolCreditCodes)
    {
        var place = SyntheticNames.Place(random);
        var (name, creditType) = kind switch
        {
            PartnerKind.Enterprise => ($"{city.ShortName}{random.Pick(SyntheticNames.EnterpriseWords)}{random.Pick(SyntheticNames.EnterpriseTrades)}", CreditCodes.Enterprise),
            PartnerKind.Shop => ($"{place}{random.Pick(SyntheticNames.ShopTrades)}", CreditCodes.IndividualBusiness),
            PartnerKind.University => ($"{city.ShortName}{random.Pick(["大学", "职业学院", "师范学院", "医学院"])}", CreditCodes.PublicInstitution),
            PartnerKind.Hospital => ($"{district.Name}{random.Pick(SyntheticNames.HospitalTypes)}", CreditCodes.PublicInstitution),
            PartnerKind.School => ($"{district.Name}{place}{random.Pick(SyntheticNames.SchoolTypes)}", CreditCodes.PublicInstitution),
            PartnerKind.Foundation => ($"{city.Name}{random.Pick(SyntheticNames.CentreWords)}慈善基金会", CreditCodes.Foundation),
            PartnerKind.SocialOrganization => ($"{district.Name}{random.Pick(SyntheticNames.SocialOrganizations)}", CreditCodes.SocialGroup),
            PartnerKind.GovernmentUnit => ($"{district.Name}{random.Pick(SyntheticNames.GovernmentUnits)}", CreditCodes.GovernmentOrgan),
            PartnerKind.CommunityGroup => ($"{place}社区{random.Pick(SyntheticNames.CommunityGroups)}", null),
            _ => ($"{place}{random.Pick(["物业服务中心", "商会", "业主委员会"])}", null),
        };
        var region = random.Chance(0.5) || district.Children.Count == 0 ? district : random.Pick(district.Children);
        string? creditCode = null;
        if (creditType is not null)
        {
            do
            {
                creditCode = CreditCodes.Create(creditType, region.Code, random);
            }
            while (!poolCreditCodes.Add(creditCode));
        }

        var id = ++_partners;
        sink.Row(SyntheticTables.ResourcePartners)
            .Add(id).Add(Unique(poolNames, name)).Add((int)kind).Add(creditCode)
            .Add(random.Chance(0.3) ? $"长期支持{district.Name}社工站服务的{KindLabel(kind)}。" : null).Add(region.Id)
            .End();
        return id;
    }

    private void Station(SyntheticRowSink sink, StationPlace place, IReadOnlyList<(int Id, PartnerKind Kind)> pool)
    {
        var id = ++_stations;
        var random = _root.Fork(SyntheticStream.Station, id);
        var size = random.Factor(0.35, 0.3) * (place.IsHub ? 1.2 : 1.0);
        var status = random.Chance(0.97) ? StationStatus.Active : random.Chance(0.66) ? StationStatus.Suspended : StationStatus.Closed;
        var openedMonth = random.Chance(0.92) ? -random.Between(1, 36) : random.Next(Math.Max(1, _spec.Months * 2 / 5));
        var opened = _firstDay.AddMonths(openedMonth);
        var stopsAt = status switch
        {
            StationStatus.Closed => Math.Max(openedMonth + 1, _spec.Months - 6),
            StationStatus.Suspended => Math.Max(openedMonth + 1, _spec.Months - 3),
            _ => _spec.Months,
        };
        // A closed station closed on the last day it reported; stopsAt is the first month without activities.
        DateOnly? closedOn = status == StationStatus.Closed ? _firstDay.AddMonths(stopsAt).AddDays(-1) : null;
        var region = place.Region;
        var district = place.District;
        var staff = place.IsHub ? random.Between(6, 15) : random.Between(3, 10);
        var rooms = random.Distinct(SyntheticNames.Rooms.Count, random.Between(3, 6)).Select(i => SyntheticNames.Rooms[i]);
        var city = district.Ancestor(RegionLevel.City);
        var address = string.Create(
            CultureInfo.InvariantCulture,
            $"{district.Ancestor(RegionLevel.Province).Name}{city.Name}{district.Name}{(place.IsHub ? string.Empty : region.Name)}{SyntheticNames.Place(random)}{random.Pick(SyntheticNames.Roads)}{random.Between(1, 399)}号");
        var name = place.IsHub ? $"{district.Name}社工总站" : $"{region.Name}社工站";

        // A district has one hub and each of its streets one station: the region's code and "-01" is unique.
        sink.Row(SyntheticTables.Stations)
            .Add(id).Add(name).Add(StationCode.For(region.Code, 1)).Add((int)(place.IsHub ? StationKind.DistrictHub : StationKind.Street)).Add((int)status).Add(closedOn)
            .Add(region.Id).Add(district.Id).Add(place.OperatorId).Add(place.FunderId)
            .Add(string.Create(CultureInfo.InvariantCulture, $"{opened.Year:D4}-{opened.Month:D2}"))
            .Add(random.RoundToSteps(place.IsHub ? random.Uniform(400, 1500) : random.Uniform(120, 900), 0.5) / 2m)
            .Add(staff).Add((int)Math.Round(staff * random.Uniform(0.3, 0.9))).Add(string.Join("、", rooms)).Add(address)
            .Add(place.IsHub ? $"统筹{district.Name}各街道（乡镇）社工站的区级社工总站。" : null)
            .End();

        var brands = Brands(sink, random, id, place, opened);
        var projects = Projects(sink, random, id, place, brands);
        var partners = Partnerships(sink, random, id, pool, projects);
        Extras(sink, random, id, name, place, pool, partners, projects);
        Activities(sink, _root.Fork(SyntheticStream.Activities, id), id, place, projects, partners.ConvertAll(p => p.Id), Math.Max(0, openedMonth), stopsAt, size);
        _nextObservation = _observations.Write(sink, _root.Fork(SyntheticStream.Observations, id), id, _nextObservation, size, openedMonth, stopsAt);
    }

    private List<int> Brands(SyntheticRowSink sink, SyntheticRandom random, int stationId, StationPlace place, DateOnly opened)
    {
        var brands = new List<int>();
        foreach (var phrase in random.Distinct(SyntheticNames.BrandPhrases.Count, random.Between(2, 4)).Select(i => SyntheticNames.BrandPhrases[i]))
        {
            var id = ++_brands;
            var launched = RandomDay(random, opened, _lastDay.AddDays(-60) > opened ? _lastDay.AddDays(-60) : opened);
            sink.Row(SyntheticTables.Brands)
                .Add(id).Add($"{place.Region.ShortName}·{phrase}").Add(stationId).Add(launched)
                .Add(random.Chance(0.5) ? $"“{phrase}”是{place.Region.Name}社工站打造的服务品牌。" : null)
                .Add((int)(random.Chance(0.9) ? Visibility.Public : Visibility.Internal))
                .End();
            brands.Add(id);
        }

        return brands;
    }

    private List<(int Id, DateOnly StartsOn, DateOnly EndsOn)> Projects(SyntheticRowSink sink, SyntheticRandom random, int stationId, StationPlace place, List<int> brands)
    {
        var projects = new List<(int, DateOnly, DateOnly)>();
        var count = random.Between(2, 6);
        var names = random.Distinct(SyntheticNames.ProjectNames.Count, count);
        for (var i = 0; i < count; i++)
        {
            var id = ++_projects;
            var name = SyntheticNames.ProjectNames[names[i]];
            var targetGroups = Flags(random, SyntheticNames.TargetGroups, random.Between(1, 3));
            var serviceAreas = Flags(random, SyntheticNames.ServiceAreas, random.Between(1, 2));
            var startsOn = new DateOnly(_firstDay.Year, _firstDay.Month, 1).AddMonths(random.Between(-12, Math.Max(-12, _spec.Months - 3)));
            var endsOn = startsOn.AddMonths(random.Between(6, 36)).AddDays(-1);
            var status = random.Chance(0.03) ? ProjectStatus.Suspended
                : random.Chance(0.02) ? ProjectStatus.Cancelled
                : startsOn > _lastDay ? ProjectStatus.Pipeline
                : endsOn < _lastDay.AddMonths(-3) ? ProjectStatus.Closed
                : endsOn < _lastDay ? ProjectStatus.Finalisation
                : ProjectStatus.Implementation;
            var kind = random.Chance(0.85) ? ProjectKind.Project : random.Chance(0.66) ? ProjectKind.Plan : ProjectKind.Platform;

            // Every brand carries at least one project; later projects mostly fall under one of them too.
            int? brandId = i < brands.Count ? brands[i] : random.Chance(0.7) ? random.Pick(brands) : null;
            var support = (ContributionKinds)(1 << random.Next(5)) | (random.Chance(0.4) ? (ContributionKinds)(1 << random.Next(5)) : ContributionKinds.None);
            sink.Row(SyntheticTables.Projects)
                .Add(id).Add(name).Add((int)kind).Add(stationId).Add(brandId)
                .Add($"{name}面向辖区{Labels(targetGroups, SyntheticNames.TargetGroups)}，开展{Labels(serviceAreas, SyntheticNames.ServiceAreas)}服务。")
                .Add(targetGroups).Add(serviceAreas).Add(startsOn).Add(endsOn).Add(random.Between(200, 3_000) * 100m).Add((int)support).Add((int)status)
                .Add((int)(random.Chance(0.8) ? Visibility.Public : Visibility.Internal))
                .End();
            projects.Add((id, startsOn, endsOn));

            foreach (var community in random.Distinct(place.Communities.Count, random.Between(1, 3)).Select(k => place.Communities[k]).OrderBy(c => c.Id))
            {
                sink.Row(SyntheticTables.ProjectCommunities).Add(id).Add(community.Id).End();
            }

            Components(sink, random, id);
            Results(sink, random, id);
        }

        return projects;
    }

    private void Components(SyntheticRowSink sink, SyntheticRandom random, int projectId)
    {
        var groups = random.Between(0, 3);
        if (groups == 0)
        {
            return;
        }

        var block = ++_components;
        sink.Row(SyntheticTables.ProjectComponents)
            .Add(block).Add(projectId).Null().Add(random.Pick(SyntheticNames.BlockNames)).Add((int)ProjectComponentKind.Block).Null().Add(1)
            .End();
        foreach (var (index, order) in random.Distinct(SyntheticNames.GroupNames.Count, groups).Select((index, order) => (index, order)))
        {
            sink.Row(SyntheticTables.ProjectComponents)
                .Add(++_components).Add(projectId).Add(block).Add(SyntheticNames.GroupNames[index]).Add((int)ProjectComponentKind.Group)
                .Add(random.Chance(0.5) ? "每月开展两次小组活动。" : null).Add(order + 2)
                .End();
        }
    }

    private void Results(SyntheticRowSink sink, SyntheticRandom random, int projectId)
    {
        var target = random.Between(2, 20) * 10m;
        sink.Row(SyntheticTables.ProjectResults)
            .Add(++_results).Add(projectId).Add((int)ResultKind.Output).Add(random.Pick(SyntheticNames.OutputResults)).Add("次")
            .Add(0m).Add(target).Add(Math.Round(target * (decimal)random.Uniform(0.6, 1.2)))
            .End();
        if (random.Chance(0.5))
        {
            var baseline = random.Between(50, 70);
            sink.Row(SyntheticTables.ProjectResults)
                .Add(++_results).Add(projectId).Add((int)ResultKind.Outcome).Add(random.Pick(SyntheticNames.OutcomeResults)).Add("%")
                .Add((decimal)baseline).Add((decimal)random.Between(80, 95)).Add(random.Chance(0.2) ? null : (decimal)(baseline + random.Between(5, 35)))
                .End();
        }
    }

    private List<(int Id, PartnerKind Kind)> Partnerships(
        SyntheticRowSink sink, SyntheticRandom random, int stationId, IReadOnlyList<(int Id, PartnerKind Kind)> pool, List<(int Id, DateOnly StartsOn, DateOnly EndsOn)> projects)
    {
        var partners = new List<(int Id, PartnerKind Kind)>();
        foreach (var (partnerId, kind) in random.Distinct(pool.Count, random.Between(2, 5)).Select(i => pool[i]).OrderBy(p => p.Id))
        {
            partners.Add((partnerId, kind));
            sink.Row(SyntheticTables.Partnerships).Add(++_partnerships).Add(stationId).Add(partnerId).Add(random.Chance(0.3) ? "签订共建协议，长期合作。" : null).End();
            for (var c = random.Between(0, 2); c > 0; c--)
            {
                var contribution = ContributionKindOf(kind, random);
                decimal? value = contribution switch
                {
                    ContributionKinds.Funds => random.Between(20, 1_000) * 100m,
                    ContributionKinds.Goods => random.Between(50, 2_000) * 10m,
                    _ => null,
                };
                sink.Row(SyntheticTables.Contributions)
                    .Add(++_contributions).Add(partnerId).Add(stationId).Add(random.Chance(0.5) ? random.Pick(projects).Id : null)
                    .Add((int)contribution).Add(value).Add(RandomDay(random, _firstDay, _lastDay)).Add(ContributionLabel(contribution))
                    .End();
            }
        }

        return partners;
    }

    private void Extras(
        SyntheticRowSink sink, SyntheticRandom random, int stationId, string stationName, StationPlace place, IReadOnlyList<(int Id, PartnerKind Kind)> pool,
        List<(int Id, PartnerKind Kind)> partners, List<(int Id, DateOnly StartsOn, DateOnly EndsOn)> projects)
    {
        // A hub serves the communities of all its streets, and two streets may have communities of one name.
        var teamNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var community in random.Distinct(place.Communities.Count, random.Between(1, 3)).Select(k => place.Communities[k]))
        {
            var focus = random.Pick(SyntheticNames.TeamFocus);
            sink.Row(SyntheticTables.VolunteerTeams)
                .Add(++_teams).Add(Unique(teamNames, $"{community.ShortName}{focus}志愿服务队")).Add(stationId).Add(community.Id).Add(focus).Add(random.Between(10, 80))
                .Add(string.Create(CultureInfo.InvariantCulture, $"{random.Between(2015, _firstDay.Year):D4}-{random.Between(1, 12):D2}"))
                .End();
        }

        if (random.Chance(0.3))
        {
            var community = random.Pick(place.Communities);
            // A fund's foundation works with its station: one of the station's own foundations, or the district's first, which then becomes its partner.
            var own = partners.FindIndex(p => p.Kind == PartnerKind.Foundation);
            var foundation = own >= 0 ? partners[own].Id : pool.First(p => p.Kind == PartnerKind.Foundation).Id;
            if (own < 0)
            {
                partners.Add((foundation, PartnerKind.Foundation));
                sink.Row(SyntheticTables.Partnerships).Add(++_partnerships).Add(stationId).Add(foundation).Add("共同发起社区基金。").End();
            }

            sink.Row(SyntheticTables.CommunityFunds)
                .Add(++_funds).Add($"{community.ShortName}社区基金").Add(stationId).Add(community.Id).Add(foundation)
                .Add(random.Between(2018, _lastDay.Year).ToString("D4", CultureInfo.InvariantCulture))
                .End();
        }

        if (random.Chance(0.2))
        {
            var year = random.Between(_firstDay.Year, _lastDay.Year);
            var (projectId, _, _) = random.Pick(projects);
            sink.Row(SyntheticTables.Awards)
                .Add(++_awards).Add(string.Create(CultureInfo.InvariantCulture, $"{year}年度优秀社工站服务项目")).Add(stationId).Add(projectId)
                .Add(random.Pick(SyntheticNames.AwardGrades)).Add(random.Pick(SyntheticNames.Grantors)).Add(RandomDay(random, new DateOnly(year, 1, 1), year == _lastDay.Year ? _lastDay : new DateOnly(year, 12, 31)))
                .End();
        }

        for (var n = random.Between(1, 3); n > 0; n--)
        {
            var published = RandomDay(random, _firstDay, _lastDay);
            var video = random.Chance(0.2);
            sink.Row(SyntheticTables.MediaReports)
                .Add(++_media).Add(stationId).Add((int)(video ? MediaKind.Video : MediaKind.Article)).Add(random.Pick(SyntheticNames.Outlets))
                .Add($"{stationName}开展“{SyntheticNames.MonthThemes[published.Month - 1]}”活动").Add(random.Chance(0.5) ? "通讯员" : null)
                .Add(published).Null().Add(1)
                .End();
        }
    }

    private void Activities(
        SyntheticRowSink sink, SyntheticRandom random, int stationId, StationPlace place, List<(int Id, DateOnly StartsOn, DateOnly EndsOn)> projects,
        List<int> partners, int fromMonth, int toMonth, double size)
    {
        var perMonth = 1.5 * Math.Sqrt(size);
        for (var m = fromMonth; m < toMonth; m++)
        {
            var monthStart = _firstDay.AddMonths(m);
            for (var n = random.Count(perMonth); n > 0; n--)
            {
                var kind = ActivityKinds[random.PickWeighted(ActivityKindWeights)];
                var day = monthStart.AddDays(random.Next(DateTime.DaysInMonth(monthStart.Year, monthStart.Month)));
                var community = random.Pick(place.Communities);
                var active = projects.Where(p => p.StartsOn <= day && day <= p.EndsOn).ToList();
                int? projectId = active.Count > 0 && random.Chance(0.6) ? random.Pick(active).Id : null;
                var (participants, volunteers) = kind switch
                {
                    ActivityKind.CaseWork => (random.Between(1, 3), 0),
                    ActivityKind.GroupWork => (random.Between(6, 15), 0),
                    ActivityKind.CommunityWork => (random.Between(20, 120), random.Chance(0.5) ? random.Between(2, 15) : 0),
                    ActivityKind.ThemedActivity => (random.Between(30, 200), random.Chance(0.5) ? random.Between(2, 15) : 0),
                    ActivityKind.VolunteerService => (random.Between(10, 60), random.Between(5, 30)),
                    ActivityKind.HomeVisit => (random.Between(3, 20), 0),
                    ActivityKind.NeedsSurvey => (random.Between(10, 80), 0),
                    ActivityKind.Supervision => (random.Between(3, 10), 0),
                    ActivityKind.Training => (random.Between(8, 40), 0),
                    _ => (random.Between(50, 300), random.Chance(0.3) ? random.Between(2, 10) : 0),
                };
                var id = ++_activities;
                var recordedAt = day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc).AddMinutes(random.Between(0, 72 * 60));
                sink.Row(SyntheticTables.Activities)
                    .Add(id).Add(stationId).Add(projectId).Add((int)kind).Add(ActivityTitle(kind, random, community, day)).Add(day).Add(community.Name).Add(community.Id)
                    .Add(participants).Add(volunteers > 0 ? volunteers : null).Add(volunteers > 0 ? volunteers * random.Between(3, 8) / 2m : null).Add(recordedAt)
                    .End();
                if (partners.Count > 0 && random.Chance(0.15))
                {
                    sink.Row(SyntheticTables.ActivityPartners).Add(id).Add(random.Pick(partners)).End();
                }
            }
        }
    }

    private static string ActivityTitle(ActivityKind kind, SyntheticRandom random, SyntheticRegion community, DateOnly day) => kind switch
    {
        ActivityKind.CaseWork => $"{community.Name}{random.Pick(SyntheticNames.TargetGroups).Label}个案跟进",
        ActivityKind.GroupWork => $"{community.Name}{random.Pick(SyntheticNames.GroupNames)}活动",
        ActivityKind.CommunityWork => $"{community.Name}{random.Pick(SyntheticNames.CommunityEvents)}",
        ActivityKind.ThemedActivity => $"“{SyntheticNames.MonthThemes[day.Month - 1]}”主题活动",
        ActivityKind.VolunteerService => $"{community.Name}志愿服务日",
        ActivityKind.HomeVisit => $"{community.Name}困境群体入户走访",
        ActivityKind.NeedsSurvey => $"{community.Name}居民需求调研",
        ActivityKind.Supervision => "社工专业督导会",
        ActivityKind.Training => "社工能力提升培训",
        _ => $"社工宣传周（{community.Name}）",
    };

    private static ContributionKinds ContributionKindOf(PartnerKind kind, SyntheticRandom random) => kind switch
    {
        PartnerKind.Foundation => ContributionKinds.Funds,
        PartnerKind.Enterprise => random.Chance(0.5) ? ContributionKinds.Funds : ContributionKinds.Goods,
        PartnerKind.Shop => random.Chance(0.7) ? ContributionKinds.Goods : ContributionKinds.Venue,
        PartnerKind.University => random.Chance(0.5) ? ContributionKinds.ProfessionalServices : ContributionKinds.Volunteers,
        PartnerKind.Hospital => ContributionKinds.ProfessionalServices,
        PartnerKind.School => random.Chance(0.5) ? ContributionKinds.Venue : ContributionKinds.Volunteers,
        PartnerKind.SocialOrganization => random.Chance(0.5) ? ContributionKinds.Volunteers : ContributionKinds.ProfessionalServices,
        PartnerKind.GovernmentUnit => random.Chance(0.5) ? ContributionKinds.Venue : ContributionKinds.Funds,
        PartnerKind.CommunityGroup => random.Chance(0.7) ? ContributionKinds.Volunteers : ContributionKinds.Venue,
        _ => ContributionKinds.Goods,
    };

    private static string ContributionLabel(ContributionKinds kind) => kind switch
    {
        ContributionKinds.Funds => "捐赠资金",
        ContributionKinds.Goods => "捐赠物资",
        ContributionKinds.Venue => "提供活动场地",
        ContributionKinds.Volunteers => "派出志愿者",
        _ => "提供专业服务",
    };

    private static string KindLabel(PartnerKind kind) => kind switch
    {
        PartnerKind.Enterprise => "企业",
        PartnerKind.Shop => "商户",
        PartnerKind.University => "高校",
        PartnerKind.Hospital => "医院",
        PartnerKind.School => "学校",
        PartnerKind.Foundation => "基金会",
        PartnerKind.SocialOrganization => "社会组织",
        PartnerKind.GovernmentUnit => "政府部门",
        PartnerKind.CommunityGroup => "社区组织",
        _ => "单位",
    };

    /// <summary>Distinct flags drawn by weight (bit i is entry i).</summary>
    private static long Flags(SyntheticRandom random, IReadOnlyList<(string Label, int Weight)> entries, int count)
    {
        var weights = entries.Select(e => e.Weight).ToArray();
        var flags = 0L;
        for (var picked = 0; picked < count;)
        {
            var bit = random.PickWeighted(weights);
            if ((flags & (1L << bit)) == 0)
            {
                flags |= 1L << bit;
                picked++;
            }
        }

        return flags;
    }

    private static string Labels(long flags, IReadOnlyList<(string Label, int Weight)> entries) =>
        string.Join("、", entries.Where((_, bit) => (flags & (1L << bit)) != 0).Select(e => e.Label));

    /// <summary>The name, or when it is taken already the name with （2）, （3）… that is not.</summary>
    private static string Unique(HashSet<string> taken, string name)
    {
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{name}（{n}）");
        }

        return unique;
    }

    private static DateOnly RandomDay(SyntheticRandom random, DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>Where a station sits: its region (a street, or the district for the hub), its district, funder, operator and the communities it serves.</summary>
    private sealed record StationPlace(SyntheticRegion Region, SyntheticRegion District, bool IsHub, int FunderId, int OperatorId, IReadOnlyList<SyntheticRegion> Communities);
}
