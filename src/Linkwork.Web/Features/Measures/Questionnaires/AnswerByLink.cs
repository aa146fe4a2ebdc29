using Linkwork.Data;
using Linkwork.Domain.Measures;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Measures.Questionnaires;

/// <summary>
/// The person answers through their link, signed in as nobody: the token finds the questionnaire and nothing else.
/// Only the questionnaire's own items are shown, never the person's record; a link that is wrong, expired or used up
/// says only that it no longer works.
/// </summary>
public sealed class AnswerByLink(LinkworkDbContext db, QuestionnaireAnswering answering, InstrumentCatalogue instruments, AuditTrail audit, TimeProvider clock)
{
    public sealed record Opened(Administration Questionnaire, Instrument Instrument);

    public async Task<Opened?> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        var questionnaire = await FindAsync(token, cancellationToken);
        if (questionnaire is null)
        {
            return null;
        }

        audit.Record("questionnaire.read-by-link", nameof(Administration), questionnaire.Id, programmeId: questionnaire.ProgrammeId);
        await db.SaveChangesAsync(cancellationToken);
        return new Opened(questionnaire, await instruments.RequireAsync(questionnaire.ProgrammeId, questionnaire.InstrumentId, cancellationToken));
    }

    /// <returns>Null when the link no longer works; otherwise what became of the answers.</returns>
    public async Task<QuestionnaireAnswering.Outcome?> AnswerAsync(string? token, IReadOnlyList<AnswerInput> answers, bool finish, CancellationToken cancellationToken)
    {
        var questionnaire = await FindAsync(token, cancellationToken);
        if (questionnaire is null)
        {
            return null;
        }

        var episode = await db.Episodes.SingleAsync(e => e.Id == questionnaire.EpisodeId, cancellationToken);
        audit.Record(finish ? "questionnaire.complete-by-link" : "questionnaire.save-by-link", nameof(Administration), questionnaire.Id, programmeId: questionnaire.ProgrammeId);
        return await answering.AnswerAsync(questionnaire, episode, answers, finish, presentStaff: null, cancellationToken);
    }

    private async Task<Administration?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (!QuestionnaireLinkTokens.LooksLikeOne(token))
        {
            return null;
        }

        var hash = QuestionnaireLinkTokens.Hash(token!);
        var questionnaire = await db.MeasureAdministrations.SingleOrDefaultAsync(a => a.LinkTokenHash == hash, cancellationToken);
        return questionnaire is not null && questionnaire.LinkOpensAt(clock.GetUtcNow()) ? questionnaire : null;
    }
}
