using Linkwork.Data;
using Linkwork.Interop.Measures;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Measures;

/// <summary>
/// An instrument's definition: the FHIR R4 Questionnaire, scoring extensions and all, exactly as shipped, or as the
/// caller's programme loaded it (its own instrument, or its wording of a built-in one).
/// </summary>
public sealed class GetInstrumentDefinition(LinkworkDbContext db, BuiltInInstruments builtIns, InstrumentCatalogue instruments)
{
    public async Task<string> HandleAsync(Guid? programmeId, string id, CancellationToken cancellationToken)
    {
        var own = programmeId is { } programme
            ? await db.ProgrammeInstruments.AsNoTracking().Where(i => i.ProgrammeId == programme && i.InstrumentId == id).Select(i => i.QuestionnaireJson).SingleOrDefaultAsync(cancellationToken)
            : null;
        return own ?? builtIns.Find(id)?.QuestionnaireJson ?? throw await UnknownInstrument.ForAsync(id, programmeId, instruments, cancellationToken);
    }
}

internal static class UnknownInstrument
{
    public static async Task<RecordNotFoundException> ForAsync(string id, Guid? programmeId, InstrumentCatalogue instruments, CancellationToken cancellationToken) =>
        new($"There is no instrument '{id}'. The instruments are: {string.Join(", ", await instruments.IdsAsync(programmeId, cancellationToken))}.");
}
