using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Measures;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Measures.Questionnaires;

/// <summary>Calls a questionnaire off (the person declined it, or it was started by mistake); the person's link stops working.</summary>
public sealed class CancelQuestionnaire(LinkworkDbContext db, QuestionnaireRecords records, AuditTrail audit, TimeProvider clock)
{
    public async Task<Administration> HandleAsync(ClaimsPrincipal user, Guid id, int? version, CancellationToken cancellationToken)
    {
        var (questionnaire, _) = await records.ToWorkAsync(user, id, version, cancellationToken);
        questionnaire.Cancel(clock.GetUtcNow());
        audit.Record("questionnaire.cancel", nameof(Administration), id);
        await db.SaveChangesAsync(cancellationToken);
        return questionnaire;
    }
}
