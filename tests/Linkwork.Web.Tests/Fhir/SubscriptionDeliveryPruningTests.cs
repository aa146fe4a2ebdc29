using System.Net;
using System.Text;
using Linkwork.Domain.Access;
using Linkwork.Domain.Notifications;
using Linkwork.Web.Fhir.Subscriptions;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>The record of notifications done with is deleted after the days kept; what is owed, failed or recent stays.</summary>
public abstract class SubscriptionDeliveryPruningTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task Sent_and_withheld_notifications_older_than_the_days_kept_are_deleted_and_nothing_else()
    {
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        var body = """{"resourceType":"Subscription","status":"requested","reason":"Pruning","criteria":"Task","channel":{"type":"rest-hook","endpoint":"https://hooks.example.invalid/x"}}""";
        var created = await (await provider.PostAsync("/fhir/Subscription", new StringContent(body, Encoding.UTF8, "application/fhir+json"))).FhirAsync(HttpStatusCode.Created);
        var subscriptionId = Guid.Parse(created.GetProperty("id").GetString()!);
        var cursor = await App.InDatabaseAsync(db => db.TaskSubscriptions.Where(s => s.Id == subscriptionId).Select(s => s.Cursor).SingleAsync());

        SubscriptionDelivery Delivery(TimeSpan beforeCursor, Action<SubscriptionDelivery> outcome)
        {
            var at = cursor - beforeCursor;
            var delivery = SubscriptionDelivery.Queue(Guid.CreateVersion7(), subscriptionId, Guid.CreateVersion7(), 2, at, at);
            outcome(delivery);
            return delivery;
        }

        var oldSent = Delivery(TimeSpan.FromDays(10), d => d.MarkSent(cursor));
        var oldWithheld = Delivery(TimeSpan.FromDays(10), d => d.Withhold());
        var oldFailed = Delivery(TimeSpan.FromDays(10), d =>
        {
            d.BeginAttempt(cursor);
            d.RecordFailure("The endpoint answered HTTP 500", maxAttempts: 1);
        });
        var oldOwed = Delivery(TimeSpan.FromDays(10), _ => { });
        var recentSent = Delivery(TimeSpan.FromHours(12), d => d.MarkSent(cursor));
        // Sent long before the prune's time but after the subscription's cursor: the queue may look at its move again.
        var aheadOfCursor = Delivery(TimeSpan.FromDays(-5), d => d.MarkSent(cursor));
        await App.InDatabaseAsync(async db =>
        {
            db.SubscriptionDeliveries.AddRange(oldSent, oldWithheld, oldFailed, oldOwed, recentSent, aheadOfCursor);
            return await db.SaveChangesAsync();
        });

        var pruned = await App.InDatabaseAsync(db => SubscriptionDeliveryPruning.PruneAsync(db, cursor, keepDays: 1, CancellationToken.None));
        var later = await App.InDatabaseAsync(db => SubscriptionDeliveryPruning.PruneAsync(db, cursor + TimeSpan.FromDays(40), keepDays: 30, CancellationToken.None));

        Assert.Equal(2, pruned);
        Assert.Equal(0, later);
        var left = await App.InDatabaseAsync(db => db.SubscriptionDeliveries.Where(d => d.SubscriptionId == subscriptionId).Select(d => d.Id).ToListAsync());
        Assert.Equal(new[] { oldFailed.Id, oldOwed.Id, recentSent.Id, aheadOfCursor.Id }.Order(), left.Order());
    }
}

public sealed class SqliteSubscriptionDeliveryPruningTests(SqliteApp app) : SubscriptionDeliveryPruningTests<SqliteApp>(app);

public sealed class PostgresSubscriptionDeliveryPruningTests(PostgresApp app) : SubscriptionDeliveryPruningTests<PostgresApp>(app);
