using Linkwork.Domain.Access;

namespace Linkwork.Web.Cli.Demo;

/// <summary>The demo programme's sign-ins: one per role, all with the same published demo password.</summary>
public static class DemoAccounts
{
    /// <summary>Public by design: the demo is for trying Linkwork out, never for real people's data.</summary>
    public const string Password = "demo-linkwork-2026";

    public sealed record Account(Role Role, string Email, string DisplayName);

    public static IReadOnlyList<Account> All { get; } =
    [
        new(Role.LinkWorker, "linkworker@demo.linkwork.test", "Amira Khan"),
        new(Role.Supervisor, "supervisor@demo.linkwork.test", "Gareth Holmes"),
        new(Role.Referrer, "referrer@demo.linkwork.test", "Dr Priya Shah"),
        new(Role.ProviderStaff, "provider@demo.linkwork.test", "Lucy Barker"),
        new(Role.Analyst, "analyst@demo.linkwork.test", "Tomasz Nowak"),
        new(Role.Administrator, "admin@demo.linkwork.test", "Sam Whitfield"),
        new(Role.Person, "person@demo.linkwork.test", "(the first demo person)"),
    ];

    /// <summary>The rest of the link-worker team, so a supervisor has a team to oversee. Not printed at start-up.</summary>
    public static IReadOnlyList<Account> MoreLinkWorkers { get; } =
    [
        new(Role.LinkWorker, "bilal.hussain@demo.linkwork.test", "Bilal Hussain"),
        new(Role.LinkWorker, "joanne.pearson@demo.linkwork.test", "Joanne Pearson"),
        new(Role.LinkWorker, "katarzyna.wisniewska@demo.linkwork.test", "Katarzyna Wiśniewska"),
    ];

    public static Account For(Role role) => All.Single(a => a.Role == role);
}
