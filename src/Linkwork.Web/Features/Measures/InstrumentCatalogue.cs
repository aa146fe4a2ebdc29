using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Domain.Measures;
using Linkwork.Interop.Measures;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Measures;

/// <summary>
/// The instruments a programme uses: the built-ins, with the programme's own wording where it loaded one, and the
/// programme's own instruments. Read per call: a programme's definitions are few and small, and a cache would have to
/// be told when one is replaced.
/// </summary>
public sealed class InstrumentCatalogue(LinkworkDbContext db, BuiltInInstruments builtIns)
{
    public async Task<Instrument?> FindAsync(Guid? programmeId, string id, CancellationToken cancellationToken)
    {
        var builtIn = builtIns.Find(id)?.Instrument;
        var own = programmeId is { } programme
            ? await db.ProgrammeInstruments.AsNoTracking().Where(i => i.ProgrammeId == programme && i.InstrumentId == id)
                .Select(i => i.QuestionnaireJson).SingleOrDefaultAsync(cancellationToken)
            : null;
        return own is null ? builtIn : ProgrammeQuestionnaire.Read(id, own, builtIn);
    }

    public async Task<Instrument> RequireAsync(Guid? programmeId, string id, CancellationToken cancellationToken) =>
        await FindAsync(programmeId, id, cancellationToken)
        ?? throw new DomainRuleException($"There is no instrument '{id}'. The built-in ones are {string.Join(", ", builtIns.All.Select(d => d.Instrument.Id))}; a programme may load its own.");

    /// <summary>The built-in ids and the programme's own, in order.</summary>
    public async Task<IReadOnlyList<string>> IdsAsync(Guid? programmeId, CancellationToken cancellationToken)
    {
        var own = programmeId is { } programme
            ? await db.ProgrammeInstruments.AsNoTracking().Where(i => i.ProgrammeId == programme).Select(i => i.InstrumentId).ToListAsync(cancellationToken)
            : [];
        return [.. builtIns.All.Select(d => d.Instrument.Id).Union(own, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
