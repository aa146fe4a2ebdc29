using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Linkwork.Domain.Notifications;
using Linkwork.Web.Features.Notifications;
using Linkwork.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Notifications;

/// <summary>In-app notifications: saved with their change, listed on the user's own page and API, never shown to anyone else.</summary>
public abstract partial class NotificationsTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task A_notification_is_saved_with_its_change_or_not_at_all()
    {
        var (user, _) = await NewUserAsync(Role.ProviderStaff);
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            scope.ServiceProvider.GetRequiredService<Notify>().User(user.Id, "Rolled back", "/app", user.ProgrammeId);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        await NotifyAsync(user, "Kept", "/app");

        await using var check = App.Scope();
        var texts = await check.ServiceProvider.GetRequiredService<LinkworkDbContext>().Notifications
            .Where(n => n.UserAccountId == user.Id).Select(n => n.Text).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["Kept"], texts);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("app/referrals")]
    public async Task A_notification_links_only_to_a_page_of_the_site(string link)
    {
        var (user, _) = await NewUserAsync(Role.LinkWorker);
        await using var scope = App.Scope();
        var notify = scope.ServiceProvider.GetRequiredService<Notify>();
        Assert.Throws<DomainRuleException>(() => notify.User(user.Id, "Look here", link, user.ProgrammeId));
    }

    [Fact]
    public async Task The_page_lists_the_users_own_notifications_newest_first_and_the_navigation_counts_the_unread()
    {
        var (user, client) = await NewUserAsync(Role.LinkWorker);
        var (other, _) = await NewUserAsync(Role.LinkWorker);
        await NotifyAsync(other, "Someone else's referral", "/app/other");
        await NotifyAsync(user, "Older referral", "/app/older");
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await NotifyAsync(user, "Newer referral", "/app/newer");

        var dashboard = await client.GetStringAsync("/app", TestContext.Current.CancellationToken);
        Assert.Contains("<a href=\"/app/notifications\">Notifications (2 unread)</a>", dashboard, StringComparison.Ordinal);

        var page = await client.GetStringAsync("/app/notifications", TestContext.Current.CancellationToken);
        Assert.Contains("href=\"/app/newer\"", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("Newer referral", StringComparison.Ordinal) < page.IndexOf("Older referral", StringComparison.Ordinal),
            "The newest notification comes first.");
        Assert.DoesNotContain("Someone else", page, StringComparison.Ordinal);

        var marked = await client.PostFormAsync("/app/notifications", new Dictionary<string, string>(), "/app/notifications?handler=MarkAllRead");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var after = await client.GetStringAsync("/app/notifications", TestContext.Current.CancellationToken);
        Assert.Contains("2 notifications marked read.", after, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/app/notifications\">Notifications</a>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Unread: ", after, StringComparison.Ordinal);

        await using var scope = App.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Notifications
            .AnyAsync(n => n.UserAccountId == other.Id && n.ReadAt == null, TestContext.Current.CancellationToken),
            "Marking all read touches only the user's own notifications.");
    }

    [Fact]
    public async Task The_page_shows_twenty_at_a_time_with_a_link_to_older_ones()
    {
        var (user, client) = await NewUserAsync(Role.Supervisor);
        await using (var scope = App.Scope())
        {
            var notify = scope.ServiceProvider.GetRequiredService<Notify>();
            for (var i = 1; i <= ListNotifications.PageSize + 5; i++)
            {
                notify.User(user.Id, $"Deadline number {i:D2} is near", $"/app/deadlines/{i}", user.ProgrammeId);
                App.Clock.Advance(TimeSpan.FromMilliseconds(10));
            }

            await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var first = await client.GetStringAsync("/app/notifications", TestContext.Current.CancellationToken);
        Assert.Equal(ListNotifications.PageSize, DeadlineLinks().Count(first));
        Assert.Contains("Deadline number 25", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/app/notifications?page=2\"", first, StringComparison.Ordinal);

        var second = await client.GetStringAsync("/app/notifications?page=2", TestContext.Current.CancellationToken);
        Assert.Equal(5, DeadlineLinks().Count(second));
        Assert.Contains("Deadline number 01", second, StringComparison.Ordinal);
        Assert.DoesNotContain("page=3", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_lists_and_marks_only_the_callers_own_notifications()
    {
        var (user, client) = await NewUserAsync(Role.ProviderStaff);
        var (other, otherClient) = await NewUserAsync(Role.ProviderStaff);
        var mine = await NotifyAsync(user, "A new referral for you", "/app/referrals/1");
        var theirs = await NotifyAsync(other, "Their referral", "/app/referrals/2");

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications", TestContext.Current.CancellationToken);
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(mine, item.GetProperty("id").GetGuid());
        Assert.Equal("/app/referrals/1", item.GetProperty("link").GetString());
        Assert.Equal(1, list.GetProperty("unread").GetInt32());

        var stolen = await client.PostAsync($"/api/v1/notifications/{theirs}/read", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        var read = await client.PostAsync($"/api/v1/notifications/{mine}/read", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);

        list = await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications", TestContext.Current.CancellationToken);
        Assert.Equal(0, list.GetProperty("unread").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("readAt").ValueKind);
        var theirList = await otherClient.GetFromJsonAsync<JsonElement>("/api/v1/notifications", TestContext.Current.CancellationToken);
        var theirItem = Assert.Single(theirList.GetProperty("items").EnumerateArray());
        Assert.Equal(theirs, theirItem.GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, theirItem.GetProperty("readAt").ValueKind);

        var anonymous = await App.NewClient().GetAsync("/api/v1/notifications", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Without_a_mail_server_email_waits_in_the_outbox_and_the_log_says_so()
    {
        Guid id;
        await using (var scope = App.Scope())
        {
            id = scope.ServiceProvider.GetRequiredService<Outbox>().Email("waiting@example.test", "Waiting subject", "Body", "test.unconfigured",
                programmeId: await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Programmes.Select(p => p.Id).FirstAsync(TestContext.Current.CancellationToken)).Id;
            await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(0, await App.Services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(TestContext.Current.CancellationToken));
        await SmtpSink.WaitUntilAsync(() => Task.FromResult(App.Logs.Lines.Any(l => l.Contains("Email is not configured (Linkwork__Smtp__Host is not set)", StringComparison.Ordinal))),
            "the log line saying email is not configured");
        await using var check = App.Scope();
        var row = await check.ServiceProvider.GetRequiredService<LinkworkDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(0, row.Attempts);
        Assert.DoesNotContain(App.Logs.Lines, l => l.Contains("waiting@example.test", StringComparison.Ordinal) || l.Contains("Waiting subject", StringComparison.Ordinal));
    }

    private async Task<(UserAccount User, HttpClient Client)> NewUserAsync(Role role)
    {
        var email = await App.CreateAccountAsync(role);
        var client = App.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);
        await using var scope = App.Scope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByEmailAsync(email);
        return (user!, client);
    }

    private async Task<Guid> NotifyAsync(UserAccount user, string text, string link)
    {
        await using var scope = App.Scope();
        var notification = scope.ServiceProvider.GetRequiredService<Notify>().User(user.Id, text, link, user.ProgrammeId);
        await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        return notification.Id;
    }

    [GeneratedRegex("href=\"/app/deadlines/\\d+\"")]
    private static partial Regex DeadlineLinks();
}

public sealed class SqliteNotificationsTests(SqliteApp app) : NotificationsTests<SqliteApp>(app);

public sealed class PostgresNotificationsTests(PostgresApp app) : NotificationsTests<PostgresApp>(app);
