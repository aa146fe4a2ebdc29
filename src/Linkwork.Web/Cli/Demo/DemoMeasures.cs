using Linkwork.Domain.Measures;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Measures;

namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// The demo's questionnaires: SWEMWBS and UCLA 3-item at assessment, again at the 12-week follow-up for people that long
/// into their plan, and at discharge. Later answers lean a little better than the first, as a programme hopes, but not
/// for everyone; every score comes from the instrument's own scoring, so the charts show what the app would compute.
/// </summary>
internal static class DemoMeasures
{
    private static readonly Lazy<BuiltInInstruments> Instruments = new(BuiltInInstruments.Load);
    private static readonly string[] Measured = ["swemwbs", "ucla3"];
    private const int FollowUpWeeks = 12;

    public static IEnumerable<Administration> AtAssessment(Episode episode, Guid worker, DateTimeOffset at, Random random) =>
        Measured.Select(id => Taken(episode, new ScheduledMeasure(id, Timepoint.Baseline), worker, at, improvement: 0, random));

    /// <summary>The follow-up, when the plan was agreed at least twelve weeks before the demo's moment.</summary>
    public static IEnumerable<Administration> AtFollowUp(Episode episode, Guid worker, DateTimeOffset planAgreed, DateTimeOffset asOf, Random random)
    {
        var due = planAgreed.AddDays(7 * FollowUpWeeks);
        return due > asOf ? [] : Measured.Select(id => Taken(episode, new ScheduledMeasure(id, Timepoint.FollowUp, FollowUpWeeks), worker, due, improvement: 1, random));
    }

    public static IEnumerable<Administration> AtDischarge(Episode episode, Guid worker, DateTimeOffset at, Random random) =>
        Measured.Select(id => Taken(episode, new ScheduledMeasure(id, Timepoint.Discharge), worker, at, improvement: 2, random));

    private static Administration Taken(Episode episode, ScheduledMeasure measure, Guid worker, DateTimeOffset at, int improvement, Random random)
    {
        var instrument = Instruments.Value.Find(measure.InstrumentId)!.Instrument;
        var taking = Administration.Start(DeterministicIds.Create(at.ToUnixTimeMilliseconds(), random), episode, measure, worker, at);
        // SWEMWBS items run 1 (none of the time) to 5, higher is better; UCLA items 1 (hardly ever) to 3, higher is lonelier.
        List<AnswerInput> answers = measure.InstrumentId == "swemwbs"
            ? [.. instrument.Items.Select(_ => AnswerInput.Of(Math.Clamp(random.Next(1, 4) + random.Next(0, improvement + 1), 1, 5)))]
            : [.. instrument.Items.Select(_ => AnswerInput.Of(Math.Clamp(random.Next(2, 4) - random.Next(0, improvement + 1), 1, 3)))];
        var kept = KeptAnswers.Check(instrument, answers);
        var result = instrument.Score(KeptAnswers.Read(kept.Answers)).Result
            ?? throw new InvalidOperationException($"The demo's {measure.InstrumentId} answers did not score.");
        taking.Complete(kept.Answers, result.Score, result.Band, result.Positive, result.Needs, at);
        return taking;
    }
}
