using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>The referrals inbox and a referral's page for both sides, on both databases.</summary>
public abstract class ReferralPagesTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private static string Page(Guid id) => $"/app/referrals/{id}";

    private static Dictionary<string, string> Move(string move, int version, string? note = null, string? declineReason = null, string? outcome = null)
    {
        var form = new Dictionary<string, string> { ["move"] = move, ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["note"] = note ?? "" };
        if (declineReason is not null)
        {
            form["declineReason"] = declineReason;
        }

        if (outcome is not null)
        {
            form["outcome"] = outcome;
        }

        return form;
    }

    [Fact]
    public async Task The_provider_finds_a_sent_referral_in_the_inbox_with_its_deadline_and_the_dashboard_counts_it()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var (_, referralId) = await App.SentReferralAsync(linkWorker, 10);
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);

        var inbox = await provider.GetStringAsync("/app/referrals");

        Assert.Contains($"href=\"{Page(referralId)}\"", inbox, StringComparison.Ordinal);
        Assert.Contains("nearest deadline at the top", inbox, StringComparison.Ordinal);
        Assert.Contains("waiting for your answer", await provider.GetStringAsync("/app"), StringComparison.Ordinal);
        Assert.Contains($"href=\"{Page(referralId)}\"", await linkWorker.GetStringAsync("/app/referrals?view=awaiting"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_is_not_in_the_providers_inbox_and_is_not_found_for_them()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var episodeId = await App.ActiveEpisodeAsync(linkWorker, 11);
        var draftId = await linkWorker.DraftAsync(episodeId, (await App.ProviderServiceAsync()).ServiceId);
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);

        Assert.DoesNotContain(draftId.ToString(), await provider.GetStringAsync("/app/referrals"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.GetAsync(Page(draftId))).StatusCode);
        Assert.Contains(HtmlEncoder.Default.Encode("Draft — not yet sent"), await linkWorker.GetStringAsync(Page(draftId)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "consent")]
    [InlineData(true, "Sent: the provider is asked to answer by")]
    public async Task The_link_worker_sends_a_draft_from_its_page_only_with_consent_to_share(bool consent, string told)
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var episodeId = await App.ActiveEpisodeAsync(linkWorker, consent ? 19 : 20);
        var personId = await App.InDatabaseAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.PersonId).SingleAsync());
        await (await linkWorker.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { kind = "ShareWithReferredOrganisations", given = consent })).JsonAsync(HttpStatusCode.OK);
        var draftId = await linkWorker.DraftAsync(episodeId, (await App.ProviderServiceAsync()).ServiceId);
        Assert.Contains("Send the referral to", await linkWorker.GetStringAsync(Page(draftId)), StringComparison.Ordinal);

        var response = await linkWorker.PostFormAsync(Page(draftId), new Dictionary<string, string> { ["version"] = "1" }, $"{Page(draftId)}?handler=Send");
        var page = response.StatusCode == HttpStatusCode.Redirect ? await linkWorker.GetStringAsync(Page(draftId)) : await response.Content.ReadAsStringAsync();

        Assert.Contains(told, page, StringComparison.Ordinal);
        Assert.Equal(consent ? OnwardReferralState.Sent : OnwardReferralState.Draft, (await App.ReferralStateAsync(draftId)).State);
    }

    [Theory]
    [InlineData(Role.Referrer)]
    [InlineData(Role.Analyst)]
    public async Task Roles_without_a_side_neither_list_nor_open_referrals(Role role)
    {
        var (_, referralId) = await App.SentReferralAsync(await App.SignedInAsAsync(Role.LinkWorker), 12);
        var client = await App.SignedInAsAsync(role);

        Assert.Contains("access-denied", (await client.GetAsync("/app/referrals")).Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Page(referralId))).StatusCode);
    }

    [Fact]
    public async Task A_provider_of_another_organisation_gets_not_found()
    {
        var (_, referralId) = await App.SentReferralAsync(await App.SignedInAsAsync(Role.LinkWorker), 13);
        var other = await App.OtherProviderAsync((await App.ProviderServiceAsync()).OrganisationId);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Page(referralId))).StatusCode);
        Assert.DoesNotContain(referralId.ToString(), await other.GetStringAsync("/app/referrals"), StringComparison.Ordinal);
        Assert.Equal((OnwardReferralState.Sent, 2), await App.ReferralStateAsync(referralId));
    }

    [Fact]
    public async Task The_provider_opens_accepts_records_engagement_and_completion_and_the_link_worker_sees_each()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var (episodeId, referralId) = await App.SentReferralAsync(linkWorker, 14);
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);
        var page = await provider.GetStringAsync(Page(referralId));
        Assert.Equal((OnwardReferralState.Opened, 3), await App.ReferralStateAsync(referralId));
        Assert.Contains("She would like company on a walk", page, StringComparison.Ordinal);
        Assert.Contains("Accept the referral", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Withdraw the referral", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync(Page(referralId), Move("Accept", 3), $"{Page(referralId)}?handler=Move")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync(Page(referralId), Move("RecordEngagement", 4, "Came to the first session"), $"{Page(referralId)}?handler=Move")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync(Page(referralId), Move("RecordOutcome", 5, "Finished the course", outcome: "Completed"), $"{Page(referralId)}?handler=Move")).StatusCode);

        Assert.Equal((OnwardReferralState.Completed, 6), await App.ReferralStateAsync(referralId));
        var seen = await linkWorker.GetStringAsync(Page(referralId));
        Assert.Contains("Came to the first session", seen, StringComparison.Ordinal);
        Assert.Contains("Completed", await linkWorker.GetStringAsync($"/app/episodes/{episodeId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decline_without_a_reason_is_explained_and_changes_nothing()
    {
        var (_, referralId) = await App.SentReferralAsync(await App.SignedInAsAsync(Role.LinkWorker), 15);
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);

        var response = await provider.PostFormAsync(Page(referralId), Move("Decline", 3, "Full up"), $"{Page(referralId)}?handler=Move");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A decline needs a reason", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((OnwardReferralState.Opened, 3), await App.ReferralStateAsync(referralId));

        var declined = await provider.PostFormAsync(Page(referralId), Move("Decline", 3, "Full up", declineReason: "NoCapacity"), $"{Page(referralId)}?handler=Move");
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Equal(OnwardReferralState.Declined, (await App.ReferralStateAsync(referralId)).State);
    }

    [Fact]
    public async Task A_stale_page_is_told_someone_else_changed_the_referral_and_changes_nothing()
    {
        var (_, referralId) = await App.SentReferralAsync(await App.SignedInAsAsync(Role.LinkWorker), 16);
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);
        await provider.GetStringAsync(Page(referralId));

        // Read at version 2 (sent); the provider's first read opened it, making it version 3.
        var response = await provider.PostFormAsync(Page(referralId), Move("Accept", 2), $"{Page(referralId)}?handler=Move");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((OnwardReferralState.Opened, 3), await App.ReferralStateAsync(referralId));
    }

    [Fact]
    public async Task The_provider_asks_the_link_worker_answers_and_both_write_in_the_thread()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var (_, referralId) = await App.SentReferralAsync(linkWorker, 17);
        var provider = await App.SignedInAsAsync(Role.ProviderStaff);

        var noQuestion = await provider.PostFormAsync(Page(referralId), Move("RequestInformation", 3, " "), $"{Page(referralId)}?handler=Move");
        Assert.Contains("The question", await noQuestion.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync(Page(referralId), Move("RequestInformation", 3, "Can she manage stairs?"), $"{Page(referralId)}?handler=Move")).StatusCode);

        var asked = await linkWorker.GetStringAsync(Page(referralId));
        Assert.Contains("Can she manage stairs?", asked, StringComparison.Ordinal);
        Assert.Contains("Answer the provider", asked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await linkWorker.PostFormAsync(Page(referralId), Move("SupplyInformation", 4, "Yes, with a rail"), $"{Page(referralId)}?handler=Move")).StatusCode);
        Assert.Equal((OnwardReferralState.Opened, 5), await App.ReferralStateAsync(referralId));

        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync(Page(referralId), new Dictionary<string, string> { ["text"] = "Thanks, we have a ground-floor room" }, $"{Page(referralId)}?handler=Message")).StatusCode);
        Assert.Contains("ground-floor room", await linkWorker.GetStringAsync(Page(referralId)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_link_worker_withdraws_only_with_a_reason_and_cannot_answer_for_the_provider()
    {
        var linkWorker = await App.SignedInAsAsync(Role.LinkWorker);
        var (_, referralId) = await App.SentReferralAsync(linkWorker, 18);
        var page = await linkWorker.GetStringAsync(Page(referralId));
        Assert.DoesNotContain("Accept the referral", page, StringComparison.Ordinal);
        Assert.Contains("Withdraw the referral", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await linkWorker.PostFormAsync(Page(referralId), Move("Accept", 2), $"{Page(referralId)}?handler=Move")).StatusCode);
        var noReason = await linkWorker.PostFormAsync(Page(referralId), Move("Withdraw", 2), $"{Page(referralId)}?handler=Move");
        Assert.Contains("The reason for withdrawing", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((OnwardReferralState.Sent, 2), await App.ReferralStateAsync(referralId));

        Assert.Equal(HttpStatusCode.Redirect, (await linkWorker.PostFormAsync(Page(referralId), Move("Withdraw", 2, "She has moved away"), $"{Page(referralId)}?handler=Move")).StatusCode);
        Assert.Equal(OnwardReferralState.Withdrawn, (await App.ReferralStateAsync(referralId)).State);
    }
}

public sealed class SqliteReferralPagesTests(SqliteApp app) : ReferralPagesTests<SqliteApp>(app);

public sealed class PostgresReferralPagesTests(PostgresApp app) : ReferralPagesTests<PostgresApp>(app);
