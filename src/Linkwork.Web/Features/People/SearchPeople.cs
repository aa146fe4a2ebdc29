using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>
/// Finds people of the caller's programme by NHS number, by another system's record number, or by name (every word
/// must begin the given, family or preferred name, or sit inside one). Merged records are left out. Each person
/// listed is audited as listed.
/// </summary>
public sealed class SearchPeople(LinkworkDbContext db, AuditTrail audit)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public sealed record Row(Guid Id, string GivenName, string FamilyName, string? PreferredName, DateOnly DateOfBirth, string? NhsNumber, string? Postcode);

    public sealed record Page(IReadOnlyList<Row> Items, int PageNumber, int PageSize, int Total);

    public async Task<Page> HandleAsync(ClaimsPrincipal user, string? q, int page = 1, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var people = db.People.AsNoTracking().OfCallersProgramme(user).Where(p => p.MergedIntoId == null);
        var text = q?.Trim() ?? "";
        if (NhsNumber.TryParse(text, out var nhsNumber))
        {
            people = people.Where(p => p.NhsNumber == nhsNumber);
        }
        else if (text.Length > 0)
        {
            var byRecordNumber = db.PersonIdentifiers.Where(i => i.Value == text).Select(i => i.PersonId);
            var words = text.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var byName = people;
            foreach (var word in words)
            {
                // Upper-cased in the query because PostgreSQL compares case-sensitively and SQLite does not; the
                // invariant culture does not exist in SQL, so the analyzers' culture rule cannot apply here.
#pragma warning disable CA1304, CA1311, CA1862
                byName = byName.Where(p => p.GivenName.ToUpper().Contains(word) || p.FamilyName.ToUpper().Contains(word)
                    || (p.PreferredName != null && p.PreferredName.ToUpper().Contains(word)));
#pragma warning restore CA1304, CA1311, CA1862
            }

            people = people.Where(p => byRecordNumber.Contains(p.Id) || byName.Select(n => n.Id).Contains(p.Id));
        }

        var total = await people.CountAsync(cancellationToken);
        var rows = await people
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new { p.Id, p.GivenName, p.FamilyName, p.PreferredName, p.DateOfBirth, p.NhsNumber, p.Contact.Postcode })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            audit.Record("person.listed", nameof(Person), row.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Page(
            rows.Select(r => new Row(r.Id, r.GivenName, r.FamilyName, r.PreferredName, r.DateOfBirth, r.NhsNumber?.Value, r.Postcode)).ToList(),
            page, pageSize, total);
    }
}
