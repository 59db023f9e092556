namespace Hub.Data.Model;

public enum PartnerKind
{
    Enterprise = 1,
    Shop = 2,
    University = 3,
    Hospital = 4,
    School = 5,
    Foundation = 6,
    SocialOrganization = 7,
    GovernmentUnit = 8,
    CommunityGroup = 9,
    Other = 99,
}
