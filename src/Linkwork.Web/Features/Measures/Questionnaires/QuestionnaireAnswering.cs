using Linkwork.Data;
using Linkwork.Domain.Measures;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Pathway;

namespace Linkwork.Web.Features.Measures.Questionnaires;

/// <summary>
/// Saving and finishing a questionnaire, the same whether a member of staff records the answers or the person gives them
/// through their link. Each answer is checked by its item as it is saved; finishing scores the kept answers, records the
/// needs its positive screens found, and a safety answer (PHQ-9 item 9) raises a concern at once, even on a save.
/// </summary>
public sealed class QuestionnaireAnswering(LinkworkDbContext db, InstrumentCatalogue instruments, PathwayNotifications notifications, TimeProvider clock)
{
    /// <param name="Questionnaire">The questionnaire, as changed (or not, when <see cref="Problems"/> stopped it).</param>
    /// <param name="Problems">What stops the answers being saved or scored, keyed by the answer's JSON path ("items[2]").</param>
    public sealed record Outcome(Administration Questionnaire, IReadOnlyDictionary<string, string[]> Problems);

    /// <param name="questionnaire">The questionnaire being answered.</param>
    /// <param name="episode">Its episode, to raise a concern on.</param>
    /// <param name="answers">The answers in item order; null keeps what was saved before.</param>
    /// <param name="finish">Score and close it, rather than only keep the answers.</param>
    /// <param name="presentStaff">The member of staff recording the answers; null when the person answers alone.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<Outcome> AnswerAsync(Administration questionnaire, Episode episode, IReadOnlyList<AnswerInput>? answers, bool finish, Guid? presentStaff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(episode);
        var instrument = await instruments.RequireAsync(questionnaire.ProgrammeId, questionnaire.InstrumentId, cancellationToken);
        var now = clock.GetUtcNow();
        if (answers is not null)
        {
            var kept = KeptAnswers.Check(instrument, answers);
            if (kept.Problems.Count > 0)
            {
                return new Outcome(questionnaire, JsonAnswers.Errors(kept.Problems));
            }

            questionnaire.SaveAnswers(kept.Answers, now);
        }

        var outcome = instrument.Score(KeptAnswers.Read(questionnaire.Answers));
        if (outcome.Safeguarding is { } raised && questionnaire.AlertOnce())
        {
            await RaiseConcernAsync(questionnaire, episode, instrument, raised, presentStaff, now, cancellationToken);
        }

        if (finish && outcome.Result is { } result)
        {
            questionnaire.Complete(questionnaire.Answers, result.Score, result.Band, result.Positive, result.Needs, now);
        }

        var problems = finish && outcome.Result is null ? JsonAnswers.Errors(outcome.Problems) : new Dictionary<string, string[]>();
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(questionnaire, problems);
    }

    private async Task RaiseConcernAsync(Administration questionnaire, Episode episode, Instrument instrument, RaisedSafeguarding raised, Guid? presentStaff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Raised in the name of whoever recorded the answer or, when the person answered alone, whoever started the
        // questionnaire and sent them the link (always a member of staff: only staff start one).
        var raisedBy = presentStaff ?? questionnaire.StartedBy ?? episode.LinkWorkerId ?? Guid.Empty;
        var given = presentStaff is null ? "answered by the person through their link" : "answered with a member of staff";
        var concern = SafeguardingConcern.Raise(
            Guid.CreateVersion7(now), episode,
            $"{instrument.Title}, item {raised.ItemNumber} \"{raised.Answer}\" ({given}): {raised.Message}", raisedBy, now);
        db.SafeguardingConcerns.Add(concern);
        await notifications.SafeguardingAnswerGivenAsync(concern, episode.LinkWorkerId, presentStaff, cancellationToken);
    }
}
