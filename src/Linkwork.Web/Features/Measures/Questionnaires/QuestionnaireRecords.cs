using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Measures;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Measures.Questionnaires;

/// <summary>
/// Loads a questionnaire through its episode: whoever may not see the episode does not find the questionnaire, and of
/// those who may, only the programme's caseload workers read answers (a referrer follows the episode, not its scores).
/// </summary>
public sealed class QuestionnaireRecords(LinkworkDbContext db, PathwayRecords records)
{
    public async Task<(Administration Questionnaire, Episode Episode)> ToReadAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var questionnaire = await db.MeasureAdministrations.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new RecordNotFoundException("questionnaire", id);
        Episode episode;
        try
        {
            episode = await records.EpisodeAsync(user, questionnaire.EpisodeId, cancellationToken);
        }
        catch (RecordNotFoundException)
        {
            throw new RecordNotFoundException("questionnaire", id);
        }

        user.RequireCaseloadWorker();
        return (questionnaire, episode);
    }

    /// <summary>A questionnaire to change: the caller works the caseload and read the version that is stored.</summary>
    public async Task<(Administration Questionnaire, Episode Episode)> ToWorkAsync(ClaimsPrincipal user, Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var (questionnaire, episode) = await ToReadAsync(user, id, cancellationToken);
        questionnaire.ExpectVersion(expectedVersion);
        return (questionnaire, episode);
    }
}
