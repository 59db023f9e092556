namespace Hub.Data.Model;

public enum OrganizationKind
{
    SocialWorkServiceCentre = 1,
    GovernmentDepartment = 2,
    StreetOffice = 3,
    Other = 99,
}
