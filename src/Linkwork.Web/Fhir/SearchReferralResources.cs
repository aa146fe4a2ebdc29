using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Searches onward referrals as Tasks or ServiceRequests. It starts from the referrals <see cref="PathwayAccess"/> lets
/// the caller see (a provider: those sent to its organisation), filters on indexed columns (person, organisation and
/// state, id) and pages in id order, which is creation order for version 7 ids. Every referral on the page is audited
/// like the REST list; included Patients are read through <see cref="FhirPatients"/>, so they are audited too.
/// </summary>
public sealed class SearchReferralResources(LinkworkDbContext db, FhirReferralFacts facts, FhirPatients patients, AuditTrail audit)
{
    public sealed record Criteria(
        Guid? PersonId, Guid? OrganisationId, Guid? ReferralId, IReadOnlyList<OnwardReferralState>? States,
        IReadOnlyList<(DateTimeOffset? From, DateTimeOffset? Before)> LastUpdated);

    public sealed record Result(int Total, IReadOnlyList<ReferralFacts> Page, IReadOnlyList<PatientFacts> Patients);

    public async Task<Result> HandleAsync(ClaimsPrincipal user, Criteria criteria, int offset, int count, bool includePatients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var referrals = db.OnwardReferrals.AsNoTracking().VisibleTo(user);
        if (criteria.PersonId is { } person)
        {
            referrals = referrals.Where(r => r.PersonId == person);
        }

        if (criteria.OrganisationId is { } organisation)
        {
            referrals = referrals.Where(r => r.OrganisationId == organisation);
        }

        if (criteria.ReferralId is { } id)
        {
            referrals = referrals.Where(r => r.Id == id);
        }

        if (criteria.States is { } states)
        {
            var distinct = states.Distinct().ToArray();
            referrals = referrals.Where(r => distinct.Contains(r.State));
        }

        foreach (var (from, before) in criteria.LastUpdated)
        {
            if (from is { } start)
            {
                referrals = referrals.Where(r => r.UpdatedAt >= start);
            }

            if (before is { } end)
            {
                referrals = referrals.Where(r => r.UpdatedAt < end);
            }
        }

        var total = await referrals.CountAsync(cancellationToken);
        var page = count == 0 ? [] : await facts.LoadAsync(referrals.OrderBy(r => r.Id).Skip(offset).Take(count), cancellationToken);
        // The query's order does not survive the joins in every provider: restore it.
        page = page.OrderBy(r => r.Id).ToList();
        foreach (var referral in page)
        {
            audit.Record("referral.list", nameof(OnwardReferral), referral.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        var included = new List<PatientFacts>();
        if (includePatients)
        {
            foreach (var personId in page.Select(r => r.PersonId).Distinct())
            {
                if (await patients.ReadAsync(user, personId, cancellationToken) is { } patient)
                {
                    included.Add(patient);
                }
            }
        }

        return new Result(total, page, included);
    }
}
