using Microsoft.EntityFrameworkCore;

namespace Linkwork.Data;

/// <summary>Points a DbContext at one of the two providers, with that provider's migrations.</summary>
public static class LinkworkDatabase
{
    public const string SqliteMigrationsAssembly = "Linkwork.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "Linkwork.Data.Postgres";

    public static DbContextOptionsBuilder UseLinkworkDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    public static string SqliteConnectionStringFor(string dataDirectory) =>
        $"Data Source={Path.Combine(dataDirectory, "linkwork.db")};Foreign Keys=True";

    public static DbContextOptions<LinkworkDbContext> OptionsFor(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<LinkworkDbContext>();
        builder.UseLinkworkDatabase(provider, connectionString);
        return builder.Options;
    }
}
