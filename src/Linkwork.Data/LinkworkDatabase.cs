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
            // SQLite rebuilds a table to change its columns, which needs foreign keys off outside the migration's
            // transaction; EF warns about that on every new database. The rebuilds are EF's own and were reviewed.
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
                .ConfigureWarnings(warnings => warnings.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning))
                .AddInterceptors(SqliteDurableWrites.Instance),
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
