using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Pathway;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Reads what the ServiceRequest and Task of referrals into the programme (episodes) say, in one compiled query for a
/// page of them (the searches that list them beside onward referrals are hot paths). Callers pass ids already cut down
/// by <c>PathwayAccess</c>, except <see cref="FindAsync"/>, which applies it.
/// </summary>
public sealed class FhirEpisodeFacts(LinkworkDbContext db)
{
    private static readonly CompiledForEachModel<Func<LinkworkDbContext, Guid[], IAsyncEnumerable<Row>>> ByIds = new(() =>
        EF.CompileAsyncQuery((LinkworkDbContext db, Guid[] ids) =>
            // The requester is whoever made the referral: a referrer's or an EHR's account, or the programme's own staff.
            from e in db.Episodes.AsNoTracking()
            where ids.Contains(e.Id)
            join p in db.People on e.PersonId equals p.Id
            join u in db.Users on e.ReferredBy equals u.Id into users
            from u in users.DefaultIfEmpty()
            join c in db.ApiClients on e.ReferredBy equals c.Id into clients
            from c in clients.DefaultIfEmpty()
            select new Row
            {
                Id = e.Id, Version = e.Version, State = e.State, CreatedAt = e.CreatedAt, UpdatedAt = e.UpdatedAt, PersonId = e.PersonId,
                Person = p.GivenName + " " + p.FamilyName,
                // The programme's own organisation (the first, should it ever have more than one).
                TeamId = db.Organisations.Where(o => o.ProgrammeId == e.ProgrammeId && o.Kind == OrganisationKind.Programme).OrderBy(o => o.Id)
                    .Select(o => (Guid?)o.Id).FirstOrDefault(),
                TeamName = db.Organisations.Where(o => o.ProgrammeId == e.ProgrammeId && o.Kind == OrganisationKind.Programme).OrderBy(o => o.Id)
                    .Select(o => o.Name).FirstOrDefault(),
                Source = e.Source, RequesterOrganisation = e.ReferrerOrganisationId ?? (u != null ? u.OrganisationId : (Guid?)c.OrganisationId),
                Requester = u != null ? u.DisplayName : c.Name, Reasons = e.Reasons, WhatMatters = e.WhatMatters, DischargeReason = e.DischargeReason,
                IdentifierSystem = e.RequesterIdentifierSystem, IdentifierValue = e.RequesterIdentifierValue,
                // The reason recorded with the latest move (not with the working notes between moves).
                Reason = db.PathwayEvents.Where(ev => ev.RecordId == e.Id && ev.FromState != ev.ToState).OrderByDescending(ev => ev.Version)
                    .Select(ev => ev.Reason).FirstOrDefault(),
            }));

    /// <summary>One episode, if the user may see it (the programme's team, or whoever referred it); otherwise null.</summary>
    public async Task<EpisodeFacts?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await db.Episodes.VisibleTo(user).AnyAsync(e => e.Id == id, cancellationToken)
            ? (await LoadAsync([id], cancellationToken)).SingleOrDefault()
            : null;

    /// <summary>The episodes with these ids, in no particular order.</summary>
    public async Task<IReadOnlyList<EpisodeFacts>> LoadAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new List<EpisodeFacts>(ids.Length);
        if (ids.Length == 0)
        {
            return found;
        }

        await foreach (var r in ByIds.For(db)(db, ids).WithCancellation(cancellationToken))
        {
            found.Add(new EpisodeFacts(
                r.Id, r.Version, r.State, r.CreatedAt, r.UpdatedAt, r.PersonId, r.Person, r.TeamId, r.TeamName, r.Source, r.RequesterOrganisation,
                r.Requester, r.Reasons, r.WhatMatters?.Needs.Select(n => n.Category).ToList() ?? [], EpisodeStatusMap.StatusReason(r.State, r.DischargeReason, r.Reason),
                RequesterIdentifierFacts.Of(r.IdentifierSystem, r.IdentifierValue)));
        }

        return found;
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public int Version { get; init; }
        public EpisodeState State { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public Guid PersonId { get; init; }
        public required string Person { get; init; }
        public Guid? TeamId { get; init; }
        public string? TeamName { get; init; }
        public ReferralSource Source { get; init; }
        public Guid? RequesterOrganisation { get; init; }
        public string? Requester { get; init; }
        public required string Reasons { get; init; }
        public WhatMatters? WhatMatters { get; init; }
        public DischargeReason? DischargeReason { get; init; }
        public string? IdentifierSystem { get; init; }
        public string? IdentifierValue { get; init; }
        public string? Reason { get; init; }
    }
}
