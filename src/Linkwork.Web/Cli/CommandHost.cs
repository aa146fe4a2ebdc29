using System.CommandLine;
using Linkwork.Domain.Access;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Cli;

/// <summary>Builds the same host the server uses, so commands run the same use cases against the same database.</summary>
public static class CommandHost
{
    public static WebApplication Build(ParseResult parse, string? urls = null, bool quiet = true) =>
        LinkworkWebApp.Build([], builder =>
        {
            if (parse.GetValue(CommonOptions.Data) is { } data)
            {
                builder.Configuration[$"{LinkworkSettings.Section}:DataDirectory"] = data;
            }

            if (urls is not null)
            {
                builder.WebHost.UseUrls(urls);
            }

            if (quiet)
            {
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
            }
        });

    /// <summary>
    /// Runs one use case the way every command does: build the host, bring the database up to date, and call
    /// the handler in a scope whose audit lines say the command line did it.
    /// </summary>
    public static async Task<int> RunAsync<THandler>(ParseResult parse, Func<THandler, Task> work, CancellationToken cancellationToken)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(work);
        return await RunAsync(parse, async services =>
        {
            await work(services.GetRequiredService<THandler>());
            return 0;
        }, cancellationToken);
    }

    /// <summary>The same, for commands that use several services and choose their own exit code.</summary>
    public static async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, Task<int>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var app = Build(parse);
        await DatabaseMigrator.MigrateAsync(app.Services, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditTrail>().CommandLineActor = (AuditActorKind.System, null, "cli");
        return await work(scope.ServiceProvider);
    }
}
