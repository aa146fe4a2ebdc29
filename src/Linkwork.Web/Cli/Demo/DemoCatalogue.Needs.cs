using System.Collections.Immutable;
using Linkwork.Domain.Directory;

namespace Linkwork.Web.Cli.Demo;

public static partial class DemoCatalogue
{
    /// <summary>Every need category, in declaration order.</summary>
    public static ImmutableArray<NeedCategory> Needs { get; } = [.. Enum.GetValues<NeedCategory>()];

    /// <summary>The organisations, services, schedules and costs typical of one need category.</summary>
    public static NeedProfile Need(NeedCategory need) => need switch
    {
        NeedCategory.Food => Food,
        NeedCategory.Housing => Housing,
        NeedCategory.DebtAndBenefits => DebtAndBenefits,
        NeedCategory.Legal => Legal,
        NeedCategory.Transport => Transport,
        NeedCategory.Exercise => Exercise,
        NeedCategory.Walking => Walking,
        NeedCategory.Arts => Arts,
        NeedCategory.NatureAndGardening => NatureAndGardening,
        NeedCategory.Volunteering => Volunteering,
        NeedCategory.BefriendingAndGroups => BefriendingAndGroups,
        NeedCategory.MentalHealthCounselling => MentalHealthCounselling,
        NeedCategory.DigitalInclusion => DigitalInclusion,
        NeedCategory.Carers => Carers,
        NeedCategory.JobTraining => JobTraining,
        _ => throw new ArgumentOutOfRangeException(nameof(need), need, null),
    };

    // The helpers below are methods and expression-bodied properties rather than fields on purpose: the
    // profiles live in other parts of this partial class, and C# leaves the order in which the parts'
    // static fields are initialised unspecified, so a profile must never read another part's field.
    private static ImmutableArray<DayOfWeek> Weekdays =>
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static ImmutableArray<DayOfWeek> MondayToThursday =>
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday];

    private static ImmutableArray<DayOfWeek> TuesdayAndThursday => [DayOfWeek.Tuesday, DayOfWeek.Thursday];

    private static ImmutableArray<DayOfWeek> MondayToSaturday =>
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];

    /// <summary>Open on every one of the given days.</summary>
    private static ScheduleShape Every(ImmutableArray<DayOfWeek> days, int opensHour, int opensMinute, int closesHour, int closesMinute) =>
        new(days, days.Length, new TimeOnly(opensHour, opensMinute), new TimeOnly(closesHour, closesMinute));

    /// <summary>Open on one of the given days, chosen per service.</summary>
    private static ScheduleShape OneOf(ImmutableArray<DayOfWeek> days, int opensHour, int opensMinute, int closesHour, int closesMinute) =>
        new(days, 1, new TimeOnly(opensHour, opensMinute), new TimeOnly(closesHour, closesMinute));

    private static ScheduleShape On(DayOfWeek day, int opensHour, int opensMinute, int closesHour, int closesMinute) =>
        new([day], 1, new TimeOnly(opensHour, opensMinute), new TimeOnly(closesHour, closesMinute));

    // Service templates: the name, the index of the usual schedule in the profile's Schedules, the summary and,
    // for services that may charge, what they cost.
    private static ServiceTemplate Adults(string name, int schedule, string summary, string? cost = null) =>
        new(name, summary, 18, ServiceDetailsRules.MaxAge, schedule, cost);

    private static ServiceTemplate From(int minimumAge, string name, int schedule, string summary, string? cost = null) =>
        new(name, summary, minimumAge, ServiceDetailsRules.MaxAge, schedule, cost);

    private static ServiceTemplate Ages(int minimumAge, int maximumAge, string name, int schedule, string summary, string? cost = null) =>
        new(name, summary, minimumAge, maximumAge, schedule, cost);

    private static AreaPhrase After(string text) => new("", text);
}
