using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Coding;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Searches referrals as Tasks or ServiceRequests: onward referrals, and referrals into the programme (episodes), as
/// one list. Each kind starts from the records <see cref="PathwayAccess"/> lets the caller see (a provider: the
/// referrals sent to its organisation; a referrer: the episodes it referred), is filtered on indexed columns (person,
/// organisation, state, id), and the two are paged together in id order, which is creation order for version 7 ids.
/// Every record on the page is audited like the REST list; included Patients are read through <see cref="FhirPatients"/>,
/// so they are audited too.
/// </summary>
public sealed class SearchReferralResources(LinkworkDbContext db, FhirReferralFacts facts, FhirEpisodeFacts episodeFacts, FhirPatients patients, AuditTrail audit)
{
    /// <param name="PersonId">The person referred.</param>
    /// <param name="OrganisationId">The organisation asked: the provider, or for a referral into the programme its team.</param>
    /// <param name="ReferralId">One referral.</param>
    /// <param name="States">Any of these onward referral states (null: any).</param>
    /// <param name="EpisodeStates">Any of these episode states (null: any).</param>
    /// <param name="LastUpdated">Bounds on the last change.</param>
    /// <param name="RequesterOrganisationId">The organisation of whoever made it (a staff account or an API client).</param>
    /// <param name="Needs">Any of these needs recorded in the episode's "what matters" conversation.</param>
    /// <param name="Identifier">The requester's own identifier for the referral (its ServiceRequest.identifier), system and value.</param>
    public sealed record Criteria(
        Guid? PersonId, Guid? OrganisationId, Guid? ReferralId, IReadOnlyList<OnwardReferralState>? States, IReadOnlyList<EpisodeState>? EpisodeStates,
        IReadOnlyList<(DateTimeOffset? From, DateTimeOffset? Before)> LastUpdated,
        Guid? RequesterOrganisationId = null, IReadOnlyList<SdohCategory>? Needs = null, (string System, string Value)? Identifier = null);

    /// <summary>One match: an onward referral or a referral into the programme.</summary>
    public sealed record Match(ReferralFacts? Onward, EpisodeFacts? Episode)
    {
        public Guid PersonId => Onward?.PersonId ?? Episode!.PersonId;
    }

    public sealed record Result(int Total, IReadOnlyList<Match> Page, IReadOnlyList<PatientFacts> Patients);

    public async Task<Result> HandleAsync(ClaimsPrincipal user, Criteria criteria, int offset, int count, bool includePatients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var matches = (await OnwardAsync(user, criteria, cancellationToken)).Select(r => r.Id);
        if (await EpisodesAsync(user, criteria, cancellationToken) is { } episodes)
        {
            matches = matches.Concat(episodes.Select(e => e.Id));
        }

        var ids = count == 0 ? [] : await matches.OrderBy(id => id).Skip(offset).Take(count).ToArrayAsync(cancellationToken);
        var total = await FhirSearchPaging.TotalAsync(offset, count, ids.Length, () => matches.CountAsync(cancellationToken));
        var onward = await facts.LoadAsync(ids, cancellationToken);
        var intoProgramme = onward.Count == ids.Length ? [] : await episodeFacts.LoadAsync(ids.Except(onward.Select(r => r.Id)).ToArray(), cancellationToken);
        await audit.RecordReadsAsync(onward.Select(r => ("referral.list", nameof(OnwardReferral), (object)r.Id))
            .Concat(intoProgramme.Select(e => ("episode.list", nameof(Episode), (object)e.Id))));
        // The facts come back in no particular order: restore the page's.
        var page = onward.Select(r => new Match(r, null)).Concat(intoProgramme.Select(e => new Match(null, e)))
            .OrderBy(m => m.Onward?.Id ?? m.Episode!.Id).ToList();
        var included = new List<PatientFacts>();
        if (includePatients)
        {
            foreach (var personId in page.Select(m => m.PersonId).Distinct())
            {
                if (await patients.ReadAsync(user, personId, cancellationToken) is { } patient)
                {
                    included.Add(patient);
                }
            }
        }

        return new Result(total, page, included);
    }

    private async Task<IQueryable<OnwardReferral>> OnwardAsync(ClaimsPrincipal user, Criteria criteria, CancellationToken cancellationToken)
    {
        var referrals = Shared(db.OnwardReferrals.AsNoTracking().VisibleTo(user), criteria, criteria.States);
        if (criteria.OrganisationId is { } organisation)
        {
            referrals = referrals.Where(r => r.OrganisationId == organisation);
        }

        if (criteria.RequesterOrganisationId is { } requester)
        {
            referrals = referrals.Where(r => db.Users.Any(u => u.Id == r.CreatedBy && u.OrganisationId == requester)
                || db.ApiClients.Any(c => c.Id == r.CreatedBy && c.OrganisationId == requester));
        }

        if (criteria.Needs is { } needs)
        {
            var matching = await EpisodesWithNeedsAsync(db.Episodes.Where(e => referrals.Select(r => r.EpisodeId).Contains(e.Id)), needs, cancellationToken);
            referrals = referrals.Where(r => matching.Contains(r.EpisodeId));
        }

        return referrals;
    }

    /// <summary>The referrals into the programme that match, or null when none can (a provider sees none; another owner named).</summary>
    private async Task<IQueryable<Episode>?> EpisodesAsync(ClaimsPrincipal user, Criteria criteria, CancellationToken cancellationToken)
    {
        if (!user.WorksCaseload() && user.RoleOf() != Role.Referrer)
        {
            return null;
        }

        var episodes = Shared(db.Episodes.AsNoTracking().VisibleTo(user), criteria, criteria.EpisodeStates);
        // The organisation asked to fulfil a referral into the programme is the programme's own team.
        if (criteria.OrganisationId is { } organisation)
        {
            episodes = episodes.Where(e => db.Organisations.Any(o => o.Id == organisation && o.ProgrammeId == e.ProgrammeId && o.Kind == OrganisationKind.Programme));
        }

        if (criteria.RequesterOrganisationId is { } requester)
        {
            episodes = episodes.Where(e => e.ReferrerOrganisationId == requester
                || db.Users.Any(u => u.Id == e.ReferredBy && u.OrganisationId == requester)
                || db.ApiClients.Any(c => c.Id == e.ReferredBy && c.OrganisationId == requester));
        }

        if (criteria.Needs is { } needs)
        {
            var matching = await EpisodesWithNeedsAsync(episodes, needs, cancellationToken);
            episodes = episodes.Where(e => matching.Contains(e.Id));
        }

        return episodes;
    }

    /// <summary>The criteria both kinds of referral answer alike, on the columns every pathway record has.</summary>
    private static IQueryable<TRecord> Shared<TRecord, TState>(IQueryable<TRecord> records, Criteria criteria, IReadOnlyList<TState>? states)
        where TRecord : PathwayRecord<TState>
        where TState : struct, Enum
    {
        if (criteria.PersonId is { } person)
        {
            records = records.Where(r => r.PersonId == person);
        }

        if (criteria.ReferralId is { } id)
        {
            records = records.Where(r => r.Id == id);
        }

        if (states is not null)
        {
            var distinct = states.Distinct().ToArray();
            records = records.Where(r => distinct.Contains(r.State));
        }

        if (criteria.Identifier is { } identifier)
        {
            var (system, value) = identifier;
            records = records.Where(r => r.RequesterIdentifierSystem == system && r.RequesterIdentifierValue == value);
        }

        foreach (var (from, before) in criteria.LastUpdated)
        {
            records = from is { } start ? records.Where(r => r.UpdatedAt >= start) : records;
            records = before is { } end ? records.Where(r => r.UpdatedAt < end) : records;
        }

        return records;
    }

    /// <summary>
    /// The needs live in the episode's "what matters" record, stored whole as JSON that neither database can index,
    /// so the candidate episodes (those behind what the caller may see) are read and matched here. The work grows with
    /// the caller's records, not the programme's.
    /// </summary>
    private static async Task<Guid[]> EpisodesWithNeedsAsync(IQueryable<Episode> candidates, IReadOnlyList<SdohCategory> needs, CancellationToken cancellationToken)
    {
        var episodes = await candidates.AsNoTracking().Where(e => e.WhatMatters != null).Select(e => new { e.Id, e.WhatMatters }).ToListAsync(cancellationToken);
        return episodes.Where(e => e.WhatMatters!.Needs.Any(n => needs.Contains(n.Category))).Select(e => e.Id).ToArray();
    }
}
