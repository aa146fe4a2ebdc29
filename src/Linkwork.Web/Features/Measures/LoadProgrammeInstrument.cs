using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Measures;
using Linkwork.Interop.Measures;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Measures;

/// <summary>
/// A programme's administrator loads a Questionnaire: under a built-in id it supplies that instrument's item wording
/// (the licensed (S)WEMWBS words, a translation) and the published scoring stays; under a new id it is the programme's
/// own instrument with its scoring extensions. It is read exactly as it will be used before it is kept, so a definition
/// that would fail a scoring is refused now, naming what is wrong; loading the same id again replaces it.
/// </summary>
public sealed class LoadProgrammeInstrument(LinkworkDbContext db, BuiltInInstruments builtIns, AuditTrail audit, TimeProvider clock)
{
    public sealed record Loaded(string Id, string Title, bool Replaced, bool Wording);

    public async Task<Loaded> HandleAsync(ClaimsPrincipal user, string id, string questionnaireJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var programmeId = user.ProgrammeOf() ?? throw new NotPermittedException("Only a programme's administrator loads its questionnaires.");
        var builtIn = builtIns.Find(id)?.Instrument;
        var errors = new FieldErrors();
        var instrument = errors.Check("questionnaire", () => ProgrammeQuestionnaire.Read(id, questionnaireJson, builtIn));
        errors.ThrowIfAny();

        var now = clock.GetUtcNow();
        var existing = await db.ProgrammeInstruments.SingleOrDefaultAsync(i => i.ProgrammeId == programmeId && i.InstrumentId == id, cancellationToken);
        if (existing is null)
        {
            existing = ProgrammeInstrument.Add(Guid.CreateVersion7(now), programmeId, id, questionnaireJson, user.ActorId(), now);
            db.ProgrammeInstruments.Add(existing);
        }
        else
        {
            existing.Replace(questionnaireJson, user.ActorId(), now);
        }

        audit.Record("instrument.load", nameof(ProgrammeInstrument), existing.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new Loaded(id, instrument!.Title, existing.Version > 1, builtIn is not null);
    }
}
