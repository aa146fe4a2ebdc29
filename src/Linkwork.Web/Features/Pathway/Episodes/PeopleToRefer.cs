using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>
/// Who a referral into the programme is for: the person named by id (from the people finder), or a short list of the
/// programme's people matching a name. Only the programme team looks people up here.
/// </summary>
public sealed class PeopleToRefer(LinkworkDbContext db, AuditTrail audit)
{
    /// <summary>Few enough that a name search is a lookup, not a way to list the programme.</summary>
    public const int Limit = 20;

    public const int MinimumNameLength = 2;

    public sealed record Candidate(Guid Id, string Name, DateOnly DateOfBirth);

    public async Task<Candidate> ByIdAsync(ClaimsPrincipal user, Guid personId, CancellationToken cancellationToken)
    {
        var programme = ProgrammeOfCaller(user);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId && p.ProgrammeId == programme)
            .Select(p => new Candidate(p.Id, p.GivenName + " " + p.FamilyName, p.DateOfBirth)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RecordNotFoundException("person", personId);
        await audit.RecordReadsAsync("person.read", "Person", [person.Id]);
        return person;
    }

    /// <summary>People whose given and family names together contain every word typed; none for fewer than two letters.</summary>
    public async Task<IReadOnlyList<Candidate>> ByNameAsync(ClaimsPrincipal user, string? name, CancellationToken cancellationToken)
    {
        var programme = ProgrammeOfCaller(user);
        var words = (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (string.Concat(words).Length < MinimumNameLength)
        {
            return [];
        }

        var people = db.People.AsNoTracking().Where(p => p.ProgrammeId == programme);
        foreach (var word in words.Take(4))
        {
            // Lower on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's is not.
            var pattern = $"%{word.ToLowerInvariant().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(): no .NET culture is involved.
            people = people.Where(p => EF.Functions.Like((p.GivenName + " " + p.FamilyName).ToLower(), pattern));
#pragma warning restore CA1304, CA1311
        }

        var found = await people.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id).Take(Limit)
            .Select(p => new Candidate(p.Id, p.GivenName + " " + p.FamilyName, p.DateOfBirth)).ToListAsync(cancellationToken);
        foreach (var person in found)
        {
            audit.Record("person.search", "Person", person.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return found;
    }

    /// <summary>
    /// Only the programme team looks people up. A referrer describes the person instead (<see cref="ReferWithDetails"/>):
    /// a name search would let them list the programme's people.
    /// </summary>
    private static Guid ProgrammeOfCaller(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.RequireCaseloadWorker();
        return user.ProgrammeOf() ?? throw new NotPermittedException("Only a member of a programme refers people into it.");
    }
}
