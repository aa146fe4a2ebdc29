using Linkwork.Data;
using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>
/// Who a new record might already be, by <see cref="DuplicateRule"/>: a person holding one of its identifiers
/// (certain), or people born the same day with close names (possible). Merged records point to where they went.
/// </summary>
public sealed class FindDuplicates(LinkworkDbContext db)
{
    public sealed record Candidate(Guid Id, string GivenName, string FamilyName, string? PreferredName, DateOnly DateOfBirth, double Score);

    public sealed record CertainMatch(Guid PersonId, string Reason);

    public async Task<CertainMatch?> SameIdentifierAsync(
        Guid programmeId, NhsNumber? nhsNumber, IEnumerable<(string System, string Value)> identifiers, Guid? except, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        if (nhsNumber is { } number)
        {
            var holder = await db.People.AsNoTracking()
                .Where(p => p.ProgrammeId == programmeId && p.NhsNumber == number && p.Id != except)
                .Select(p => new { p.Id, p.MergedIntoId })
                .SingleOrDefaultAsync(cancellationToken);
            if (holder is not null)
            {
                return new CertainMatch(holder.MergedIntoId ?? holder.Id, "The NHS number is already recorded for this person.");
            }
        }

        foreach (var (system, value) in identifiers)
        {
            var holder = await db.PersonIdentifiers.AsNoTracking()
                .Where(i => i.ProgrammeId == programmeId && i.System == system && i.Value == value && i.PersonId != except)
                .Join(db.People, i => i.PersonId, p => p.Id, (i, p) => new { p.Id, p.MergedIntoId })
                .SingleOrDefaultAsync(cancellationToken);
            if (holder is not null)
            {
                return new CertainMatch(holder.MergedIntoId ?? holder.Id, $"Record number {value} of {system} is already recorded for this person.");
            }
        }

        return null;
    }

    /// <summary>People of the programme born on the day whose names reach <see cref="DuplicateRule.Threshold"/>, closest first.</summary>
    public async Task<IReadOnlyList<Candidate>> SimilarAsync(
        Guid programmeId, string givenName, string familyName, DateOnly dateOfBirth, CancellationToken cancellationToken)
    {
        var bornThatDay = await db.People.AsNoTracking()
            .Where(p => p.ProgrammeId == programmeId && p.DateOfBirth == dateOfBirth && p.MergedIntoId == null)
            .ToListAsync(cancellationToken);
        return bornThatDay
            .Select(p => (Person: p, Score: DuplicateRule.NameScore(givenName, familyName, p.GivenName, p.FamilyName, p.PreferredName)))
            .Where(c => DuplicateRule.IsClose(c.Score))
            .OrderByDescending(c => c.Score)
            .Select(c => new Candidate(c.Person.Id, c.Person.GivenName, c.Person.FamilyName, c.Person.PreferredName, c.Person.DateOfBirth, Math.Round(c.Score, 3)))
            .ToList();
    }
}
