using System.Security.Claims;
using Linkwork.Domain.Measures;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Measures.Questionnaires;

/// <summary>A member of staff records answers as the person gives them: saved part way, or finished and scored.</summary>
public sealed class RecordQuestionnaireAnswers(QuestionnaireRecords records, QuestionnaireAnswering answering, AuditTrail audit)
{
    /// <param name="Answers">The answers in item order; null keeps those saved before.</param>
    /// <param name="Finish">Score and close it; otherwise only keep the answers.</param>
    public sealed record Command(IReadOnlyList<AnswerInput>? Answers, bool Finish);

    /// <param name="user">Who records the answers.</param>
    /// <param name="id">The questionnaire.</param>
    /// <param name="command">The answers, and whether to finish.</param>
    /// <param name="version">The version read (If-Match), so two people do not overwrite each other's answers.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<QuestionnaireAnswering.Outcome> HandleAsync(ClaimsPrincipal user, Guid id, Command command, int? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (questionnaire, episode) = await records.ToWorkAsync(user, id, version, cancellationToken);
        audit.Record(command.Finish ? "questionnaire.complete" : "questionnaire.save", "Administration", id);
        var outcome = await answering.AnswerAsync(
            questionnaire, episode, command.Answers, command.Finish, user.ActorId(), cancellationToken);
        if (outcome.Problems.Count > 0)
        {
            throw new InvalidFieldsException(outcome.Problems);
        }

        return outcome;
    }
}
