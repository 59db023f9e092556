using GraphQL.Types;

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
    }
}
