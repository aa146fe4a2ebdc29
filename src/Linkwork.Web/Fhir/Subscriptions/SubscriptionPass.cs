using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Notifications;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
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
    private DateTimeOffset _lastPruned = DateTimeOffset.MinValue;

    /// <returns>Whether a subscription has more due than one pass sends: the worker then goes round again at once.</returns>
    public async Task<bool> RunAsync(CancellationToken cancellationToken = default)
    {
        var maxAttempts = Math.Max(options.Value.FhirSubscriptions.MaxAttempts, 1);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        if (clock.GetUtcNow() - _lastPruned >= SubscriptionDeliveryPruning.Every)
        {
            _lastPruned = clock.GetUtcNow();
            if (await SubscriptionDeliveryPruning.PruneAsync(db, _lastPruned, options.Value.FhirSubscriptions.KeepDeliveredDays, cancellationToken) is > 0 and var pruned)
            {
                LogPruned(pruned);
            }
        }

        var more = false;
        foreach (var id in await SubscriptionClaims.ActiveAsync(db, clock.GetUtcNow(), cancellationToken))
        {
            var now = clock.GetUtcNow();
            var lease = Guid.CreateVersion7(now);
            if (await SubscriptionClaims.ClaimAsync(db, id, lease, now, cancellationToken) is not { } subscription)
            {
                continue;
            }

            var stopped = false;
            DateTimeOffset? cursor = null;
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

                cursor = await SubscriptionQueue.QueueNewMovesAsync(db, subscription, owner.Principal, now, cancellationToken);
                var served = await ServeAsync(scope.ServiceProvider, db, subscription, owner.Principal, lease, maxAttempts, cancellationToken);
                more |= served.More;
                stopped = served.Stopped;
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                // One subscription's trouble must not hold up the others: it is tried again at the next pass.
                LogSubscriptionFailed(id, e.GetType().Name);
            }
            finally
            {
                db.ChangeTracker.Clear();
                if (!stopped)
                {
                    // Released even when the pass failed, so the next poll can try again rather than wait out the lease.
                    await SubscriptionClaims.ReleaseAsync(db, id, lease, cursor, CancellationToken.None);
                }
            }
        }

        return more;
    }

    private sealed record Owner(ClaimsPrincipal? Principal, string? Problem);

    private sealed record Served(int Sent, bool Stopped, bool More);

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

    /// <summary>
    /// Sends what is due, oldest first, in batches: each batch's referrals are read in two queries and its outcomes saved
    /// in one, so a busy subscriber costs a few statements per fifty notifications rather than per notification. A crash
    /// between a send and that save sends those notifications again (at least once, as docs/fhir.md says).
    /// </summary>
    private async Task<Served> ServeAsync(
        IServiceProvider services, LinkworkDbContext db, TaskSubscription subscription, ClaimsPrincipal owner, Guid lease, int maxAttempts,
        CancellationToken cancellationToken)
    {
        var audit = services.GetRequiredService<AuditTrail>();
        audit.CommandLineActor = (AuditActorKind.ApiClient, subscription.ApiClientId, "fhir-subscription");
        var headers = SubscriptionHeaders.Parse(subscription.Headers);
        var started = clock.GetUtcNow();
        var (sent, errorShown) = (0, subscription.Error is not null);
        while (sent < SubscriptionClaims.MaxPerPass && clock.GetUtcNow() - started < SubscriptionClaims.LeaseTime / 2)
        {
            var batch = await db.SubscriptionDeliveries
                .Where(d => d.SubscriptionId == subscription.Id && d.Status == SubscriptionDeliveryStatus.Pending)
                .OrderBy(d => d.EventAt).ThenBy(d => d.Version).ThenBy(d => d.Id)
                .Take(SubscriptionClaims.BatchSize)
                .ToListAsync(cancellationToken);
            // Whether the client may still read each referral is asked now: access may have changed since the move was queued.
            var notifications = await SubscriptionNotifications.ForAsync(services, db, subscription, owner, batch, cancellationToken);
            string? failure = null;
            SubscriptionDelivery? failed = null;
            foreach (var delivery in batch)
            {
                var now = clock.GetUtcNow();
                if (delivery.NextAttemptAt > now)
                {
                    break;
                }

                if (!notifications.TryGetValue(delivery.Id, out var notification))
                {
                    delivery.Withhold();
                    LogWithheld(subscription.Id, delivery.Id);
                    continue;
                }

                delivery.BeginAttempt(now);
                failure = await notifier.SendAsync(subscription.Endpoint, headers, notification.TaskJson, cancellationToken);
                if (failure is not null)
                {
                    failed = delivery;
                    break;
                }

                delivery.MarkSent(clock.GetUtcNow());
                audit.Record(notification.IntoProgramme ? "episode.notified" : "referral.notified",
                    notification.IntoProgramme ? nameof(Episode) : nameof(OnwardReferral), delivery.ReferralId, programmeId: subscription.ProgrammeId);
                LogSent(subscription.Id, delivery.Id, delivery.Attempts);
                sent++;
            }

            var gaveUp = failed is not null && failed.RecordFailure(failure!, maxAttempts);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (failed is not null)
            {
                if (gaveUp)
                {
                    var reason = $"Notification of Task/{failed.ReferralId} version {failed.Version} failed {failed.Attempts} times; the last: {failure}. "
                        + "Nothing more is sent: create a new subscription when the endpoint is fixed.";
                    await SubscriptionClaims.StopAsync(db, subscription.Id, lease, reason, clock.GetUtcNow(), cancellationToken);
                    LogGaveUp(subscription.Id, failed.Id, failed.Attempts, failure!);
                    return new Served(sent, Stopped: true, More: false);
                }

                await SubscriptionClaims.RecordErrorAsync(db, subscription.Id, lease, failure, clock.GetUtcNow(), cancellationToken);
                LogWillRetry(subscription.Id, failed.Id, failed.Attempts, failure!);
                return new Served(sent, Stopped: false, More: false);
            }

            if (errorShown && sent > 0)
            {
                // Delivered again: the last failure is history.
                await SubscriptionClaims.RecordErrorAsync(db, subscription.Id, lease, null, clock.GetUtcNow(), cancellationToken);
                errorShown = false;
            }

            if (batch.Count < SubscriptionClaims.BatchSize || batch.Any(d => d.Status == SubscriptionDeliveryStatus.Pending))
            {
                // Everything queued was looked at, or what is left is not yet due.
                return new Served(sent, Stopped: false, More: false);
            }
        }

        return new Served(sent, Stopped: false, More: true);
    }

    [LoggerMessage(EventId = 8107, Level = LogLevel.Information, Message = "Deleted the record of {Count} notifications sent long ago")]
    private partial void LogPruned(int count);

    [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "Subscription {SubscriptionId}: notification {DeliveryId} sent on attempt {Attempt}")]
    private partial void LogSent(Guid subscriptionId, Guid deliveryId, int attempt);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Warning, Message = "Subscription {SubscriptionId}: notification {DeliveryId} failed on attempt {Attempt}: {Error}; it will be retried")]
    private partial void LogWillRetry(Guid subscriptionId, Guid deliveryId, int attempt, string error);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Error, Message = "Subscription {SubscriptionId}: notification {DeliveryId} failed on attempt {Attempt}: {Error}; the subscription is now in error")]
    private partial void LogGaveUp(Guid subscriptionId, Guid deliveryId, int attempt, string error);

    [LoggerMessage(EventId = 8104, Level = LogLevel.Warning, Message = "Subscription {SubscriptionId} stopped: {Reason}")]
    private partial void LogStopped(Guid subscriptionId, string reason);

    [LoggerMessage(EventId = 8106, Level = LogLevel.Error, Message = "Subscription {SubscriptionId} could not be served ({Error}); the next pass tries again")]
    private partial void LogSubscriptionFailed(Guid subscriptionId, string error);

    [LoggerMessage(EventId = 8105, Level = LogLevel.Information, Message = "Subscription {SubscriptionId}: notification {DeliveryId} withheld, its client can no longer read the referral")]
    private partial void LogWithheld(Guid subscriptionId, Guid deliveryId);
}
