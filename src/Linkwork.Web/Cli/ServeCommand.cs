using System.CommandLine;
using Linkwork.Data;
using Linkwork.Web.Cli.Demo;
using Linkwork.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Cli;

public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => DefaultUrls };
        var noDemo = new Option<bool>("--no-demo") { Description = "Start empty: do not create the demo programme on first start." };
        var command = new Command("serve", "Migrate the database, create the demo programme on first start, and serve the app.")
        {
            urls, noDemo,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var listenOn = parse.GetValue(urls)!;
            await using var app = CommandHost.Build(parse, listenOn, quiet: false);
            await DatabaseMigrator.MigrateAsync(app.Services, cancellationToken);
            if (!parse.GetValue(noDemo) && !await HasProgrammeAsync(app.Services, cancellationToken))
            {
                await DemoCommand.SeedWithProgressAsync(app.Services, new DemoSize(DemoCommand.DefaultPeople, DemoCommand.DefaultServices, DemoCommand.DefaultSeed), cancellationToken);
            }

            await app.StartAsync(cancellationToken);
            Console.WriteLine($"Linkwork is serving at {string.Join(", ", app.Urls)}");
            if (await HasDemoAccountsAsync(app.Services))
            {
                DemoSignIns.Print(Console.Out);
            }

            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static async Task<bool> HasProgrammeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Programmes.AnyAsync(cancellationToken);
    }

    private static async Task<bool> HasDemoAccountsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        return await users.FindByEmailAsync(DemoAccounts.All[0].Email) is not null;
    }
}
