using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Linkwork.Domain.Access;
using Linkwork.Web.Cli.Demo;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.People;
using Linkwork.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Access;

/// <summary>Who tries the pathway's API in the access matrix: each role, and the near misses of another organisation or programme.</summary>
public enum Actor
{
    Anonymous,
    Person,
    Referrer,
    ReferrerOfAnotherOrganisation,
    LinkWorker,
    Supervisor,
    Provider,
    ProviderOfAnotherOrganisation,
    Analyst,
    Administrator,
    IntegratingSystem,
    LinkWorkerOfAnotherProgramme,
}

/// <summary>Every actor, as the matrix's theory data.</summary>
public static class MatrixActors
{
    public static TheoryData<Actor> All => [.. Enum.GetValues<Actor>()];
}

/// <summary>
/// Role × resource × action over the pathway's, people's and instruments' REST API. Every actor tries every action on the same kind
/// of records (a person, their episode referred by the demo referrer, a goal, an appointment, a referral sent to the
/// demo provider, a draft, a contact, an identifier, the provider's notification). A denial must answer 401, 403 or
/// 404 and change nothing in the database; an allowed action must get past access control. A list is denied when it
/// answers 401/403 or leaves the record out. Every /api/v1 endpoint of these modules must have a row here.
/// </summary>
public abstract class PathwayAccessMatrixTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private static readonly Actor[] Team = [Actor.LinkWorker, Actor.Supervisor];

    private static readonly Actor[] ProgrammeStaff =
    [
        .. Team, Actor.Referrer, Actor.ReferrerOfAnotherOrganisation, Actor.Provider, Actor.ProviderOfAnotherOrganisation, Actor.Analyst, Actor.Administrator,
    ];

    private static readonly Actor[] AnyStaffOrClient = [.. Enum.GetValues<Actor>().Where(a => a is not Actor.Anonymous and not Actor.Person)];

    /// <summary>The records each actor's attempts are aimed at, made afresh for every actor.</summary>
    private sealed record Records(
        Guid Person, Guid Episode, Guid Goal, Guid Appointment, Guid Referral, Guid Draft, Guid Service, Guid SignpostService,
        Guid Contact, Guid Identifier, Guid OtherPerson, Guid Notification, Guid LinkWorkerId, Guid FollowUp, Guid Concern, Guid Questionnaire);

    /// <summary>One action: how to attempt it, who may, and for a list, the record that must not show to anyone else.</summary>
    private sealed record Action(string Method, string Route, Actor[] Allowed, Func<Records, HttpRequestMessage> Request, Func<Records, Guid>? ListsRecord = null);

    private static HttpRequestMessage Send(HttpMethod method, string url, object? body = null) =>
        new(method, url) { Content = body is null ? null : JsonContent.Create(body) };

    /// <summary>A programme's own instrument: the built-in UCLA 3-item under an id of its own.</summary>
    private static readonly Lazy<string> OwnInstrument = new(() =>
    {
        var own = System.Text.Json.Nodes.JsonNode.Parse(Linkwork.Interop.Measures.BuiltInInstruments.Load().Find("ucla3")!.QuestionnaireJson)!.AsObject();
        own["id"] = "matrix-own";
        return own.ToJsonString();
    });

    private static readonly Action[] Actions =
    [
        // Episodes: the programme team works them; a referrer makes them and follows their own.
        new("POST", "/api/v1/episodes", [.. Team, Actor.Referrer, Actor.ReferrerOfAnotherOrganisation],
            r => Send(HttpMethod.Post, "/api/v1/episodes", new { personId = r.Person, source = "GeneralPractice", reasons = "Matrix" })),
        // Made in the caller's own programme from the details given: a referrer or link worker elsewhere makes one there.
        new("POST", "/api/v1/episodes/by-details", [.. Team, Actor.Referrer, Actor.ReferrerOfAnotherOrganisation, Actor.LinkWorkerOfAnotherProgramme],
            _ => Send(HttpMethod.Post, "/api/v1/episodes/by-details", new
            {
                person = PeopleApi.NewPerson("Matrix", "Letter" + Guid.NewGuid().ToString("N")[..8], new DateOnly(1960, 3, 4)), source = "Nurse", reasons = "Matrix",
            })),
        new("GET", "/api/v1/episodes", [.. Team, Actor.Referrer], _ => Send(HttpMethod.Get, "/api/v1/episodes?pageSize=100&view=all"), r => r.Episode),
        new("GET", "/api/v1/episodes/{id:guid}", [.. Team, Actor.Referrer], r => Send(HttpMethod.Get, $"/api/v1/episodes/{r.Episode}")),
        new("POST", "/api/v1/episodes/{id:guid}/{move}", Team, r => Send(HttpMethod.Post, $"/api/v1/episodes/{r.Episode}/agree-plan")),
        new("POST", "/api/v1/episodes/{id:guid}/contact-attempts", Team, r => Send(HttpMethod.Post, $"/api/v1/episodes/{r.Episode}/contact-attempts", new { reached = false })),
        new("POST", "/api/v1/episodes/{id:guid}/assign", Team, r => Send(HttpMethod.Post, $"/api/v1/episodes/{r.Episode}/assign", new { linkWorkerId = r.LinkWorkerId })),
        new("PUT", "/api/v1/episodes/{id:guid}/what-matters", Team,
            r => Send(HttpMethod.Put, $"/api/v1/episodes/{r.Episode}/what-matters", new { inTheirWords = "Company", needs = Array.Empty<object>() })),
        new("POST", "/api/v1/episodes/{id:guid}/goals", Team,
            r => Send(HttpMethod.Post, $"/api/v1/episodes/{r.Episode}/goals", new { text = "Walk weekly", category = "SocialConnection" })),
        new("POST", "/api/v1/episodes/{id:guid}/appointments", Team,
            r => Send(HttpMethod.Post, $"/api/v1/episodes/{r.Episode}/appointments", new { startsAt = "2027-01-05T10:00:00Z", mode = "Phone" })),
        new("POST", "/api/v1/episodes/{id:guid}/signposts", Team,
            r => Send(HttpMethod.Post, $"/api/v1/episodes/{r.Episode}/signposts", new { serviceId = r.SignpostService })),
        new("POST", "/api/v1/goals/{id:guid}/progress", Team, r => Send(HttpMethod.Post, $"/api/v1/goals/{r.Goal}/progress", new { score = 6 })),
        new("POST", "/api/v1/appointments/{id:guid}/attendance", Team,
            r => Send(HttpMethod.Post, $"/api/v1/appointments/{r.Appointment}/attendance", new { attendance = "Attended" })),

        // Follow-ups and safeguarding concerns are the programme team's; resolving is for a supervisor or whoever raised it
        // (here the demo link worker). The work lists answer only about the caller; the team view is a supervisor's.
        new("POST", "/api/v1/tasks", Team, r => Send(HttpMethod.Post, "/api/v1/tasks", new { episodeId = r.Episode, title = "Matrix call", dueOn = "2030-01-02" })),
        new("GET", "/api/v1/tasks", Team, r => Send(HttpMethod.Get, $"/api/v1/tasks?episodeId={r.Episode}&pageSize=100"), r => r.FollowUp),
        new("GET", "/api/v1/tasks/{id:guid}", Team, r => Send(HttpMethod.Get, $"/api/v1/tasks/{r.FollowUp}")),
        new("POST", "/api/v1/tasks/{id:guid}/complete", Team, r => Send(HttpMethod.Post, $"/api/v1/tasks/{r.FollowUp}/complete")),
        new("POST", "/api/v1/tasks/{id:guid}/cancel", Team, r => Send(HttpMethod.Post, $"/api/v1/tasks/{r.FollowUp}/cancel", new { reason = "Matrix" })),
        new("POST", "/api/v1/episodes/{id:guid}/safeguarding-concerns", Team,
            r => Send(HttpMethod.Post, $"/api/v1/episodes/{r.Episode}/safeguarding-concerns", new { concern = "Matrix concern" })),
        new("GET", "/api/v1/safeguarding-concerns/{id:guid}", Team, r => Send(HttpMethod.Get, $"/api/v1/safeguarding-concerns/{r.Concern}")),
        new("POST", "/api/v1/safeguarding-concerns/{id:guid}/resolve", Team,
            r => Send(HttpMethod.Post, $"/api/v1/safeguarding-concerns/{r.Concern}/resolve", new { resolution = "Matrix resolution" })),
        new("GET", "/api/v1/work", [.. Team, Actor.LinkWorkerOfAnotherProgramme], _ => Send(HttpMethod.Get, "/api/v1/work")),
        new("GET", "/api/v1/team/work", [Actor.Supervisor], _ => Send(HttpMethod.Get, "/api/v1/team/work")),

        // Onward referrals: the team on one side, the receiving organisation's staff on the other, nobody else.
        new("POST", "/api/v1/referrals", Team, r => Send(HttpMethod.Post, "/api/v1/referrals", new { episodeId = r.Episode, serviceId = r.Service, note = "Matrix" })),
        new("GET", "/api/v1/referrals", [.. Team, Actor.Provider], _ => Send(HttpMethod.Get, "/api/v1/referrals?pageSize=100"), r => r.Referral),
        new("GET", "/api/v1/referrals/{id:guid}", [.. Team, Actor.Provider], r => Send(HttpMethod.Get, $"/api/v1/referrals/{r.Referral}")),
        new("POST", "/api/v1/referrals/{id:guid}/send", Team, r => Send(HttpMethod.Post, $"/api/v1/referrals/{r.Draft}/send")),
        new("POST", "/api/v1/referrals/{id:guid}/messages", [.. Team, Actor.Provider],
            r => Send(HttpMethod.Post, $"/api/v1/referrals/{r.Referral}/messages", new { text = "Matrix message" })),
        new("POST", "/api/v1/referrals/{id:guid}/{move}", [Actor.Provider], r => Send(HttpMethod.Post, $"/api/v1/referrals/{r.Referral}/accept")),
        new("POST", "/api/v1/referrals/{id:guid}/{move}", Team, r => Send(HttpMethod.Post, $"/api/v1/referrals/{r.Referral}/withdraw", new { note = "Matrix" })),
        // A service's figures describe the service, never a person: every member of the programme's staff may see them.
        new("GET", "/api/v1/directory/services/{id:guid}/responsiveness", ProgrammeStaff, r => Send(HttpMethod.Get, $"/api/v1/directory/services/{r.Service}/responsiveness")),

        // People: the programme team only; merging is a supervisor's.
        // A person is made in the caller's own programme, so a link worker elsewhere makes one there, touching nothing here.
        new("POST", "/api/v1/people", [.. Team, Actor.LinkWorkerOfAnotherProgramme],
            _ => Send(HttpMethod.Post, "/api/v1/people", PeopleApi.NewPerson("Matrix", "Person" + Guid.NewGuid().ToString("N")[..8], new DateOnly(1950, 1, 2)))),
        new("GET", "/api/v1/people", Team, _ => Send(HttpMethod.Get, "/api/v1/people?q=Matrixperson"), r => r.Person),
        new("GET", "/api/v1/people/{id:guid}", Team, r => Send(HttpMethod.Get, $"/api/v1/people/{r.Person}")),
        new("PUT", "/api/v1/people/{id:guid}", Team,
            r => Send(HttpMethod.Put, $"/api/v1/people/{r.Person}", PeopleApi.NewPerson("Matrix", "Matrixperson", new DateOnly(1950, 1, 1)))),
        new("GET", "/api/v1/people/{id:guid}/consents", Team, r => Send(HttpMethod.Get, $"/api/v1/people/{r.Person}/consents")),
        new("POST", "/api/v1/people/{id:guid}/consents", Team,
            r => Send(HttpMethod.Post, $"/api/v1/people/{r.Person}/consents", new { kind = "Research", given = true })),
        new("GET", "/api/v1/people/{id:guid}/contacts", Team, r => Send(HttpMethod.Get, $"/api/v1/people/{r.Person}/contacts")),
        new("POST", "/api/v1/people/{id:guid}/contacts", Team,
            r => Send(HttpMethod.Post, $"/api/v1/people/{r.Person}/contacts", new { name = "Matrix Carer", relationship = "friend", phone = "07700 900000" })),
        new("PUT", "/api/v1/people/{id:guid}/contacts/{contactId:guid}", Team,
            r => Send(HttpMethod.Put, $"/api/v1/people/{r.Person}/contacts/{r.Contact}", new { name = "Matrix Carer", relationship = "neighbour", phone = "07700 900001" })),
        new("DELETE", "/api/v1/people/{id:guid}/contacts/{contactId:guid}", Team, r => Send(HttpMethod.Delete, $"/api/v1/people/{r.Person}/contacts/{r.Contact}")),
        new("POST", "/api/v1/people/{id:guid}/identifiers", Team,
            r => Send(HttpMethod.Post, $"/api/v1/people/{r.Person}/identifiers", new { system = "Matrix GP", value = Guid.NewGuid().ToString("N")[..10] })),
        new("DELETE", "/api/v1/people/{id:guid}/identifiers/{identifierId:guid}", Team,
            r => Send(HttpMethod.Delete, $"/api/v1/people/{r.Person}/identifiers/{r.Identifier}")),
        new("POST", "/api/v1/people/{id:guid}/merge-into/{survivorId:guid}", [Actor.Supervisor],
            r => Send(HttpMethod.Post, $"/api/v1/people/{r.OtherPerson}/merge-into/{r.Person}")),

        // Instruments and scoring hold no personal data and store nothing: every signed-in staff member and API client,
        // in any programme; never anonymous, and not the person portal, whose questionnaires come by their own link.
        new("GET", "/api/v1/instruments", AnyStaffOrClient, _ => Send(HttpMethod.Get, "/api/v1/instruments")),
        new("GET", "/api/v1/instruments/{id}", AnyStaffOrClient, _ => Send(HttpMethod.Get, "/api/v1/instruments/phq9")),
        new("POST", "/api/v1/instruments/{id}/score", AnyStaffOrClient, _ => Send(HttpMethod.Post, "/api/v1/instruments/phq9/score", new { items = new[] { 0, 1, 2, 3, 0, 1, 2, 3, 0 } })),
        // Loading a programme's own questionnaire is its administrator's.
        new("PUT", "/api/v1/instruments/{id}", [Actor.Administrator], _ => new HttpRequestMessage(HttpMethod.Put, "/api/v1/instruments/matrix-own")
        {
            Content = new StringContent(OwnInstrument.Value, System.Text.Encoding.UTF8, "application/fhir+json"),
        }),

        // Questionnaires are a person's health data: the programme team, through the episode.
        new("POST", "/api/v1/episodes/{episodeId:guid}/questionnaires", Team,
            r => Send(HttpMethod.Post, $"/api/v1/episodes/{r.Episode}/questionnaires", new { instrument = "ucla3", timepoint = "Baseline" })),
        new("GET", "/api/v1/questionnaires/{id:guid}", Team, r => Send(HttpMethod.Get, $"/api/v1/questionnaires/{r.Questionnaire}")),
        new("PUT", "/api/v1/questionnaires/{id:guid}/answers", Team, r => Send(HttpMethod.Put, $"/api/v1/questionnaires/{r.Questionnaire}/answers", new { items = new[] { "Often" } })),
        new("POST", "/api/v1/questionnaires/{id:guid}/complete", Team,
            r => Send(HttpMethod.Post, $"/api/v1/questionnaires/{r.Questionnaire}/complete", new { items = new[] { "Often", "Often", "Often" } })),
        new("POST", "/api/v1/questionnaires/{id:guid}/cancel", Team, r => Send(HttpMethod.Post, $"/api/v1/questionnaires/{r.Questionnaire}/cancel")),
        new("POST", "/api/v1/questionnaires/{id:guid}/link", Team, r => Send(HttpMethod.Post, $"/api/v1/questionnaires/{r.Questionnaire}/link")),
        new("GET", "/api/v1/people/{id:guid}/measures", Team, r => Send(HttpMethod.Get, $"/api/v1/people/{r.Person}/measures")),
        new("GET", "/api/v1/episodes/{id:guid}/suggested-services", Team, r => Send(HttpMethod.Get, $"/api/v1/episodes/{r.Episode}/suggested-services")),

        // Notifications belong to the one account they were written for.
        new("POST", "/api/v1/notifications/{id:guid}/read", [Actor.Provider], r => Send(HttpMethod.Post, $"/api/v1/notifications/{r.Notification}/read")),
    ];

    /// <summary>Endpoints of these modules that every signed-in caller may use, each answering only about the caller.</summary>
    private static readonly string[] OwnOnly = ["GET /api/v1/notifications"];

    private static readonly string[] Modules = ["/api/v1/questionnaires", "/api/v1/episodes", "/api/v1/referrals", "/api/v1/people", "/api/v1/goals", "/api/v1/appointments", "/api/v1/notifications", "/api/v1/tasks", "/api/v1/safeguarding-concerns", "/api/v1/work", "/api/v1/team", "/api/v1/instruments"];

    [Fact]
    public void Every_endpoint_of_the_pathway_and_people_has_a_row_in_the_matrix()
    {
        var covered = Actions.Select(a => $"{a.Method} {a.Route}").Concat(OwnOnly).ToHashSet(StringComparer.Ordinal);
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Route: "/" + e.RoutePattern.RawText!.TrimStart('/').TrimEnd('/'), Methods: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => Modules.Any(m => e.Route.StartsWith(m, StringComparison.Ordinal)) || e.Route.EndsWith("/responsiveness", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Select(m => $"{m} {e.Route}"))
            .ToList();

        var missing = endpoints.Where(e => !covered.Contains(e)).ToList();
        Assert.NotEmpty(endpoints);
        Assert.True(missing.Count == 0, "No row in the matrix for: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(MatrixActors.All), MemberType = typeof(MatrixActors))]
    public async Task Each_actor_gets_exactly_what_the_matrix_allows_and_a_denial_changes_nothing(Actor actor)
    {
        var records = await ArrangeAsync();
        var client = await ClientForAsync(actor);
        var wrong = new List<string>();

        foreach (var action in Actions)
        {
            var allowed = action.Allowed.Contains(actor);
            var before = await FingerprintAsync();
            using var request = action.Request(records);
            var response = await client.SendAsync(request);
            var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
            if (action.ListsRecord is { } listed && response.StatusCode == HttpStatusCode.OK)
            {
                refused = !(await response.Content.ReadAsStringAsync()).Contains(listed(records).ToString(), StringComparison.OrdinalIgnoreCase);
            }

            var what = $"{actor}: {request.Method} {request.RequestUri} answered {(int)response.StatusCode}";
            if (allowed && refused)
            {
                wrong.Add($"{what}, but the matrix allows it");
            }
            else if (!allowed && !refused)
            {
                wrong.Add($"{what}, but the matrix denies it");
            }
            else if (!allowed && await FingerprintAsync() != before)
            {
                wrong.Add($"{what}: refused, yet the database changed");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>Counts of every pathway and people table, and the versions of the records aimed at: a denial leaves all of them as they were.</summary>
    private Task<string> FingerprintAsync() => App.InDatabaseAsync(async db => string.Join(' ',
        await db.People.CountAsync(), await db.People.SumAsync(p => p.Version), await db.ConsentDecisions.CountAsync(),
        await db.HouseholdContacts.CountAsync(), await db.PersonIdentifiers.CountAsync(), await db.Episodes.CountAsync(),
        await db.OnwardReferrals.CountAsync(), await db.PathwayEvents.CountAsync(), await db.Goals.CountAsync(),
        await db.Appointments.CountAsync(a => a.Attendance != null), await db.Appointments.CountAsync(), await db.Signposts.CountAsync(),
        await db.ReferralMessages.CountAsync(), await db.Notifications.CountAsync(n => n.ReadAt != null),
        await db.FollowUps.CountAsync(), await db.FollowUps.CountAsync(f => f.State != Domain.Pathway.FollowUpState.Open),
        await db.SafeguardingConcerns.CountAsync(), await db.SafeguardingConcerns.CountAsync(c => c.State != Domain.Pathway.SafeguardingConcernState.Open),
        await db.MeasureAdministrations.CountAsync(), await db.MeasureAdministrations.SumAsync(a => a.Version),
        await db.ProgrammeInstruments.CountAsync(), await db.ProgrammeInstruments.SumAsync(i => i.Version)));

    private async Task<Records> ArrangeAsync()
    {
        var worker = await App.SignedInAsAsync(Role.LinkWorker);
        var referrer = await App.SignedInAsAsync(Role.Referrer);
        var person = (await PeopleApi.CreateAsync(worker, PeopleApi.NewPerson("Matrix", "Matrixperson", Born()))).GetProperty("id").GetGuid();
        var other = (await PeopleApi.CreateAsync(worker, PeopleApi.NewPerson("Matrix", "Duplicate" + Guid.NewGuid().ToString("N")[..8], Born()))).GetProperty("id").GetGuid();
        await (await worker.PostAsJsonAsync($"/api/v1/people/{person}/consents", new { kind = "ShareWithReferredOrganisations", given = true })).JsonAsync(HttpStatusCode.OK);
        var contact = await IdAsync(await worker.PostAsJsonAsync($"/api/v1/people/{person}/contacts", new { name = "Ann Carer", relationship = "sister", phone = "07700 900222" }));
        var identifier = (await (await worker.PostAsJsonAsync($"/api/v1/people/{person}/identifiers", new { system = "Matrix GP", value = Guid.NewGuid().ToString("N")[..10] }))
            .JsonAsync(HttpStatusCode.OK)).GetProperty("localIdentifiers")[0].GetProperty("id").GetGuid();

        var episode = await IdAsync(await referrer.PostAsJsonAsync("/api/v1/episodes", new { personId = person, source = "GeneralPractice", reasons = "Isolated" }));
        await (await worker.PostIfMatchAsync($"/api/v1/episodes/{episode}/accept", null, null)).JsonAsync(HttpStatusCode.OK);
        await (await worker.PutAsJsonAsync($"/api/v1/episodes/{episode}/what-matters", new { inTheirWords = "Company", needs = Array.Empty<object>() })).JsonAsync(HttpStatusCode.OK);
        var goal = await IdAsync(await worker.PostAsJsonAsync($"/api/v1/episodes/{episode}/goals", new { text = "Join a group", category = "SocialConnection" }));
        await (await worker.PostIfMatchAsync($"/api/v1/episodes/{episode}/agree-plan", null, null)).JsonAsync(HttpStatusCode.OK);
        var appointment = await IdAsync(await worker.PostAsJsonAsync($"/api/v1/episodes/{episode}/appointments", new { startsAt = "2027-01-04T10:00:00Z", mode = "InPerson" }));

        var service = (await App.ProviderServiceAsync()).ServiceId;
        var referral = await worker.DraftAsync(episode, service);
        await (await worker.PostIfMatchAsync($"/api/v1/referrals/{referral}/send", null, null)).JsonAsync(HttpStatusCode.OK);
        var draft = await worker.DraftAsync(episode, service);
        var followUp = await IdAsync(await worker.PostAsJsonAsync("/api/v1/tasks", new { episodeId = episode, title = "Ring her", dueOn = "2030-01-01" }));
        var concern = await IdAsync(await worker.PostAsJsonAsync($"/api/v1/episodes/{episode}/safeguarding-concerns", new { concern = "Bruising seen" }));
        var questionnaire = await IdAsync(await worker.PostAsJsonAsync($"/api/v1/episodes/{episode}/questionnaires", new { instrument = "ucla3", timepoint = "Baseline" }));
        var provider = await App.UserIdAsync(DemoAccounts.For(Role.ProviderStaff).Email);
        return new Records(
            person, episode, goal, appointment, referral, draft, service, await SignpostServiceAsync(), contact, identifier, other,
            await App.InDatabaseAsync(db => db.Notifications.Where(n => n.UserAccountId == provider).OrderByDescending(n => n.CreatedAt).Select(n => n.Id).FirstAsync()),
            await App.UserIdAsync(DemoAccounts.For(Role.LinkWorker).Email), followUp, concern, questionnaire);
    }

    private static DateOnly Born() => new(1940 + Random.Shared.Next(40), 1 + Random.Shared.Next(12), 1 + Random.Shared.Next(28));

    private static async Task<Guid> IdAsync(HttpResponseMessage response) => (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private Task<Guid> SignpostServiceAsync() =>
        App.InDatabaseAsync(db => db.Services.Where(s => s.Details.ReferralMode == Domain.Directory.ReferralMode.SignpostOnly
            && s.Details.Status == Domain.Directory.ServiceStatus.Active).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());

    private async Task<HttpClient> ClientForAsync(Actor actor)
    {
        switch (actor)
        {
            case Actor.Anonymous:
                return App.NewClient();
            case Actor.ReferrerOfAnotherOrganisation:
                var referrer = App.NewClient();
                await referrer.SignInAsync(await App.CreateAccountAsync(Role.Referrer));
                return referrer;
            case Actor.ProviderOfAnotherOrganisation:
                return await App.OtherProviderAsync((await App.ProviderServiceAsync()).OrganisationId);
            case Actor.LinkWorkerOfAnotherProgramme:
                var elsewhere = App.NewClient();
                await elsewhere.SignInAsync(await App.AccountOfAnotherProgrammeAsync(Role.LinkWorker));
                return elsewhere;
            case Actor.IntegratingSystem:
                await using (var scope = App.Scope())
                {
                    var token = (await scope.ServiceProvider.GetRequiredService<CreateApiClient>()
                        .HandleAsync(new("EHR bridge " + Guid.NewGuid().ToString("N")[..6], "integrating-system", DemoCatalogue.ProgrammeTeamName))).Token;
                    var system = App.NewClient();
                    system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return system;
                }

            case Actor.Provider:
                return await App.SignedInAsAsync(Role.ProviderStaff);
            default:
                return await App.SignedInAsAsync(Enum.Parse<Role>(actor.ToString()));
        }
    }
}

public sealed class SqlitePathwayAccessMatrixTests(SqliteApp app) : PathwayAccessMatrixTests<SqliteApp>(app);

public sealed class PostgresPathwayAccessMatrixTests(PostgresApp app) : PathwayAccessMatrixTests<PostgresApp>(app);
