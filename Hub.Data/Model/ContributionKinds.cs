namespace Hub.Data.Model;

[Flags]
public enum ContributionKinds
{
    None = 0,
    Funds = 1 << 0,
    Goods = 1 << 1,
    Venue = 1 << 2,
    Volunteers = 1 << 3,
    ProfessionalServices = 1 << 4,
}
