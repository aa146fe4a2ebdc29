using Linkwork.Web.Cli;
using Linkwork.Web.Hosting;

namespace Linkwork.Web;

public sealed class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (StartedByHostTooling(args))
        {
            // WebApplicationFactory and `dotnet ef` start the entry point with host settings only
            // (--applicationName=..., --environment=...) and take over the host when it is built.
            await LinkworkWebApp.Build(args).RunAsync();
            return 0;
        }

        return await LinkworkCli.InvokeAsync(args);
    }

    private static bool StartedByHostTooling(string[] args) =>
        args.Length > 0
        && args.All(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))
        && args.Any(a => a.StartsWith("--applicationName=", StringComparison.OrdinalIgnoreCase));
}
