using System.CommandLine;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Cli;

public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or upgrade the database to the latest schema.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = CommandHost.Build(parse);
            await DatabaseMigrator.MigrateAsync(app.Services, cancellationToken);
            Console.WriteLine("The database is up to date.");
            return 0;
        });
        return command;
    }
}
