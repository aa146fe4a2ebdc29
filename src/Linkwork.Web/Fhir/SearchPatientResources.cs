using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.People;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Finds whether a person is already known, so an EHR refers someone held rather than a second record of them. Who
/// finds whom is the read's rule (<see cref="FhirPatients"/>): the programme's team finds its programme's people and
/// gets the whole record; a provider finds only people a referral sent to it names (<see cref="PathwayAccess"/>) and
/// gets the shared details, and may not search by NHS number (not among them); anyone else finds nobody. Merged records are never found: the record that stayed is.
/// Each person on the page is audited as listed. A page is one query, and a second to count only when it is full.
/// </summary>
public sealed class SearchPatientResources(LinkworkDbContext db, AuditTrail audit)
{
    /// <param name="NhsNumber">The NHS number, exactly.</param>
    /// <param name="Name">The start of the given or family name, any case.</param>
    /// <param name="BirthDate">The date of birth, exactly.</param>
    public sealed record Criteria(NhsNumber? NhsNumber, string? Name, DateOnly? BirthDate);

    public async Task<(int Total, IReadOnlyList<PatientFacts> Page)> HandleAsync(
        ClaimsPrincipal user, Criteria criteria, int offset, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(criteria);
        var people = Matching(db.People.AsNoTracking().OfCallersProgramme(user).Where(p => p.MergedIntoId == null), criteria);
        List<PatientFacts> page;
        if (user.WorksCaseload())
        {
            // The read's whole record needs the identifiers and the consents (which contacts may be listed). One query
            // with both joined, not the read's split queries: a person has a record number or two, so the product is small.
            var found = count == 0 ? [] : await InOrder(people).Skip(offset).Take(count)
                .Include(p => p.LocalIdentifiers).Include(p => p.ConsentDecisions).AsSingleQuery()
                .ToListAsync(cancellationToken);
            page = found.Select(FhirPatients.Whole).ToList();
        }
        else
        {
            if (criteria.NhsNumber is not null)
            {
                // Not among the details shared with a provider: a search by it would confirm whose number it is.
                throw new NotPermittedException("Only the programme's team searches by NHS number: it is not among the details shared with providers.");
            }

            var referrals = db.OnwardReferrals.AsNoTracking().VisibleTo(user);
            people = people.Where(p => referrals.Any(r => r.PersonId == p.Id));
            var shared = count == 0 ? [] : await InOrder(people).Skip(offset).Take(count)
                .Select(FhirPatients.SharedDetailsOf).ToListAsync(cancellationToken);
            page = shared.Select(FhirPatients.Shared).ToList();
        }

        var total = await FhirSearchPaging.TotalAsync(offset, count, page.Count, () => people.CountAsync(cancellationToken));
        await audit.RecordReadsAsync("person.list", nameof(Person), page.Select(p => (object)p.Id));
        return (total, page);
    }

    private static IQueryable<Person> Matching(IQueryable<Person> people, Criteria criteria)
    {
        if (criteria.NhsNumber is { } nhsNumber)
        {
            people = people.Where(p => p.NhsNumber == nhsNumber);
        }

        if (criteria.Name is { } name)
        {
            // The directory's and the staff's name searches' convention: the start of a name, lower case on both sides.
            var pattern = ReadDirectoryResource.StartsWith(name);
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(): no .NET culture is involved.
            people = people.Where(p => EF.Functions.Like(p.GivenName.ToLower(), pattern, "\\") || EF.Functions.Like(p.FamilyName.ToLower(), pattern, "\\"));
#pragma warning restore CA1304, CA1311
        }

        if (criteria.BirthDate is { } birthDate)
        {
            people = people.Where(p => p.DateOfBirth == birthDate);
        }

        return people;
    }

    /// <summary>As a list of people is read: by family name, then given name; the id keeps pages apart when names repeat.</summary>
    private static IOrderedQueryable<Person> InOrder(IQueryable<Person> people) =>
        people.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id);
}
