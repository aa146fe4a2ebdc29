using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Notifications;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Pathway;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>What one notification carries: the Task as its move left it (null for an empty notification), and of which kind of referral.</summary>
/// <param name="TaskJson">The body, or null when the subscription asked for no payload.</param>
/// <param name="IntoProgramme">Whether the Task is a referral into the programme's (an episode's) rather than an onward referral's.</param>
internal sealed record Notification(string? TaskJson, bool IntoProgramme);

/// <summary>
/// The notifications of a batch of deliveries, by the delivery's id, for the referrals the client may still read; a
/// delivery missing from the answer is withheld. Each kind of referral is read in two queries for the whole batch.
/// </summary>
internal static class SubscriptionNotifications
{
    public static async Task<Dictionary<Guid, Notification>> ForAsync(
        IServiceProvider services, LinkworkDbContext db, TaskSubscription subscription, ClaimsPrincipal owner, IReadOnlyList<SubscriptionDelivery> batch,
        CancellationToken cancellationToken)
    {
        var ids = batch.Select(d => d.ReferralId).Distinct().ToList();
        var referrals = db.OnwardReferrals.AsNoTracking().VisibleTo(owner).Where(r => ids.Contains(r.Id));
        var episodes = db.Episodes.AsNoTracking().VisibleTo(owner).Where(e => ids.Contains(e.Id));
        if (!subscription.WithPayload)
        {
            var onward = (await referrals.Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
            var intoProgramme = (await episodes.Select(e => e.Id).ToListAsync(cancellationToken)).ToHashSet();
            return batch.Where(d => onward.Contains(d.ReferralId) || intoProgramme.Contains(d.ReferralId))
                .ToDictionary(d => d.Id, d => new Notification(null, intoProgramme.Contains(d.ReferralId)));
        }

        var versions = batch.Select(d => d.Version).Distinct().ToList();
        var sentState = nameof(OnwardReferralState.Sent);
        var moves = await db.PathwayEvents.AsNoTracking()
            .Where(e => ids.Contains(e.RecordId) && (versions.Contains(e.Version) || e.ToState == sentState))
            .Select(e => new Move(e.RecordId, e.Version, e.ToState, e.At, e.ReasonCode, e.Reason))
            .ToListAsync(cancellationToken);
        var currentReferrals = (await services.GetRequiredService<FhirReferralFacts>().LoadAsync(referrals, cancellationToken)).ToDictionary(f => f.Id);
        var currentEpisodes = (await services.GetRequiredService<FhirEpisodeFacts>().LoadAsync(
            await episodes.Select(e => e.Id).ToArrayAsync(cancellationToken), cancellationToken)).ToDictionary(f => f.Id);
        var bodies = new Dictionary<Guid, Notification>();
        foreach (var delivery in batch)
        {
            var move = moves.SingleOrDefault(m => m.RecordId == delivery.ReferralId && m.Version == delivery.Version);
            if (move is null)
            {
                continue;
            }

            if (currentReferrals.TryGetValue(delivery.ReferralId, out var referral))
            {
                // A referral's sending is part of every later version (its authoredOn), so that move is read too.
                var sent = moves.Where(m => m.RecordId == delivery.ReferralId && m.ToState == sentState).MinBy(m => m.Version);
                var asOf = ReadReferralHistory.AsOf(referral, move.Version, move.ToState, move.At, move.ReasonCode, move.Reason, sent is null ? null : (sent.Version, sent.At));
                bodies[delivery.Id] = new Notification(FhirResources.TaskJson(asOf), IntoProgramme: false);
            }
            else if (currentEpisodes.TryGetValue(delivery.ReferralId, out var episode))
            {
                var asOf = ReadEpisodeHistory.AsOf(episode, move.Version, move.ToState, move.At, move.ReasonCode, move.Reason);
                bodies[delivery.Id] = new Notification(FhirResources.TaskJson(asOf), IntoProgramme: true);
            }
        }

        return bodies;
    }

    private sealed record Move(Guid RecordId, int Version, string ToState, DateTimeOffset At, string? ReasonCode, string? Reason);
}
