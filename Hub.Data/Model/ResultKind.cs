namespace Hub.Data.Model;

/// <summary>IATI result type.</summary>
public enum ResultKind
{
    Output = 1,
    Outcome = 2,
}
