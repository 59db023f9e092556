namespace Hub.Tests.Infrastructure;

public enum DatabaseKind
{
    Sqlite,
    MariaDb,
}
