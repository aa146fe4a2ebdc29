using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Pathway;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Reads what the Task and ServiceRequest of onward referrals say, in one compiled query for a page of them: a FHIR
/// read is the API's hottest path, and building and translating this join afresh each time was most of its CPU.
/// Callers pass referrals already cut down by <c>PathwayAccess</c>, except <see cref="FindAsync"/>, which applies it.
/// </summary>
public sealed class FhirReferralFacts(LinkworkDbContext db)
{
    private static readonly CompiledForEachModel<Func<LinkworkDbContext, Guid[], IAsyncEnumerable<Row>>> ByIds = new(() =>
        EF.CompileAsyncQuery((LinkworkDbContext db, Guid[] ids) =>
            // The requester is whoever drafted it: a staff account or an API client, each belonging to the programme's team.
            from r in db.OnwardReferrals.AsNoTracking()
            where ids.Contains(r.Id)
            join p in db.People on r.PersonId equals p.Id
            join s in db.Services on r.ServiceId equals s.Id
            join o in db.Organisations on r.OrganisationId equals o.Id
            join e in db.Episodes on r.EpisodeId equals e.Id
            join u in db.Users on r.CreatedBy equals u.Id into users
            from u in users.DefaultIfEmpty()
            join c in db.ApiClients on r.CreatedBy equals c.Id into clients
            from c in clients.DefaultIfEmpty()
            select new Row
            {
                Id = r.Id, Version = r.Version, State = r.State, ProgrammeId = r.ProgrammeId, CreatedAt = r.CreatedAt, UpdatedAt = r.UpdatedAt,
                SentAt = r.SentAt, PersonId = r.PersonId, Person = p.GivenName + " " + p.FamilyName, Service = s.Details.Name,
                OrganisationId = r.OrganisationId, Organisation = o.Name,
                RequesterOrganisation = u != null ? u.OrganisationId : (Guid?)c.OrganisationId,
                Requester = u != null ? u.DisplayName : c.Name,
                Note = r.Note, WhatMatters = e.WhatMatters, DeclineReason = r.DeclineReason,
                IdentifierSystem = r.RequesterIdentifierSystem, IdentifierValue = r.RequesterIdentifierValue,
                // The reason given with the move that made the current version (a decline's note, the provider's question).
                Reason = db.PathwayEvents.Where(ev => ev.RecordId == r.Id && ev.Version == r.Version).Select(ev => ev.Reason).FirstOrDefault(),
            }));

    /// <summary>One referral, if the user may see it (<c>PathwayAccess</c>); otherwise null, as if there were none.</summary>
    public async Task<ReferralFacts?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var found = await ReadAsync([id], cancellationToken);
        return found is [var (row, facts)] && user.Sees(row.ProgrammeId, facts.OrganisationId, facts.State) ? facts : null;
    }

    /// <summary>The referrals the query selects, in no particular order.</summary>
    public async Task<IReadOnlyList<ReferralFacts>> LoadAsync(IQueryable<OnwardReferral> referrals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        return await LoadAsync(await referrals.Select(r => r.Id).ToArrayAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The referrals with these ids, in no particular order.</summary>
    public async Task<IReadOnlyList<ReferralFacts>> LoadAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Length == 0 ? [] : (await ReadAsync(ids, cancellationToken)).Select(f => f.Facts).ToList();
    }

    private async Task<List<(Row Row, ReferralFacts Facts)>> ReadAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        var found = new List<(Row, ReferralFacts)>(ids.Length);
        await foreach (var r in ByIds.For(db)(db, ids).WithCancellation(cancellationToken))
        {
            found.Add((r, new ReferralFacts(
                r.Id, r.Version, r.State, r.CreatedAt, r.UpdatedAt, r.SentAt, r.PersonId, r.Person, r.Service, r.OrganisationId, r.Organisation,
                r.RequesterOrganisation, r.Requester, r.Note, r.WhatMatters?.Needs.Select(n => n.Category).ToList() ?? [],
                StatusReason(r.DeclineReason, r.Reason), RequesterIdentifierFacts.Of(r.IdentifierSystem, r.IdentifierValue))));
        }

        return found;
    }

    /// <summary>A decline's coded reason with its note, or the note alone: Task.statusReason.text.</summary>
    internal static string? StatusReason(DeclineReason? declined, string? note) => (declined, note) switch
    {
        (null, _) => note,
        ({ } reason, null) => reason.ToString(),
        ({ } reason, { } text) => $"{reason}: {text}",
    };

    private sealed class Row
    {
        public Guid Id { get; init; }
        public int Version { get; init; }
        public OnwardReferralState State { get; init; }
        public Guid ProgrammeId { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public DateTimeOffset? SentAt { get; init; }
        public Guid PersonId { get; init; }
        public required string Person { get; init; }
        public required string Service { get; init; }
        public Guid OrganisationId { get; init; }
        public required string Organisation { get; init; }
        public Guid? RequesterOrganisation { get; init; }
        public string? Requester { get; init; }
        public required string Note { get; init; }
        public WhatMatters? WhatMatters { get; init; }
        public DeclineReason? DeclineReason { get; init; }
        public string? Reason { get; init; }
        public string? IdentifierSystem { get; init; }
        public string? IdentifierValue { get; init; }
    }
}
