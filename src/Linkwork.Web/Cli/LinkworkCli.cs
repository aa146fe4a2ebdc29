using System.CommandLine;
using Linkwork.Domain.Common;

namespace Linkwork.Web.Cli;

/// <summary>The one entry point: `./linkwork COMMAND`. `./linkwork --help` lists the commands.</summary>
public static class LinkworkCli
{
    public static async Task<int> InvokeAsync(string[] args)
    {
        var root = new RootCommand("Linkwork: an open social prescribing platform.");
        root.Options.Add(CommonOptions.Data);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ProgrammeCommands.Create());
        root.Subcommands.Add(UserCommands.Create());
        root.Subcommands.Add(ApiClientCommands.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        try
        {
            // Our own handler below turns a broken rule into one clear line and exit code 2, not a stack trace.
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (DomainRuleException rule)
        {
            await Console.Error.WriteLineAsync($"error: {rule.Message}");
            return 2;
        }
        catch (InvalidOperationException invalid) when (invalid.Message.StartsWith("Linkwork__", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"error: {invalid.Message}");
            return 2;
        }
    }
}
