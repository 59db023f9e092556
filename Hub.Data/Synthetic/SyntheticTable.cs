namespace Hub.Data.Synthetic;

/// <summary>
/// One table the generator fills: the EF entity type (by CLR type, or by name for the many-to-many
/// join tables) and the properties each row gives, in order. Table and column names come from the
/// EF model when writing, so they follow the configurations.
/// </summary>
internal sealed class SyntheticTable(int order, string entityName, params string[] properties)
{
    /// <summary>Position in <see cref="SyntheticTables.All"/>: a table is written only after every table before it, so foreign keys always find their rows.</summary>
    public int Order { get; } = order;

    /// <summary>The EF entity type name: the CLR type's full name, or the shared-type name of a join table.</summary>
    public string EntityName { get; } = entityName;

    public IReadOnlyList<string> Properties { get; } = properties;

    public override string ToString() => EntityName;
}
