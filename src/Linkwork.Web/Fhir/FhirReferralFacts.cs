using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Reads what the Task and ServiceRequest of onward referrals say, in one query for a page of them. The caller passes
/// referrals already cut down by <c>PathwayAccess</c>: this class decides nothing about who sees what.
/// </summary>
public sealed class FhirReferralFacts(LinkworkDbContext db)
{
    public async Task<IReadOnlyList<ReferralFacts>> LoadAsync(IQueryable<OnwardReferral> referrals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        // The requester is whoever drafted it: a staff account or an API client, each belonging to the programme's team.
        var rows = await (from r in referrals
                          join p in db.People on r.PersonId equals p.Id
                          join s in db.Services on r.ServiceId equals s.Id
                          join o in db.Organisations on r.OrganisationId equals o.Id
                          join e in db.Episodes on r.EpisodeId equals e.Id
                          join u in db.Users on r.CreatedBy equals u.Id into users
                          from u in users.DefaultIfEmpty()
                          join c in db.ApiClients on r.CreatedBy equals c.Id into clients
                          from c in clients.DefaultIfEmpty()
                          select new
                          {
                              r.Id, r.Version, r.State, r.CreatedAt, r.UpdatedAt, r.SentAt, r.PersonId,
                              Person = p.GivenName + " " + p.FamilyName,
                              Service = s.Details.Name,
                              r.OrganisationId,
                              Organisation = o.Name,
                              RequesterOrganisation = u != null ? u.OrganisationId : (Guid?)c.OrganisationId,
                              Requester = u != null ? u.DisplayName : c.Name,
                              r.Note,
                              e.WhatMatters,
                              r.DeclineReason,
                              // The reason given with the move that made the current version (a decline's note, the provider's question).
                              Reason = db.PathwayEvents.Where(ev => ev.RecordId == r.Id && ev.Version == r.Version).Select(ev => ev.Reason).FirstOrDefault(),
                          }).ToListAsync(cancellationToken);
        return rows.Select(r => new ReferralFacts(
            r.Id, r.Version, r.State, r.CreatedAt, r.UpdatedAt, r.SentAt, r.PersonId, r.Person, r.Service, r.OrganisationId, r.Organisation,
            r.RequesterOrganisation, r.Requester, r.Note, r.WhatMatters?.Needs.Select(n => n.Category).ToList() ?? [],
            StatusReason(r.DeclineReason, r.Reason))).ToList();
    }

    /// <summary>A decline's coded reason with its note, or the note alone: Task.statusReason.text.</summary>
    internal static string? StatusReason(DeclineReason? declined, string? note) => (declined, note) switch
    {
        (null, _) => note,
        ({ } reason, null) => reason.ToString(),
        ({ } reason, { } text) => $"{reason}: {text}",
    };
}
