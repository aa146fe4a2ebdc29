using Linkwork.Domain.Common;

namespace Linkwork.Domain.Measures;

/// <summary>
/// One line of a programme's measures schedule: an instrument (by its id, such as "swemwbs") at a timepoint. A
/// follow-up says how many weeks after the plan was agreed it falls due.
/// </summary>
public sealed record ScheduledMeasure(string InstrumentId, Timepoint Timepoint, int? WeeksAfterPlan = null)
{
    public const int InstrumentIdMaxLength = 40;
    public const int MaxWeeksAfterPlan = 104;

    /// <summary>The line as given, or a rule it breaks.</summary>
    public ScheduledMeasure Checked()
    {
        var id = Text.Required(InstrumentId, "The instrument", InstrumentIdMaxLength);
        if (!id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new DomainRuleException($"An instrument is named by its id in lower case, such as swemwbs or ucla3; '{InstrumentId}' is not one.");
        }

        if (!Enum.IsDefined(Timepoint))
        {
            throw new DomainRuleException($"'{Timepoint}' is not a timepoint: Baseline, FollowUp or Discharge.");
        }

        return Timepoint == Timepoint.FollowUp
            ? WeeksAfterPlan is >= 1 and <= MaxWeeksAfterPlan
                ? this with { InstrumentId = id }
                : throw new DomainRuleException($"A follow-up of {id} needs the weeks after the plan was agreed, 1 to {MaxWeeksAfterPlan}.")
            : WeeksAfterPlan is null
                ? this with { InstrumentId = id }
                : throw new DomainRuleException($"Only a follow-up falls due weeks after the plan; the {Timepoint} of {id} has no weeks.");
    }
}
