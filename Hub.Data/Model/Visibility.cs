namespace Hub.Data.Model;

public enum Visibility
{
    Public = 1,
    Internal = 2,
}
