using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Notifications;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Pathway;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>
/// Finds the referral moves a subscription has not yet queued and queues one delivery for each it matches: the moves of
/// onward referrals, and of referrals into the programme (episodes, whose Task the team owns). Only moves of referrals
/// its API client may read (<see cref="PathwayAccess"/>) are considered, so the criteria can narrow what the client
/// sees but never widen it.
/// </summary>
internal static class SubscriptionQueue
{
    /// <summary>
    /// How long a move may take to commit after its time was taken. Each pass looks back this far past the cursor, and
    /// the unique (subscription, referral, version) key keeps a move seen twice from being queued twice.
    /// </summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    /// <summary>Moves queued per subscription per pass; the rest wait for the next pass (the cursor stops at the last one queued).</summary>
    public const int MaxQueued = 500;

    /// <returns>The subscription's new cursor: moves before it have been looked at (less <see cref="Grace"/>).</returns>
    public static async Task<DateTimeOffset> QueueNewMovesAsync(
        LinkworkDbContext db, TaskSubscription subscription, ClaimsPrincipal owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (id, since, created, organisation) = (subscription.Id, subscription.Cursor - Grace, subscription.CreatedAt, subscription.OwnerOrganisationId);
        var onward = db.PathwayEvents.AsNoTracking().ReferralMovesVisibleTo(db.OnwardReferrals, owner);
        var episodes = db.PathwayEvents.AsNoTracking().EpisodeMovesVisibleTo(db.Episodes, owner);
        if (organisation is { } ownerOrganisation)
        {
            onward = onward.Where(e => db.OnwardReferrals.Any(r => r.Id == e.RecordId && r.OrganisationId == ownerOrganisation));
            // The owner of a referral into the programme is the programme's own organisation.
            episodes = episodes.Where(e => db.Organisations.Any(o => o.Id == ownerOrganisation && o.ProgrammeId == e.ProgrammeId && o.Kind == OrganisationKind.Programme));
        }

        if (subscription.StateFilter is { Count: > 0 } filter)
        {
            var states = filter.Select(s => s.ToString()).ToList();
            var episodeStates = EpisodeStatusMap.WithTaskStatusOf(filter).Select(s => s.ToString()).ToList();
            onward = onward.Where(e => states.Contains(e.ToState));
            episodes = episodes.Where(e => episodeStates.Contains(e.ToState));
        }

        var moves = onward.Concat(episodes)
            .Where(e => e.At > since && e.At >= created)
            .Where(e => !db.SubscriptionDeliveries.Any(d => d.SubscriptionId == id && d.ReferralId == e.RecordId && d.Version == e.Version));
        var found = await moves.OrderBy(e => e.At).ThenBy(e => e.Version)
            .Select(e => new { e.RecordId, e.Version, e.At })
            .Take(MaxQueued)
            .ToListAsync(cancellationToken);
        foreach (var move in found)
        {
            db.SubscriptionDeliveries.Add(SubscriptionDelivery.Queue(Guid.CreateVersion7(now), id, move.RecordId, move.Version, move.At, now));
        }

        if (found.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        // A full batch may have left later moves behind: look again from the last one queued.
        return found.Count == MaxQueued ? found[^1].At : now;
    }
}
