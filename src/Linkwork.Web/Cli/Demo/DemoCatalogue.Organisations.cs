using System.Collections.Immutable;

namespace Linkwork.Web.Cli.Demo;

/// <summary>An organisation that refers people to the programme, such as a GP practice or hospital team.</summary>
public sealed record DemoReferrer(string Name, string Description);

public static partial class DemoCatalogue
{
    public const string ProgrammeName = "Rotherham Social Prescribing (demo)";
    public const string ProgrammeTeamName = "Rotherham Social Prescribing Service";

    public const string ProgrammeTeamDescription =
        "The borough's team of social prescribing link workers, working alongside GP practices and primary care networks " +
        "to connect people with community groups, advice and activities that help them take control of their health and wellbeing.";

    /// <summary>
    /// Invented practices and teams with names of the kind found in any English borough. The GP practice comes
    /// first because the demo referrer's sign-in belongs to the first referrer organisation.
    /// </summary>
    public static ImmutableArray<DemoReferrer> Referrers { get; } =
    [
        new("Clifton Medical Practice", "A GP practice of eight partners serving Clifton, Eastwood and the town centre."),
        new("Rawmarsh Family Practice", "A GP training practice serving Rawmarsh, Parkgate and Kilnhurst."),
        new("Maltby Group Practice", "A GP practice with a branch surgery, serving Maltby and the surrounding villages."),
        new("Dearne Valley Medical Group", "GP practices in Wath-upon-Dearne and Swinton working as one primary care network."),
        new("Wickersley and Bramley Surgery", "A GP practice serving Wickersley, Bramley and Sunnyside."),
        new("Dinnington Village Surgery", "A GP practice serving Dinnington, Anston and the Rother Valley villages."),
        new("Rotherham General Hospital – Integrated Discharge Team", "Nurses, therapists and social workers who plan safe discharges home from hospital."),
        new("Rotherham Community Frailty Team", "A multidisciplinary team supporting older people living with frailty to stay well at home."),
    ];
}
