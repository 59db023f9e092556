using GraphQL;
using GraphQL.Types;

namespace Hub.Schema.Scalars;

/// <summary>A GraphQL enum of the single flags of a [Flags] enum, its zero value left out; lists of it stand for a combination.</summary>
public abstract class FlagsEnumerationGraphType<TEnum> : EnumerationGraphType
    where TEnum : struct, Enum
{
    protected FlagsEnumerationGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        foreach (var flag in FlagSet.Of<TEnum>())
        {
            Add(flag.ToString().ToConstantCase(), flag);
        }
    }
}
