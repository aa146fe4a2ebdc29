using Linkwork.Web.Cli.Demo;

namespace Linkwork.Web.Cli;

public static class DemoSignIns
{
    public static void Print(TextWriter output)
    {
        output.WriteLine("Demo sign-ins (password for all: " + DemoAccounts.Password + "):");
        foreach (var account in DemoAccounts.All)
        {
            output.WriteLine($"  {account.Role,-14} {account.Email}");
        }
    }
}
