using Linkwork.Domain.Common;

namespace Linkwork.Domain.Programmes;

/// <summary>
/// What a programme calls each role. Social prescribing names the same jobs differently from country to
/// country ("link worker", "community connector", "well-being coach"), so titles are settings.
/// </summary>
public sealed record RoleTitles
{
    public const int MaxLength = 80;

    public RoleTitles(string linkWorker, string referrer, string supervisor, string providerStaff, string person, string analyst)
    {
        LinkWorker = Text.Required(linkWorker, "The link worker's title", MaxLength);
        Referrer = Text.Required(referrer, "The referrer's title", MaxLength);
        Supervisor = Text.Required(supervisor, "The supervisor's title", MaxLength);
        ProviderStaff = Text.Required(providerStaff, "The provider staff title", MaxLength);
        Person = Text.Required(person, "The title for the person supported", MaxLength);
        Analyst = Text.Required(analyst, "The analyst's title", MaxLength);
    }

    public static RoleTitles EnglandDefaults { get; } = new(
        linkWorker: "Social prescribing link worker",
        referrer: "Referrer",
        supervisor: "Supervisor",
        providerStaff: "Community organisation staff",
        person: "Person",
        analyst: "Commissioner");

    public string LinkWorker { get; }
    public string Referrer { get; }
    public string Supervisor { get; }
    public string ProviderStaff { get; }
    public string Person { get; }
    public string Analyst { get; }

    public string For(Access.Role role) => role switch
    {
        Access.Role.LinkWorker => LinkWorker,
        Access.Role.Referrer => Referrer,
        Access.Role.Supervisor => Supervisor,
        Access.Role.ProviderStaff => ProviderStaff,
        Access.Role.Person => Person,
        Access.Role.Analyst => Analyst,
        Access.Role.Administrator => "Administrator",
        Access.Role.IntegratingSystem => "Integrating system",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
