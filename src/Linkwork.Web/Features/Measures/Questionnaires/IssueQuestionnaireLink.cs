using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Measures;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Features.Measures.Questionnaires;

/// <summary>
/// Makes the link by which the person answers a questionnaire on their own phone. The link is shown once, to be sent by
/// the link worker; a new link replaces the last, so a link sent to the wrong number can be killed by issuing another.
/// </summary>
public sealed class IssueQuestionnaireLink(LinkworkDbContext db, QuestionnaireRecords records, AuditTrail audit, IOptions<LinkworkSettings> settings, TimeProvider clock)
{
    public sealed record Link(Uri Url, DateTimeOffset ExpiresAt, int Version);

    public async Task<Link> HandleAsync(ClaimsPrincipal user, Guid id, int? version, CancellationToken cancellationToken)
    {
        var (questionnaire, _) = await records.ToWorkAsync(user, id, version, cancellationToken);
        var (token, now) = (QuestionnaireLinkTokens.New(), clock.GetUtcNow());
        questionnaire.IssueLink(QuestionnaireLinkTokens.Hash(token), now + QuestionnaireLinkTokens.Lifetime, now);
        audit.Record("questionnaire.link", nameof(Administration), id);
        await db.SaveChangesAsync(cancellationToken);
        return new Link(new Uri($"{settings.Value.PublicUrl.TrimEnd('/')}/q/{token}"), questionnaire.LinkExpiresAt!.Value, questionnaire.Version);
    }
}
