namespace Hub.Data.Model;

/// <summary>Who a project serves. Stored as bit flags so that "projects serving X" is one indexed SQL predicate.</summary>
[Flags]
#pragma warning disable CA1711 // "Groups" is the domain word, not a collection suffix.
public enum TargetGroups : long
#pragma warning restore CA1711
{
    None = 0,
    Elderly = 1L << 0,
    EmptyNestElderly = 1L << 1,
    ElderlyLivingAlone = 1L << 2,
    Children = 1L << 3,
    Youth = 1L << 4,
    Women = 1L << 5,
    Families = 1L << 6,
    Disabled = 1L << 7,
    IntellectualDisability = 1L << 8,
    MentalDisability = 1L << 9,
    SubsistenceAllowance = 1L << 10,
    ExtremePoverty = 1L << 11,
    RelocatedResidents = 1L << 12,
    Caregivers = 1L << 13,
    LowIncome = 1L << 14,
    Residents = 1L << 15,
    Volunteers = 1L << 16,
    MigrantChildren = 1L << 17,
}
