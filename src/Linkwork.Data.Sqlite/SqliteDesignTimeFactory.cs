using Microsoft.EntityFrameworkCore.Design;

namespace Linkwork.Data.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without starting the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<LinkworkDbContext>
{
    public LinkworkDbContext CreateDbContext(string[] args) =>
        new(LinkworkDatabase.OptionsFor(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
