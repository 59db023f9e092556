namespace Hub.Data.Model;

public enum Sensitivity
{
    Public = 1,
    Internal = 2,
    Restricted = 3,
}
