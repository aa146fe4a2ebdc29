using Microsoft.EntityFrameworkCore.Design;

namespace Linkwork.Data.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model; no server is contacted to add a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<LinkworkDbContext>
{
    public LinkworkDbContext CreateDbContext(string[] args) =>
        new(LinkworkDatabase.OptionsFor(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=linkwork_design"));
}
