namespace Linkwork.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
