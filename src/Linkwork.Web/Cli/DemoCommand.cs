using System.CommandLine;
using Linkwork.Web.Cli.Demo;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Cli;

public static class DemoCommand
{
    public const int DefaultPeople = 300;
    public const int DefaultServices = 400;
    public const int DefaultSeed = 2026;

    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "How many people the programme supports.", DefaultValueFactory = _ => DefaultPeople };
        var services = new Option<int>("--services") { Description = "How many community services the directory lists (up to 1,000,000 and more).", DefaultValueFactory = _ => DefaultServices };
        var seed = new Option<int>("--seed") { Description = "The same seed makes the same programme.", DefaultValueFactory = _ => DefaultSeed };
        var command = new Command("demo", "Create a realistic demo programme in Rotherham's bounding box, with a sign-in for each role.")
        {
            people, services, seed,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = CommandHost.Build(parse);
            await DatabaseMigrator.MigrateAsync(app.Services, cancellationToken);
            var size = new DemoSize(parse.GetValue(people), parse.GetValue(services), parse.GetValue(seed));
            await SeedWithProgressAsync(app.Services, size, cancellationToken);
            DemoSignIns.Print(Console.Out);
            return 0;
        });
        return command;
    }

    public static async Task SeedWithProgressAsync(IServiceProvider services, DemoSize size, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(services);
        var bar = new TerminalProgress();
        await seeder.SeedAsync(size, bar.For<DemoSeeder.Progress>(p => (p.What, p.Done, p.Total)), cancellationToken);
        bar.Done();
        Console.WriteLine($"Demo programme created: {size.Services:N0} services, {size.People:N0} people (seed {size.Seed}) in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:N1} s.");
    }
}
