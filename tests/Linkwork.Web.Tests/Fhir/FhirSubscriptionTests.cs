using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Notifications;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Fhir.Subscriptions;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>
/// R4 rest-hook Subscriptions on Task, delivered over real HTTP to a local endpoint: what a client's subscription hears
/// (its own organisation's Tasks, in order, as it may read them), what it never hears, retries, error, delete, and refusals.
/// </summary>
public abstract class FhirSubscriptionTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp, ISubscriptionApp
{
    private HookReceiver Hooks => App.Hooks;

    [Fact]
    public async Task A_providers_client_hears_each_move_of_its_organisations_Tasks_in_order_and_another_organisation_hears_nothing()
    {
        var tag = Tag();
        var providerOrganisation = await App.OrganisationOfAsync(Role.ProviderStaff);
        var provider = await App.ApiClientAsync("provider-staff", providerOrganisation);
        var other = await App.ApiClientAsync("provider-staff", await App.OtherProviderAsync());
        var team = await App.ApiClientAsync("link-worker", await App.OrganisationOfAsync(Role.LinkWorker));

        var created = await (await provider.PostAsync("/fhir/Subscription", Subscription(
            $"Task?owner=Organization/{providerOrganisation}", Hooks.Url($"mine-{tag}"), payload: true, headers: [$"Authorization: Bearer hook-{tag}"])))
            .FhirAsync(HttpStatusCode.Created);
        Assert.Equal("active", created.GetProperty("status").GetString());
        var subscriptionId = created.GetProperty("id").GetString()!;
        // Another provider's client asks for everything, even the first provider's Tasks by name: it still hears nothing of them.
        var otherAll = await (await other.PostAsync("/fhir/Subscription", Subscription("Task", Hooks.Url($"other-{tag}"), payload: true))).FhirAsync(HttpStatusCode.Created);
        var otherOwned = await (await other.PostAsync("/fhir/Subscription", Subscription($"Task?owner=Organization/{providerOrganisation}", Hooks.Url($"other-{tag}"), payload: true)))
            .FhirAsync(HttpStatusCode.Created);
        // The programme's team asks only for this provider's acceptances (not its own of referrals into the programme), with no payload.
        await (await team.PostAsync("/fhir/Subscription", Subscription($"Task?owner=Organization/{providerOrganisation}&status=accepted", Hooks.Url($"team-{tag}"), payload: false)))
            .FhirAsync(HttpStatusCode.Created);

        var (_, referrals) = await App.SentReferralsAsync(1);
        var referralId = referrals[0];
        var staff = await App.SignedInAsAsync(Role.ProviderStaff);
        await (await staff.PostIfMatchAsync($"/api/v1/referrals/{referralId}/accept", null, null)).JsonAsync(HttpStatusCode.OK);

        // The draft (version 1) is not the provider's to see; sent (2) and accepted (3) arrive in that order with the Task.
        var received = await Hooks.WaitForAsync($"mine-{tag}", 2);
        var heardAt = App.Clock.GetUtcNow();
        Assert.Equal(2, received.Count);
        var tasks = received.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.All(received, r => Assert.StartsWith("application/fhir+json", r.ContentType, StringComparison.Ordinal));
        Assert.All(received, r => Assert.Equal($"Bearer hook-{tag}", r.Headers["Authorization"]));
        Assert.All(tasks, t => Assert.Equal(referralId.ToString(), t.GetProperty("id").GetString()));
        Assert.All(tasks, t => Assert.Equal($"Organization/{providerOrganisation}", t.GetProperty("owner").GetProperty("reference").GetString()));
        Assert.Equal(["2", "3"], tasks.Select(t => t.GetProperty("meta").GetProperty("versionId").GetString()));
        Assert.Equal(["requested", "accepted"], tasks.Select(t => t.GetProperty("status").GetString()));
        Assert.Equal(["sent", "accepted"], tasks.Select(t => t.GetProperty("businessStatus").GetProperty("coding")[0].GetProperty("code").GetString()));

        var team1 = Assert.Single(await Hooks.WaitForAsync($"team-{tag}", 1));
        Assert.Equal("", team1.Body);
        Assert.Null(team1.ContentType);

        // Another full pass after the moves were heard: the other organisation's subscriptions have looked at them and queued nothing.
        var others = new[] { otherAll, otherOwned }.Select(o => Guid.Parse(o.GetProperty("id").GetString()!)).ToList();
        await WaitAsync(db => db.TaskSubscriptions.Where(s => others.Contains(s.Id)).AllAsync(s => s.Cursor > heardAt), "the other organisation's subscriptions to look past the moves");
        Assert.Empty(Hooks.At($"other-{tag}"));
        Assert.False(await App.InDatabaseAsync(db => db.SubscriptionDeliveries.AnyAsync(d => others.Contains(d.SubscriptionId))));
        Assert.Single(Hooks.At($"team-{tag}"));

        // Each notification that carried the Task is audited as the subscriber's read of the referral; the create too.
        var owner = await App.InDatabaseAsync(db => db.TaskSubscriptions.Where(s => s.Id == Guid.Parse(subscriptionId)).Select(s => s.ApiClientId).SingleAsync());
        await WaitAsync(db => db.AuditEntries.CountAsync(a => a.Action == "referral.notified" && a.RecordId == referralId.ToString() && a.ActorId == owner).ContinueWith(c => c.Result == 2),
            "both notifications to be audited");
        Assert.True(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "subscription.create" && a.RecordId == subscriptionId && a.ActorId == owner)));

        // The Task names the person; the logs name neither them nor the subscriber's secret.
        var person = await App.InDatabaseAsync(db => db.OnwardReferrals.Where(r => r.Id == referralId)
            .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => p.FamilyName).SingleAsync());
        Assert.Contains(person, received[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Logs.Lines, line => line.Contains(person, StringComparison.OrdinalIgnoreCase) || line.Contains($"hook-{tag}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_referrers_client_hears_its_referral_into_the_programme_move_while_a_provider_hears_nothing_of_it()
    {
        var tag = Tag();
        var referrerOrganisation = await App.OrganisationOfAsync(Role.Referrer);
        var referrer = await App.ApiClientAsync("referrer", referrerOrganisation);
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        await (await referrer.PostAsync("/fhir/Subscription", Subscription("Task", Hooks.Url($"ehr-{tag}"), payload: true))).FhirAsync(HttpStatusCode.Created);
        var providerAll = await (await provider.PostAsync("/fhir/Subscription", Subscription("Task", Hooks.Url($"provider-{tag}"), payload: true)))
            .FhirAsync(HttpStatusCode.Created);

        var bundle = FhirBundles.Transaction(
            FhirBundles.Entry("urn:uuid:0c000000-0000-4000-8000-000000000001", FhirBundles.Patient(FhirBundles.NewNhsNumber()), "Patient"),
            FhirBundles.Entry("urn:uuid:0c000000-0000-4000-8000-000000000002", new
            {
                resourceType = "ServiceRequest", status = "active", intent = "order",
                reasonCode = new[] { new { text = "Low mood and isolated" } },
                subject = new { reference = "urn:uuid:0c000000-0000-4000-8000-000000000001" },
            }, "ServiceRequest"));
        var answer = await (await referrer.SendFhirAsync(HttpMethod.Post, "/fhir", bundle)).FhirAsync(HttpStatusCode.OK);
        var id = Guid.Parse(answer.GetProperty("entry")[1].GetProperty("response").GetProperty("location").GetString()!.Split('/')[^1]);
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        await (await worker.PostAsJsonAsync($"/api/v1/episodes/{id}/contact-attempts", new { reached = false })).JsonAsync(HttpStatusCode.OK);
        // A second attempt is a working note, not a move: nobody is told of it.
        await (await worker.PostAsJsonAsync($"/api/v1/episodes/{id}/contact-attempts", new { reached = true })).JsonAsync(HttpStatusCode.OK);
        await (await worker.PostIfMatchAsync($"/api/v1/episodes/{id}/accept", null, null)).JsonAsync(HttpStatusCode.OK);
        await (await worker.PostIfMatchAsync($"/api/v1/episodes/{id}/discharge", new { dischargeReason = "GoalsMet" }, null)).JsonAsync(HttpStatusCode.OK);
        Wake();

        var received = await Hooks.WaitForAsync($"ehr-{tag}", 4);
        var heardAt = App.Clock.GetUtcNow();
        var tasks = received.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.All(tasks, t => Assert.Equal(id.ToString(), t.GetProperty("id").GetString()));
        Assert.Equal(["1", "2", "4", "5"], tasks.Select(t => t.GetProperty("meta").GetProperty("versionId").GetString()));
        Assert.Equal(["requested", "received", "accepted", "completed"], tasks.Select(t => t.GetProperty("status").GetString()));
        Assert.Equal("GoalsMet", tasks[^1].GetProperty("statusReason").GetProperty("text").GetString());
        Assert.Equal($"Organization/{referrerOrganisation}", tasks[0].GetProperty("requester").GetProperty("reference").GetString());
        await WaitAsync(db => db.AuditEntries.CountAsync(a => a.Action == "episode.notified" && a.RecordId == id.ToString()).ContinueWith(c => c.Result == 4),
            "the four notifications to be audited");

        var providerSubscription = Guid.Parse(providerAll.GetProperty("id").GetString()!);
        await WaitAsync(db => db.TaskSubscriptions.AnyAsync(s => s.Id == providerSubscription && s.Cursor > heardAt), "the provider's subscription to look past the moves");
        Assert.Empty(Hooks.At($"provider-{tag}"));
        Assert.Equal(4, Hooks.At($"ehr-{tag}").Count);
    }

    [Fact]
    public async Task A_failing_endpoint_is_retried_after_one_then_two_minutes_later_moves_wait_their_turn_and_the_subscription_ends_in_error()
    {
        var tag = Tag();
        var path = $"failing-{tag}";
        Hooks.Answer(path, StatusCodes500);
        var providerOrganisation = await App.OrganisationOfAsync(Role.ProviderStaff);
        var provider = await App.ApiClientAsync("provider-staff", providerOrganisation);
        var created = await (await provider.PostAsync("/fhir/Subscription", Subscription($"Task?owner=Organization/{providerOrganisation}", Hooks.Url(path), payload: true)))
            .FhirAsync(HttpStatusCode.Created);
        var id = Guid.Parse(created.GetProperty("id").GetString()!);

        var (_, referrals) = await App.SentReferralsAsync(1);
        var staff = await App.SignedInAsAsync(Role.ProviderStaff);
        await (await staff.PostIfMatchAsync($"/api/v1/referrals/{referrals[0]}/accept", null, null)).JsonAsync(HttpStatusCode.OK);

        var first = await DeliveryAsync(id, 2, d => Retrying(d, 1));
        Assert.Equal(SubscriptionDeliveryStatus.Pending, first.Status);
        Assert.Equal(TimeSpan.FromMinutes(1), first.NextAttemptAt - first.LastAttemptAt);
        Assert.Equal("The endpoint answered HTTP 500", first.LastError);
        await WaitAsync(db => db.TaskSubscriptions.AnyAsync(s => s.Id == id && s.Error != null), "the failure to show on the subscription");
        var shown = await (await provider.GetAsync($"/fhir/Subscription/{id}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("active", shown.GetProperty("status").GetString());
        Assert.Equal("The endpoint answered HTTP 500", shown.GetProperty("error").GetString());

        // Version 3 is queued but waits behind version 2, and nothing is retried before it is due.
        await WaitAsync(db => db.SubscriptionDeliveries.AnyAsync(d => d.SubscriptionId == id && d.Version == 3), "the acceptance to be queued");
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        Wake();
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Single(Hooks.At(path));
        Assert.Equal(0, (await DeliveryAsync(id, 3, _ => true)).Attempts);

        App.Clock.Advance(first.NextAttemptAt - App.Clock.GetUtcNow());
        Wake();
        var second = await DeliveryAsync(id, 2, d => Retrying(d, 2));
        Assert.Equal(TimeSpan.FromMinutes(2), second.NextAttemptAt - second.LastAttemptAt);

        App.Clock.Advance(second.NextAttemptAt - App.Clock.GetUtcNow());
        Wake();
        var last = await DeliveryAsync(id, 2, d => d.Status == SubscriptionDeliveryStatus.Failed);
        Assert.Equal(SubscriptionSettings.MaxAttempts, last.Attempts);
        await WaitAsync(db => db.TaskSubscriptions.AnyAsync(s => s.Id == id && s.Status == TaskSubscriptionStatus.Error), "the subscription to stop");

        var stopped = await (await provider.GetAsync($"/fhir/Subscription/{id}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("error", stopped.GetProperty("status").GetString());
        Assert.Contains("version 2 failed 3 times", stopped.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("HTTP 500", stopped.GetProperty("error").GetString(), StringComparison.Ordinal);

        // Hours later, with the endpoint mended, a subscription in error stays silent.
        Hooks.Answer(path, 200);
        App.Clock.Advance(TimeSpan.FromHours(3));
        Wake();
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        var received = Hooks.At(path);
        Assert.Equal(SubscriptionSettings.MaxAttempts, received.Count);
        Assert.All(received, r => Assert.Equal("2", JsonDocument.Parse(r.Body).RootElement.GetProperty("meta").GetProperty("versionId").GetString()));
        Assert.Equal(0, (await DeliveryAsync(id, 3, _ => true)).Attempts);
    }

    [Fact]
    public async Task A_connection_closed_without_an_answer_is_tried_once_more_at_once_and_twice_counts_as_a_failed_attempt()
    {
        var tag = Tag();
        var (once, twice) = ($"once-{tag}", $"twice-{tag}");
        Hooks.Drop(once, 1);
        Hooks.Drop(twice, 2);
        var providerOrganisation = await App.OrganisationOfAsync(Role.ProviderStaff);
        var provider = await App.ApiClientAsync("provider-staff", providerOrganisation);
        var criteria = $"Task?owner=Organization/{providerOrganisation}";
        var onceId = Guid.Parse((await (await provider.PostAsync("/fhir/Subscription", Subscription(criteria, Hooks.Url(once), payload: true)))
            .FhirAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!);
        var twiceId = Guid.Parse((await (await provider.PostAsync("/fhir/Subscription", Subscription(criteria, Hooks.Url(twice), payload: true)))
            .FhirAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!);

        await App.SentReferralsAsync(1);

        Assert.Single(await Hooks.WaitForAsync(once, 1));
        var sent = await DeliveryAsync(onceId, 2, d => d.Status == SubscriptionDeliveryStatus.Sent);
        Assert.Equal(1, sent.Attempts);
        var failed = await DeliveryAsync(twiceId, 2, d => Retrying(d, 1));
        Assert.StartsWith("Network: ", failed.LastError, StringComparison.Ordinal);
        Assert.Empty(Hooks.At(twice));

        App.Clock.Advance(failed.NextAttemptAt - App.Clock.GetUtcNow());
        Wake();
        Assert.Single(await Hooks.WaitForAsync(twice, 1));
        Assert.Equal(2, (await DeliveryAsync(twiceId, 2, d => d.Status == SubscriptionDeliveryStatus.Sent)).Attempts);
    }

    [Fact]
    public async Task A_deleted_subscription_is_gone_and_hears_nothing_more_while_the_clients_other_one_still_does()
    {
        var tag = Tag();
        var providerOrganisation = await App.OrganisationOfAsync(Role.ProviderStaff);
        var provider = await App.ApiClientAsync("provider-staff", providerOrganisation);
        var criteria = $"Task?owner=Organization/{providerOrganisation}&status=requested,received";
        var deleted = (await (await provider.PostAsync("/fhir/Subscription", Subscription(criteria, Hooks.Url($"deleted-{tag}"), payload: true)))
            .FhirAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var kept = (await (await provider.PostAsync("/fhir/Subscription", Subscription(criteria, Hooks.Url($"kept-{tag}"), payload: false)))
            .FhirAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;

        var removed = await provider.DeleteAsync($"/fhir/Subscription/{deleted}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await (await provider.GetAsync($"/fhir/Subscription/{deleted}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        await (await provider.DeleteAsync($"/fhir/Subscription/{deleted}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        var own = await (await provider.GetAsync("/fhir/Subscription")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal([kept], own.Entries("match").Select(s => s.GetProperty("id").GetString()));
        Assert.True(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "subscription.delete" && a.RecordId == deleted)));

        await App.SentReferralsAsync(1);
        var heard = await Hooks.WaitForAsync($"kept-{tag}", 1);
        var heardAt = App.Clock.GetUtcNow();
        var keptId = Guid.Parse(kept);
        await WaitAsync(db => db.TaskSubscriptions.AnyAsync(s => s.Id == keptId && s.Cursor > heardAt), "another pass after the notification");
        Assert.Single(heard);
        Assert.Empty(Hooks.At($"deleted-{tag}"));
        Assert.False(await App.InDatabaseAsync(db => db.SubscriptionDeliveries.AnyAsync(d => d.SubscriptionId == Guid.Parse(deleted))));
    }

    [Fact]
    public async Task Revoking_the_subscribers_API_client_ends_its_subscription_in_error_before_anything_more_is_sent()
    {
        var tag = Tag();
        var providerOrganisation = await App.OrganisationOfAsync(Role.ProviderStaff);
        var provider = await App.ApiClientAsync("provider-staff", providerOrganisation);
        var id = Guid.Parse((await (await provider.PostAsync("/fhir/Subscription", Subscription("Task", Hooks.Url($"revoked-{tag}"), payload: true)))
            .FhirAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!);
        var clientId = await App.InDatabaseAsync(db => db.TaskSubscriptions.Where(s => s.Id == id).Select(s => s.ApiClientId).SingleAsync());
        await using (var scope = App.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<RevokeApiClient>().HandleAsync(clientId, TestContext.Current.CancellationToken);
        }

        await App.SentReferralsAsync(1);

        await WaitAsync(db => db.TaskSubscriptions.AnyAsync(s => s.Id == id && s.Status == TaskSubscriptionStatus.Error), "the subscription to stop");
        var reason = await App.InDatabaseAsync(db => db.TaskSubscriptions.Where(s => s.Id == id).Select(s => s.Error).SingleAsync());
        Assert.Contains("was revoked", reason, StringComparison.Ordinal);
        Assert.Empty(Hooks.At($"revoked-{tag}"));
        Assert.False(await App.InDatabaseAsync(db => db.SubscriptionDeliveries.AnyAsync(d => d.SubscriptionId == id)));
    }

    [Theory]
    [InlineData("Patient?name=smith", "https://hooks.example.org/x", "rest-hook", null, "criteria must be a Task search")]
    [InlineData("Task?code=fulfill", "https://hooks.example.org/x", "rest-hook", null, "criteria cannot filter by 'code'")]
    [InlineData("Task?status=bogus", "https://hooks.example.org/x", "rest-hook", null, "is not a Task status code")]
    [InlineData("Task?status=ready", "https://hooks.example.org/x", "rest-hook", null, "matches no state")]
    [InlineData("Task?owner=Organization/not-an-id", "https://hooks.example.org/x", "rest-hook", null, "criteria's owner must be")]
    [InlineData("Task?status=accepted&status=completed", "https://hooks.example.org/x", "rest-hook", null, "gives 'status' twice")]
    [InlineData("Task", "http://hooks.example.org/x", "rest-hook", null, "must use https")]
    [InlineData("Task", "ftp://hooks.example.org/x", "rest-hook", null, "must be a full https address")]
    [InlineData("Task", "https://user:pw@hooks.example.org/x", "rest-hook", null, "must not carry a user name")]
    [InlineData("Task", "https://hooks.example.org/x", "websocket", null, "channel.type must be 'rest-hook'")]
    [InlineData("Task", "https://hooks.example.org/x", "rest-hook", "application/fhir+xml", "channel.payload must be")]
    public async Task Criteria_and_channels_we_cannot_serve_are_refused_with_an_OperationOutcome_and_nothing_is_stored(
        string criteria, string endpoint, string channelType, string? payload, string expected)
    {
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        var body = new Dictionary<string, object?>
        {
            ["resourceType"] = "Subscription",
            ["status"] = "requested",
            ["reason"] = "Tell our case system",
            ["criteria"] = criteria,
            ["channel"] = new Dictionary<string, object?> { ["type"] = channelType, ["endpoint"] = endpoint, ["payload"] = payload },
        };

        var diagnostics = await (await provider.PostAsync("/fhir/Subscription", Json(body))).OutcomeAsync(HttpStatusCode.BadRequest, "invalid");

        Assert.Contains(expected, diagnostics, StringComparison.Ordinal);
        var own = await (await provider.GetAsync("/fhir/Subscription")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal(0, own.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Every_problem_of_a_body_is_named_at_once_and_what_is_not_a_Subscription_is_refused()
    {
        var provider = await App.ApiClientAsync("provider-staff", await App.OrganisationOfAsync(Role.ProviderStaff));
        var many = new StringContent(
            """{"resourceType":"Subscription","status":"off","reason":"x","criteria":"Task?x=1","end":"2030-01-01T00:00:00Z","channel":{"type":"rest-hook","endpoint":"http://example.org/x","header":["Host: evil"]}}""",
            Encoding.UTF8, "application/fhir+json");
        var response = await provider.PostAsync("/fhir/Subscription", many);
        var outcome = await response.FhirAsync(HttpStatusCode.BadRequest);
        var issues = outcome.GetProperty("issue").EnumerateArray().Select(i => i.GetProperty("diagnostics").GetString()!).ToList();
        Assert.Contains(issues, i => i.StartsWith("status must be 'requested'", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("end is not supported", StringComparison.Ordinal));

        // The structural problems come first; once they are fixed the rest are named together.
        var rest = new StringContent(
            """{"resourceType":"Subscription","status":"requested","reason":"x","criteria":"Task?x=1","channel":{"type":"rest-hook","endpoint":"http://example.org/x","header":["Host: evil","no colon"]}}""",
            Encoding.UTF8, "application/fhir+json");
        var restIssues = (await (await provider.PostAsync("/fhir/Subscription", rest)).FhirAsync(HttpStatusCode.BadRequest))
            .GetProperty("issue").EnumerateArray().Select(i => i.GetProperty("diagnostics").GetString()!).ToList();
        Assert.Equal(4, restIssues.Count);
        Assert.Contains(restIssues, i => i.Contains("cannot filter by 'x'", StringComparison.Ordinal));
        Assert.Contains(restIssues, i => i.Contains("must use https", StringComparison.Ordinal));
        Assert.Contains(restIssues, i => i.Contains("sets Host", StringComparison.Ordinal));
        Assert.Contains(restIssues, i => i.StartsWith("channel.header[1] must be one line", StringComparison.Ordinal));

        await (await provider.PostAsync("/fhir/Subscription", new StringContent("{not json", Encoding.UTF8, "application/fhir+json"))).OutcomeAsync(HttpStatusCode.BadRequest, "invalid");
        var patient = await (await provider.PostAsync("/fhir/Subscription", new StringContent("""{"resourceType":"Patient","active":true}""", Encoding.UTF8, "application/fhir+json")))
            .OutcomeAsync(HttpStatusCode.BadRequest, "invalid");
        Assert.Contains("must be a Subscription", patient, StringComparison.Ordinal);
        await (await provider.PostAsync("/fhir/Subscription", new StringContent("", Encoding.UTF8, "application/fhir+json"))).OutcomeAsync(HttpStatusCode.BadRequest, "invalid");
        await (await provider.GetAsync("/fhir/Subscription?status=active")).OutcomeAsync(HttpStatusCode.BadRequest, "invalid");
        Assert.Equal(0, (await (await provider.GetAsync("/fhir/Subscription")).FhirAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Only_an_API_clients_token_creates_a_subscription_and_only_its_own_client_sees_or_deletes_it()
    {
        var body = Subscription("Task", Hooks.Url("never"), payload: true);
        var anonymous = await App.NewClient().PostAsync("/fhir/Subscription", body);
        await anonymous.OutcomeAsync(HttpStatusCode.Unauthorized, "login");

        var signedIn = await App.SignedInAsAsync(Role.LinkWorker);
        await (await signedIn.PostAsync("/fhir/Subscription", Subscription("Task", Hooks.Url("never"), payload: true))).OutcomeAsync(HttpStatusCode.Forbidden, "forbidden");

        // An analyst's client reads no referral, so it would never hear anything.
        var analyst = await App.ApiClientAsync("analyst", await App.OrganisationOfAsync(Role.LinkWorker));
        await (await analyst.PostAsync("/fhir/Subscription", Subscription("Task", Hooks.Url("never"), payload: true))).OutcomeAsync(HttpStatusCode.Forbidden, "forbidden");

        var providerOrganisation = await App.OrganisationOfAsync(Role.ProviderStaff);
        var owner = await App.ApiClientAsync("provider-staff", providerOrganisation);
        var stranger = await App.ApiClientAsync("provider-staff", providerOrganisation);
        var id = (await (await owner.PostAsync("/fhir/Subscription", Subscription("Task", Hooks.Url("never"), payload: true))).FhirAsync(HttpStatusCode.Created))
            .GetProperty("id").GetString();
        await (await stranger.GetAsync($"/fhir/Subscription/{id}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        await (await stranger.DeleteAsync($"/fhir/Subscription/{id}")).OutcomeAsync(HttpStatusCode.NotFound, "not-found");
        Assert.Equal(0, (await (await stranger.GetAsync("/fhir/Subscription")).FhirAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        var read = await (await owner.GetAsync($"/fhir/Subscription/{id}")).FhirAsync(HttpStatusCode.OK);
        Assert.Equal("Task", read.GetProperty("criteria").GetString());
        Assert.Equal("rest-hook", read.GetProperty("channel").GetProperty("type").GetString());
        Assert.Equal("application/fhir+json", read.GetProperty("channel").GetProperty("payload").GetString());
    }

    private const int StatusCodes500 = 500;

    // The attempt is counted before the request goes out and its failure recorded after: only then is the retry scheduled.
    private static bool Retrying(SubscriptionDelivery delivery, int attempts) =>
        delivery.Attempts == attempts && delivery.NextAttemptAt > delivery.LastAttemptAt;

    private static string Tag() => Guid.NewGuid().ToString("N")[..10];

    private void Wake() => App.Services.GetRequiredService<SubscriptionSignal>().Wake();

    private static StringContent Subscription(string criteria, string endpoint, bool payload, string[]? headers = null)
    {
        var channel = new Dictionary<string, object?> { ["type"] = "rest-hook", ["endpoint"] = endpoint };
        if (payload)
        {
            channel["payload"] = "application/fhir+json";
        }

        if (headers is not null)
        {
            channel["header"] = headers;
        }

        return Json(new Dictionary<string, object?>
        {
            ["resourceType"] = "Subscription",
            ["status"] = "requested",
            ["reason"] = "Keep our case system in step",
            ["criteria"] = criteria,
            ["channel"] = channel,
        });
    }

    private static StringContent Json(Dictionary<string, object?> body)
    {
        // FHIR JSON never carries nulls: leave absent what the test leaves unset.
        var channel = (Dictionary<string, object?>)body["channel"]!;
        foreach (var key in channel.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            channel.Remove(key);
        }

        return new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/fhir+json");
    }

    private async Task WaitAsync(Func<LinkworkDbContext, Task<bool>> condition, string what) =>
        await SmtpSink.WaitUntilAsync(() => App.InDatabaseAsync(condition), what);

    private async Task<SubscriptionDelivery> DeliveryAsync(Guid subscriptionId, int version, Func<SubscriptionDelivery, bool> condition)
    {
        SubscriptionDelivery? row = null;
        await SmtpSink.WaitUntilAsync(async () =>
        {
            row = await App.InDatabaseAsync(db => db.SubscriptionDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.SubscriptionId == subscriptionId && d.Version == version));
            return row is not null && condition(row);
        }, $"the notification of version {version} to reach the expected state");
        return row!;
    }
}

public sealed class SqliteFhirSubscriptionTests(SqliteSubscriptionApp app) : FhirSubscriptionTests<SqliteSubscriptionApp>(app);

public sealed class PostgresFhirSubscriptionTests(PostgresSubscriptionApp app) : FhirSubscriptionTests<PostgresSubscriptionApp>(app);
