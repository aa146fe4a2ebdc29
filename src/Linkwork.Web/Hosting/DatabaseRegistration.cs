using Linkwork.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Hosting;

public static class DatabaseRegistration
{
    public const string ConnectionStringName = "Linkwork";

    /// <summary>
    /// Registers the one DbContext, pooled: a request borrows a context that is reset after use rather than built
    /// afresh, and the options are made once. The provider is read when the first context is made, not at
    /// start-up, so hosts and tests that add configuration late are honoured.
    /// </summary>
    public static IServiceCollection AddLinkworkDatabase(this IServiceCollection services)
    {
        services.AddDbContextPool<LinkworkDbContext>((provider, options) =>
        {
            var (database, connectionString) = Resolve(
                provider.GetRequiredService<IOptions<LinkworkSettings>>().Value,
                provider.GetRequiredService<IConfiguration>());
            options.UseLinkworkDatabase(database, connectionString)
                .AddInterceptors(provider.GetRequiredService<Fhir.Subscriptions.PathwayMoveSaved>());
        });
        services.AddHostedService<SqlitePlannerStatistics>();
        return services;
    }

    public static (DatabaseProvider Provider, string ConnectionString) Resolve(LinkworkSettings settings, IConfiguration configuration)
    {
        var provider = settings.Database.Provider;
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(configured))
            {
                throw new InvalidOperationException(
                    "Linkwork__Database__Provider is Postgres but no connection string is set: set ConnectionStrings__Linkwork, for example \"Host=127.0.0.1;Database=linkwork;Username=linkwork;Password=...\".");
            }

            return (provider, configured);
        }

        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (provider, configured);
        }

        var directory = Path.GetFullPath(settings.DataDirectory);
        Directory.CreateDirectory(directory);
        return (provider, LinkworkDatabase.SqliteConnectionStringFor(directory));
    }
}
