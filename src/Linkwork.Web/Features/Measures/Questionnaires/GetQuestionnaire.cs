using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Measures;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Measures.Questionnaires;

/// <summary>A questionnaire with its answers: a read of the person's health data, audited.</summary>
public sealed class GetQuestionnaire(LinkworkDbContext db, QuestionnaireRecords records, InstrumentCatalogue instruments, AuditTrail audit)
{
    public async Task<QuestionnaireView> HandleAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var (questionnaire, _) = await records.ToReadAsync(user, id, cancellationToken);
        var instrument = await instruments.RequireAsync(questionnaire.ProgrammeId, questionnaire.InstrumentId, cancellationToken);
        var profile = await db.Programmes.Where(p => p.Id == questionnaire.ProgrammeId).Select(p => p.CodingProfile).SingleAsync(cancellationToken);
        await audit.RecordReadsAsync("questionnaire.read", nameof(Administration), [id]);
        return QuestionnaireView.Of(questionnaire, instrument, profile);
    }
}
