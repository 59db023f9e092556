namespace Hub.Data;

public enum DatabaseProvider
{
    Sqlite = 1,
    MySql = 2,
}
