using GraphQL.Types;
using Hub.Data.Stations;
using Hub.Schema.Projects;

namespace Hub.Schema.Stations;

/// <summary>The descriptive fields of a station, the same on the create and the update input.</summary>
internal static class StationFields
{
    public static void Descriptive(IInputObjectGraphType input)
    {
        input.AddField(new FieldType { Name = "opened", Type = typeof(StringGraphType), Description = "Opening year or month (\"2021\", \"2021-11\")." });
        input.AddField(new FieldType { Name = "floorAreaM2", Type = typeof(DecimalGraphType), Description = "Floor area in m², at most two decimals." });
        input.AddField(new FieldType { Name = "staffCount", Type = typeof(IntGraphType) });
        input.AddField(new FieldType { Name = "certifiedStaffCount", Type = typeof(IntGraphType), Description = "Staff holding the social worker certificate (持证), at most staffCount." });
        input.AddField(new FieldType { Name = "rooms", Type = typeof(StringGraphType) });
        input.AddField(new FieldType { Name = "address", Type = typeof(StringGraphType) });
        input.AddField(new FieldType { Name = "description", Type = typeof(StringGraphType) });
        input.AddField(new FieldType { Name = "contactPerson", Type = typeof(StringGraphType), Description = $"Whom to ask (联系人), at most {StationContactRules.MaxPersonLength} characters." });
        input.AddField(new FieldType { Name = "contactPhone", Type = typeof(StringGraphType), Description = "A phone number: digits with spaces, hyphens or parentheses and a leading + (\"0531-88886666\")." });
        input.AddField(new FieldType { Name = "contactEmail", Type = typeof(StringGraphType), Description = "One email address (\"station@example.org\")." });
        input.AddField(new FieldType { Name = "contactAddress", Type = typeof(StringGraphType), Description = "Where to write or go to get in touch, when it is not the station's address." });
        input.AddField(new FieldType { Name = "contactVisibility", Type = typeof(VisibilityType), Description = "PUBLIC shows the contact block to everyone; INTERNAL (the default) only to those who may read the station's internal fields. May be left out of a patch, not cleared." });
    }
}
