using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Notifications;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>
/// One pass over the active subscriptions: for each one this worker can claim, queue the moves it has not seen, then
/// send what is due, oldest first, stopping at the first failure so a subscriber never hears of version 3 before
/// version 2. Any number of passes may run at once, in one instance or several: the claim gives each subscription to one.
/// </summary>
public sealed partial class SubscriptionPass(
    IServiceScopeFactory scopes, SubscriptionNotifier notifier, IOptions<LinkworkSettings> options, TimeProvider clock, ILogger<SubscriptionPass> logger)
{
    /// <returns>How many notifications were sent.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var maxAttempts = Math.Max(options.Value.FhirSubscriptions.MaxAttempts, 1);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var sent = 0;
        foreach (var id in await SubscriptionClaims.ActiveAsync(db, clock.GetUtcNow(), cancellationToken))
        {
            var now = clock.GetUtcNow();
            var lease = Guid.CreateVersion7(now);
            if (await SubscriptionClaims.ClaimAsync(db, id, lease, now, cancellationToken) is not { } subscription)
            {
                continue;
            }

            var stopped = false;
            try
            {
                var owner = await OwnerAsync(db, subscription, cancellationToken);
                if (owner.Principal is null)
                {
                    stopped = true;
                    await SubscriptionClaims.StopAsync(db, id, lease, owner.Problem!, now, cancellationToken);
                    LogStopped(id, owner.Problem!);
                    continue;
                }

                await SubscriptionQueue.QueueNewMovesAsync(db, subscription, owner.Principal, lease, now, cancellationToken);
                var served = await ServeAsync(scope.ServiceProvider, db, subscription, owner.Principal, lease, maxAttempts, cancellationToken);
                sent += served.Sent;
                stopped = served.Stopped;
            }
            finally
            {
                db.ChangeTracker.Clear();
                if (!stopped)
                {
                    // Released even when the pass failed, so the next poll can try again rather than wait out the lease.
                    await SubscriptionClaims.ReleaseAsync(db, id, lease, CancellationToken.None);
                }
            }
        }

        return sent;
    }

    private sealed record Owner(ClaimsPrincipal? Principal, string? Problem);

    private sealed record Served(int Sent, bool Stopped);

    /// <summary>The subscription's API client as its token would present it, or why it no longer reads anything.</summary>
    private async Task<Owner> OwnerAsync(LinkworkDbContext db, TaskSubscription subscription, CancellationToken cancellationToken)
    {
        var holder = await db.ApiClients.AsNoTracking().Where(c => c.Id == subscription.ApiClientId)
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new { Client = c, o.ProgrammeId, o.Kind })
            .SingleOrDefaultAsync(cancellationToken);
        return holder?.Client.StandingAt(clock.GetUtcNow()) switch
        {
            ApiClientStanding.Active => new Owner(ApiClientPrincipal.For(holder.Client, holder.ProgrammeId, holder.Kind, "Subscription"), null),
            ApiClientStanding.Revoked => new Owner(null, "The API client that created this subscription was revoked: it no longer reads anything."),
            _ => new Owner(null, "The token of the API client that created this subscription expired: it no longer reads anything."),
        };
    }

    private async Task<Served> ServeAsync(
        IServiceProvider services, LinkworkDbContext db, TaskSubscription subscription, ClaimsPrincipal owner, Guid lease, int maxAttempts,
        CancellationToken cancellationToken)
    {
        var audit = services.GetRequiredService<AuditTrail>();
        audit.CommandLineActor = (AuditActorKind.ApiClient, subscription.ApiClientId, "fhir-subscription");
        var headers = SubscriptionHeaders.Parse(subscription.Headers);
        var sent = 0;
        for (var i = 0; i < SubscriptionClaims.MaxPerPass; i++)
        {
            var now = clock.GetUtcNow();
            var delivery = await db.SubscriptionDeliveries
                .Where(d => d.SubscriptionId == subscription.Id && d.Status == SubscriptionDeliveryStatus.Pending)
                .OrderBy(d => d.EventAt).ThenBy(d => d.Version).ThenBy(d => d.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (delivery is null || delivery.NextAttemptAt > now)
            {
                break;
            }

            // Whether the client may still read it is asked again now: access may have changed since the move was queued.
            var payload = await NotificationAsync(services, db, subscription, owner, delivery, cancellationToken);
            if (payload is null)
            {
                delivery.Withhold();
                await db.SaveChangesAsync(cancellationToken);
                LogWithheld(subscription.Id, delivery.Id);
                continue;
            }

            delivery.BeginAttempt(now);
            await db.SaveChangesAsync(cancellationToken);
            var failure = await notifier.SendAsync(subscription.Endpoint, headers, payload.TaskJson, cancellationToken);
            if (failure is null)
            {
                delivery.MarkSent(clock.GetUtcNow());
                audit.Record("referral.notified", nameof(OnwardReferral), delivery.ReferralId, programmeId: subscription.ProgrammeId);
                await db.SaveChangesAsync(cancellationToken);
                await SubscriptionClaims.RecordErrorAsync(db, subscription.Id, lease, null, now, cancellationToken);
                LogSent(subscription.Id, delivery.Id, delivery.Attempts);
                sent++;
                continue;
            }

            var gaveUp = delivery.RecordFailure(failure, maxAttempts);
            await db.SaveChangesAsync(cancellationToken);
            if (gaveUp)
            {
                var reason = $"Notification of Task/{delivery.ReferralId} version {delivery.Version} failed {delivery.Attempts} times; the last: {failure}. "
                    + "Nothing more is sent: create a new subscription when the endpoint is fixed.";
                await SubscriptionClaims.StopAsync(db, subscription.Id, lease, reason, clock.GetUtcNow(), cancellationToken);
                LogGaveUp(subscription.Id, delivery.Id, delivery.Attempts, failure);
                return new Served(sent, Stopped: true);
            }

            await SubscriptionClaims.RecordErrorAsync(db, subscription.Id, lease, failure, now, cancellationToken);
            LogWillRetry(subscription.Id, delivery.Id, delivery.Attempts, failure);
            break;
        }

        return new Served(sent, Stopped: false);
    }

    private sealed record Notification(string? TaskJson);

    /// <summary>What to send, or null when the client may no longer read the referral.</summary>
    private static async Task<Notification?> NotificationAsync(
        IServiceProvider services, LinkworkDbContext db, TaskSubscription subscription, ClaimsPrincipal owner, SubscriptionDelivery delivery,
        CancellationToken cancellationToken)
    {
        var referral = db.OnwardReferrals.AsNoTracking().VisibleTo(owner).Where(r => r.Id == delivery.ReferralId);
        if (!subscription.WithPayload)
        {
            return await referral.AnyAsync(cancellationToken) ? new Notification(null) : null;
        }

        var current = (await services.GetRequiredService<FhirReferralFacts>().LoadAsync(referral, cancellationToken)).SingleOrDefault();
        if (current is null)
        {
            return null;
        }

        var sentState = nameof(OnwardReferralState.Sent);
        var moves = await db.PathwayEvents.AsNoTracking()
            .Where(e => e.RecordId == delivery.ReferralId && (e.Version == delivery.Version || e.ToState == sentState))
            .Select(e => new { e.Version, e.ToState, e.At, e.ReasonCode, e.Reason })
            .ToListAsync(cancellationToken);
        var move = moves.Single(m => m.Version == delivery.Version);
        var sent = moves.Where(m => m.ToState == sentState).OrderBy(m => m.Version).FirstOrDefault();
        var asOf = ReadReferralHistory.AsOf(current, move.Version, move.ToState, move.At, move.ReasonCode, move.Reason, sent is null ? null : (sent.Version, sent.At));
        return new Notification(FhirResources.TaskJson(asOf));
    }

    [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "Subscription {SubscriptionId}: notification {DeliveryId} sent on attempt {Attempt}")]
    private partial void LogSent(Guid subscriptionId, Guid deliveryId, int attempt);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Warning, Message = "Subscription {SubscriptionId}: notification {DeliveryId} failed on attempt {Attempt}: {Error}; it will be retried")]
    private partial void LogWillRetry(Guid subscriptionId, Guid deliveryId, int attempt, string error);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Error, Message = "Subscription {SubscriptionId}: notification {DeliveryId} failed on attempt {Attempt}: {Error}; the subscription is now in error")]
    private partial void LogGaveUp(Guid subscriptionId, Guid deliveryId, int attempt, string error);

    [LoggerMessage(EventId = 8104, Level = LogLevel.Warning, Message = "Subscription {SubscriptionId} stopped: {Reason}")]
    private partial void LogStopped(Guid subscriptionId, string reason);

    [LoggerMessage(EventId = 8105, Level = LogLevel.Information, Message = "Subscription {SubscriptionId}: notification {DeliveryId} withheld, its client can no longer read the referral")]
    private partial void LogWithheld(Guid subscriptionId, Guid deliveryId);
}
