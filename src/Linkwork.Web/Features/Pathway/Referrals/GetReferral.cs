using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway.Episodes;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>
/// Reads a referral for either side; the provider's first read marks it Opened, so the link worker sees it has
/// been seen. Every read is audited: the referral carries the person's details.
/// </summary>
public sealed class GetReferral(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public async Task<ReferralView> HandleAsync(ClaimsPrincipal user, Guid referralId, CancellationToken cancellationToken) =>
        await ViewAsync(user, await ReadAsync(user, referralId, cancellationToken), cancellationToken);

    /// <summary>
    /// The referral itself, read as <see cref="HandleAsync"/> reads it (access, the provider's first read opening it, the
    /// audit line durable before it returns), for a caller that shows it its own way, as FHIR does.
    /// </summary>
    public async Task<OnwardReferral> ReadAsync(ClaimsPrincipal user, Guid referralId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var referral = await records.ReferralAsync(user, referralId, cancellationToken);
        if (!OnwardReferral.OpensOnReadBy(user.SideOf(), referral.State))
        {
            await audit.RecordReadsAsync("referral.read", nameof(OnwardReferral), [referral.Id]);
            return referral;
        }

        referral.Open(user.ActorId(), clock.GetUtcNow());
        audit.Record("referral.read", nameof(OnwardReferral), referral.Id);
        await db.SaveChangesAsync(cancellationToken);
        return referral;
    }

    /// <summary>
    /// The view of a referral the caller has just changed. Not audited again: the change's own audit entry, in the
    /// same commit, already records who touched the record and when, and a second commit per request would halve the
    /// pathway's write throughput for no new fact.
    /// </summary>
    public async Task<ReferralView> ViewAsync(ClaimsPrincipal user, OnwardReferral referral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(referral);
        var (referralId, side) = (referral.Id, user.SideOf());
        // One row, each side found by its key: the service, its organisation and the person.
        var names = await (from s in db.Services.AsNoTracking()
                           join o in db.Organisations on s.OrganisationId equals o.Id
                           from p in db.People
                           where s.Id == referral.ServiceId && p.Id == referral.PersonId
                           select new
                           {
                               Service = s.Details.Name,
                               Organisation = o.Name,
                               Person = new ReferredPerson(p.Id, p.GivenName + " " + p.FamilyName, p.DateOfBirth, p.Contact.Postcode),
                           }).SingleAsync(cancellationToken);
        var messages = await (from m in db.ReferralMessages.AsNoTracking()
                              join u in db.Users on m.AuthorId equals u.Id
                              where m.ReferralId == referralId
                              orderby m.At
                              select new ThreadMessage(m.Id, m.From, u.DisplayName, m.Text, m.At)).ToListAsync(cancellationToken);
        var history = await (from e in db.PathwayEvents.AsNoTracking()
                             join u in db.Users on e.ActorId equals u.Id into actors
                             from u in actors.DefaultIfEmpty()
                             where e.RecordId == referralId
                             orderby e.Version
                             select new EventView(e.Version, e.At, e.FromState, e.ToState, e.ReasonCode, e.Reason, u == null ? null : u.DisplayName)).ToListAsync(cancellationToken);
        var allowed = referral.AllowedMoves.Where(m => side is { } s && OnwardReferralMoves.SideOf(m) == s).ToList();
        return new ReferralView(
            referral.Id, referral.Version, referral.State, allowed, referral.EpisodeId, names.Person, referral.ServiceId, names.Service,
            referral.OrganisationId, names.Organisation, referral.Note, referral.SentAt, referral.RespondBy, referral.DeclineReason, messages, history);
    }
}
