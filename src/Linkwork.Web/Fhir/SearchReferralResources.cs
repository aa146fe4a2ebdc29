using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Coding;
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
    /// <param name="PersonId">The person referred.</param>
    /// <param name="OrganisationId">The provider organisation.</param>
    /// <param name="ReferralId">One referral.</param>
    /// <param name="States">Any of these states.</param>
    /// <param name="LastUpdated">Bounds on the last move.</param>
    /// <param name="RequesterOrganisationId">The organisation of whoever drafted it (a staff account or an API client).</param>
    /// <param name="Needs">Any of these needs recorded in the episode's "what matters" conversation.</param>
    public sealed record Criteria(
        Guid? PersonId, Guid? OrganisationId, Guid? ReferralId, IReadOnlyList<OnwardReferralState>? States,
        IReadOnlyList<(DateTimeOffset? From, DateTimeOffset? Before)> LastUpdated,
        Guid? RequesterOrganisationId = null, IReadOnlyList<SdohCategory>? Needs = null);

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

        if (criteria.RequesterOrganisationId is { } requester)
        {
            referrals = referrals.Where(r => db.Users.Any(u => u.Id == r.CreatedBy && u.OrganisationId == requester)
                || db.ApiClients.Any(c => c.Id == r.CreatedBy && c.OrganisationId == requester));
        }

        if (criteria.Needs is { } needs)
        {
            referrals = await WithNeedsAsync(referrals, needs, cancellationToken);
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

        var ids = count == 0 ? [] : await referrals.OrderBy(r => r.Id).Skip(offset).Take(count).Select(r => r.Id).ToArrayAsync(cancellationToken);
        var total = await FhirSearchPaging.TotalAsync(offset, count, ids.Length, () => referrals.CountAsync(cancellationToken));
        // The facts come back in no particular order: restore the page's.
        var page = (await facts.LoadAsync(ids, cancellationToken)).OrderBy(r => r.Id).ToList();
        await audit.RecordReadsAsync("referral.list", nameof(OnwardReferral), page.Select(r => (object)r.Id));
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

    /// <summary>
    /// The needs live in the episode's "what matters" record, stored whole as JSON that neither database can index,
    /// so the episodes behind the referrals the caller may see are read and matched here, then the referrals filtered
    /// by episode. The work grows with the caller's referrals, not the programme's.
    /// </summary>
    private async Task<IQueryable<OnwardReferral>> WithNeedsAsync(IQueryable<OnwardReferral> referrals, IReadOnlyList<SdohCategory> needs, CancellationToken cancellationToken)
    {
        var episodes = await db.Episodes.AsNoTracking()
            .Where(e => referrals.Select(r => r.EpisodeId).Contains(e.Id) && e.WhatMatters != null)
            .Select(e => new { e.Id, e.WhatMatters })
            .ToListAsync(cancellationToken);
        var matching = episodes.Where(e => e.WhatMatters!.Needs.Any(n => needs.Contains(n.Category))).Select(e => e.Id).ToArray();
        return referrals.Where(r => matching.Contains(r.EpisodeId));
    }
}
