using Linkwork.Data;
using Linkwork.Domain.Notifications;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Notifications;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Notifications;

/// <summary>The outbox against a real SMTP server: delivered with its change, never without it, retried, given up on, sent once.</summary>
public abstract class OutboxDeliveryTests<TApp> : AppTests<TApp>
    where TApp : LinkworkApp, IMailApp
{
    protected OutboxDeliveryTests(TApp app) : base(app)
    {
        TestEnvironment.SkipUnlessSmtpSink();
    }

    private SmtpSink Sink => App.Sink;

    [Fact]
    public async Task A_message_saved_with_its_change_is_delivered_to_its_recipient()
    {
        await Sink.StartAsync();
        var tag = Tag();
        var to = $"lucy.{tag}@example.test";
        var subject = $"New referral {tag}";
        Guid id;
        await using (var scope = App.Scope())
        {
            var services = scope.ServiceProvider;
            services.GetRequiredService<AuditTrail>().Record("referral.sent", "Referral", tag);
            id = services.GetRequiredService<Outbox>().Email(to, subject, $"A referral is waiting for you.\nReference {tag}.", "referral.received",
                htmlBody: $"<p>A referral is waiting for you. Reference <b>{tag}</b>.</p>", programmeId: await ProgrammeAsync(services)).Id;
            await services.GetRequiredService<LinkworkDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        // Nothing but the save's wake can deliver it: the mail apps poll once an hour.
        var mail = Assert.Single(await Sink.WaitForAsync(subject));
        Assert.Equal(to, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("linkwork@example.test", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Contains($"Reference {tag}.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<b>{tag}</b>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal($"{id:N}@example.test", mail.MessageId);
        Assert.Equal("referral.received", mail.Headers["X-Linkwork-Kind"]);

        var row = await WaitForAsync(id, m => m.Status == OutboxStatus.Sent);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.SentAt);
        Assert.Null(row.LastError);
        Assert.Null(row.LeaseId);
        AssertLogsHoldNo(to, subject, tag);
    }

    [Fact]
    public async Task A_message_whose_unit_of_work_is_rolled_back_is_never_sent()
    {
        await Sink.StartAsync();
        var tag = Tag();
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            scope.ServiceProvider.GetRequiredService<Outbox>().Email($"gone.{tag}@example.test", $"Rolled back {tag}", "Never sent.", "test.rolled-back");
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        // A message queued afterwards goes out, so the worker has been round since the rollback.
        var after = await QueueAsync($"after.{tag}@example.test", $"After the rollback {tag}");
        await Sink.WaitForAsync($"After the rollback {tag}");
        await WaitForAsync(after, m => m.Status == OutboxStatus.Sent);

        Assert.DoesNotContain(Sink.Messages(), m => m.Subject == $"Rolled back {tag}");
        await using var check = App.Scope();
        Assert.False(await check.ServiceProvider.GetRequiredService<LinkworkDbContext>().OutboxMessages
            .AnyAsync(m => m.Subject == $"Rolled back {tag}", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task While_the_mail_server_is_down_a_message_is_retried_after_one_two_then_four_minutes_and_sent_when_it_is_back()
    {
        var tag = Tag();
        var to = $"retry.{tag}@example.test";
        var subject = $"Retried {tag}";
        await Sink.StopAsync();
        try
        {
            var id = await QueueAsync(to, subject);
            var row = await WaitForAsync(id, m => m.Attempts == 1 && m.LeaseId == null);
            Assert.Equal(OutboxStatus.Pending, row.Status);
            Assert.Equal(TimeSpan.FromMinutes(1), row.NextAttemptAt - row.LastAttemptAt);
            Assert.StartsWith("Network: ConnectionRefused", row.LastError, StringComparison.Ordinal);

            // Not before it is due: a pass that tries a newer message leaves this one alone.
            App.Clock.Advance(TimeSpan.FromSeconds(30));
            var marker = await QueueAsync($"marker.{tag}@example.test", $"Marker {tag}");
            await WaitForAsync(marker, m => m.Attempts == 1 && m.LeaseId == null);
            Assert.Equal(1, (await RowAsync(id)).Attempts);

            foreach (var (attempt, wait) in new[] { (2, TimeSpan.FromMinutes(2)), (3, TimeSpan.FromMinutes(4)) })
            {
                App.Clock.Advance(row.NextAttemptAt - App.Clock.GetUtcNow());
                Wake();
                row = await WaitForAsync(id, m => m.Attempts == attempt && m.LeaseId == null);
                Assert.Equal(OutboxStatus.Pending, row.Status);
                Assert.Equal(wait, row.NextAttemptAt - row.LastAttemptAt);
            }

            await Sink.StartAsync();
            App.Clock.Advance(row.NextAttemptAt - App.Clock.GetUtcNow());
            Wake();
            Assert.Single(await Sink.WaitForAsync(subject));
            row = await WaitForAsync(id, m => m.Status == OutboxStatus.Sent);
            Assert.Equal(4, row.Attempts);
            Assert.Null(row.LastError);
            AssertLogsHoldNo(to, subject, tag);
        }
        finally
        {
            await Sink.StartAsync();
        }
    }

    [Fact]
    public async Task After_the_maximum_number_of_attempts_a_message_is_failed_and_left_alone()
    {
        var tag = Tag();
        var to = $"failed.{tag}@example.test";
        await Sink.StopAsync();
        try
        {
            var id = await QueueAsync(to, $"Given up {tag}");
            var row = await WaitForAsync(id, m => m.Attempts == 1 && m.LeaseId == null);
            for (var attempt = 2; attempt <= MailSettings.MaxAttempts; attempt++)
            {
                App.Clock.Advance(row.NextAttemptAt - App.Clock.GetUtcNow());
                Wake();
                var expected = attempt;
                row = await WaitForAsync(id, m => m.Attempts == expected && m.LeaseId == null);
            }

            Assert.Equal(OutboxStatus.Failed, row.Status);
            Assert.NotNull(row.LastError);
            Assert.DoesNotContain(to, row.LastError, StringComparison.OrdinalIgnoreCase);

            // Even with the server back and hours gone by, a failed message stays failed.
            await Sink.StartAsync();
            App.Clock.Advance(TimeSpan.FromHours(3));
            var marker = await QueueAsync($"marker.{tag}@example.test", $"Marker after giving up {tag}");
            await WaitForAsync(marker, m => m.Status == OutboxStatus.Sent);
            row = await RowAsync(id);
            Assert.Equal(OutboxStatus.Failed, row.Status);
            Assert.Equal(MailSettings.MaxAttempts, row.Attempts);
            Assert.DoesNotContain(Sink.Messages(), m => m.Subject == $"Given up {tag}");
            AssertLogsHoldNo(to, $"Given up {tag}", tag);
        }
        finally
        {
            await Sink.StartAsync();
        }
    }

    [Fact]
    public async Task Workers_racing_for_the_same_messages_deliver_each_exactly_once()
    {
        await Sink.StartAsync();
        var tag = Tag();
        const int count = 24;
        var ids = new List<Guid>();
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
            // Committed only after the save has woken the app's own worker, so all three workers find the messages together.
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            for (var i = 0; i < count; i++)
            {
                ids.Add(outbox.Email($"race{i}.{tag}@example.test", $"Race {tag} #{i}", "Once only.", "test.race").Id);
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        var first = ActivatorUtilities.CreateInstance<OutboxDelivery>(App.Services);
        var second = ActivatorUtilities.CreateInstance<OutboxDelivery>(App.Services);
        Wake();
        var sent = await Task.WhenAll(
            Task.Run(() => first.DeliverDueAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken),
            Task.Run(() => second.DeliverDueAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken));

        Assert.True(sent.Sum() <= count, $"The two workers sent {sent.Sum()} of {count} messages.");
        await SmtpSink.WaitUntilAsync(async () =>
        {
            await using var scope = App.Scope();
            return await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().OutboxMessages
                .CountAsync(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Sent) == count;
        }, "every raced message to be sent");
        await using (var scope = App.Scope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().OutboxMessages.AsNoTracking()
                .Where(m => ids.Contains(m.Id)).ToListAsync(TestContext.Current.CancellationToken);
            // A second claim of a message would have counted a second attempt.
            Assert.All(rows, row => Assert.Equal(1, row.Attempts));
        }

        var received = Sink.Messages().Where(m => m.Subject?.StartsWith($"Race {tag} #", StringComparison.Ordinal) == true).Select(m => m.Subject).ToList();
        Assert.Equal(count, received.Count);
        Assert.Equal(count, received.Distinct().Count());
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..10];

    private void Wake() => App.Services.GetRequiredService<OutboxSignal>().Wake();

    private async Task<Guid> QueueAsync(string to, string subject)
    {
        await using var scope = App.Scope();
        var message = scope.ServiceProvider.GetRequiredService<Outbox>().Email(to, subject, "Hello from the tests.", "test.message");
        await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        return message.Id;
    }

    private async Task<OutboxMessage> RowAsync(Guid id)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken);
    }

    private async Task<OutboxMessage> WaitForAsync(Guid id, Func<OutboxMessage, bool> condition)
    {
        OutboxMessage? row = null;
        await SmtpSink.WaitUntilAsync(async () => condition(row = await RowAsync(id)), $"outbox message {id} to reach the expected state");
        return row!;
    }

    private static async Task<Guid> ProgrammeAsync(IServiceProvider services) =>
        await services.GetRequiredService<LinkworkDbContext>().Programmes.Select(p => p.Id).FirstAsync(TestContext.Current.CancellationToken);

    private void AssertLogsHoldNo(params string[] personal)
    {
        foreach (var value in personal)
        {
            Assert.DoesNotContain(App.Logs.Lines, line => line.Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }
}

public sealed class SqliteOutboxDeliveryTests(SqliteMailApp app) : OutboxDeliveryTests<SqliteMailApp>(app);

public sealed class PostgresOutboxDeliveryTests(PostgresMailApp app) : OutboxDeliveryTests<PostgresMailApp>(app);
