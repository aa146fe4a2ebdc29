using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Web.Cli.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace Linkwork.Browser.Tests;

/// <summary>
/// The pathway end to end in Chromium, driven by labels and roles as a keyboard or screen-reader user would: a referrer
/// refers, the link worker works the episode and refers on, the provider answers, the link worker discharges. Every page
/// visited is checked with axe.
/// </summary>
public sealed class PathwayJourneyTests : IClassFixture<RunningApp>
{
    private const string DraftNote = "She would love to garden with others";

    private readonly RunningApp _app;

    public PathwayJourneyTests(RunningApp app)
    {
        RunningApp.SkipUnlessChromium();
        _app = app;
    }

    [Fact]
    public async Task A_referral_goes_from_the_referrer_through_the_link_worker_and_a_provider_to_discharge_with_a_coded_message_back()
    {
        var (serviceName, organisationName) = await ArrangeAsync();
        // A family name of its own, so the person is found by name in every list without meeting the demo's people.
        var familyName = "Hartley" + new string(Enumerable.Range(0, 6).Select(_ => (char)('a' + Random.Shared.Next(26))).ToArray());
        var personName = "Edith " + familyName;

        // The referrer refers the person into the programme, describing them as on a referral letter, with their consent to share.
        var referrer = await SignedInPageAsync(Role.Referrer);
        await referrer.GotoAsync($"{_app.BaseUrl}/app/episodes/new");
        await AssertNoSeriousViolations(referrer, "refer someone");
        await referrer.GetByLabel("Given name").FillAsync("Edith");
        await referrer.GetByLabel("Family name").FillAsync(familyName);
        await referrer.GetByLabel("Date of birth").FillAsync("1948-05-17");
        await referrer.GetByLabel("Mobile").FillAsync("07700 900456");
        await referrer.GetByLabel("Why you are referring them").FillAsync("Isolated since her husband died; would like company");
        await referrer.GetByLabel("They agree to their details being shared with the community organisations they are referred on to").CheckAsync();
        await referrer.GetByRole(AriaRole.Button, new() { Name = "Send the referral" }).ClickAsync();
        await referrer.WaitForURLAsync("**/app/episodes/*");
        var episodePath = new Uri(referrer.Url).AbsolutePath;
        await AssertNoSeriousViolations(referrer, "the referrer's view of the episode");

        // The link worker finds it in triage and works it.
        var linkWorker = await SignedInPageAsync(Role.LinkWorker);
        await AssertNoSeriousViolations(linkWorker, "link worker's dashboard");
        await linkWorker.GetByRole(AriaRole.Link, new() { Name = "Caseload" }).ClickAsync();
        await AssertNoSeriousViolations(linkWorker, "my people");
        await linkWorker.GetByRole(AriaRole.Link, new() { Name = "Triage", Exact = true }).ClickAsync();
        await linkWorker.WaitForURLAsync("**view=triage");
        await AssertNoSeriousViolations(linkWorker, "triage");
        // Open the link to this episode by the person's name.
        await linkWorker.GetByRole(AriaRole.Link, new() { Name = personName, Exact = true }).And(linkWorker.Locator($"[href='{episodePath}']")).ClickAsync();
        await linkWorker.WaitForURLAsync("**/app/episodes/*");
        await AssertNoSeriousViolations(linkWorker, "a received episode");

        await Press(linkWorker.GetByRole(AriaRole.Button, new() { Name = "Accept the referral" }));
        await ExpectStatus(linkWorker, "accepted");
        await linkWorker.GetByLabel("What matters to them, in their words").FillAsync("Getting out of the house and meeting people");
        await linkWorker.GetByLabel("Social connection", new() { Exact = true }).CheckAsync();
        await linkWorker.GetByLabel("Note on social connection", new() { Exact = true }).FillAsync("Sees nobody most days");
        await linkWorker.GetByLabel("Strengths to build on").FillAsync("Loves gardening");
        await Press(linkWorker.GetByRole(AriaRole.Button, new() { Name = "Save what matters" }));
        await ExpectStatus(linkWorker, "What matters to them is recorded.");
        await AssertNoSeriousViolations(linkWorker, "an episode being assessed");

        await linkWorker.GetByLabel("The goal, in their words").FillAsync("Join a gardening group");
        await linkWorker.GetByLabel("Area of life").SelectOptionAsync(new SelectOptionValue { Label = "Social connection" });
        await linkWorker.GetByLabel("Score now, 0–10 (optional baseline)").FillAsync("2");
        await Press(linkWorker.GetByRole(AriaRole.Button, new() { Name = "Add the goal" }));
        await ExpectStatus(linkWorker, "The goal is added to the plan.");
        await Press(linkWorker.GetByRole(AriaRole.Button, new() { Name = "Agree the plan" }));
        await ExpectStatus(linkWorker, "active");

        // Enter is pressed in the search field itself, so a page still settling cannot take the key elsewhere.
        var find = linkWorker.GetByLabel("Search the directory for services that take referrals");
        await find.FillAsync(serviceName);
        await find.PressAsync("Enter");
        await linkWorker.WaitForURLAsync("**find=**");
        await AssertNoSeriousViolations(linkWorker, "services to refer to");
        await linkWorker.GetByLabel($"{serviceName}, {organisationName}", new() { Exact = true }).CheckAsync();
        await linkWorker.GetByLabel("Note to the provider: why this person, what they hope for").FillAsync(DraftNote);
        await Press(linkWorker.GetByRole(AriaRole.Button, new() { Name = "Draft the referral" }));
        await ExpectStatus(linkWorker, "drafted");
        var onward = linkWorker.Locator("#onward");
        Assert.Contains("Draft — not yet sent", await onward.InnerTextAsync(), StringComparison.Ordinal);
        var episodeUrl = linkWorker.Url.Split('#')[0];

        // Sending checks the consent the referrer recorded.
        await linkWorker.GetByRole(AriaRole.Link, new() { Name = serviceName, Exact = true }).ClickAsync();
        await linkWorker.WaitForURLAsync("**/app/referrals/*");
        await AssertNoSeriousViolations(linkWorker, "a drafted referral");
        await Press(linkWorker.GetByRole(AriaRole.Button, new() { Name = $"Send the referral to {organisationName}" }));
        await ExpectStatus(linkWorker, "Sent");
        var referralId = new Uri(linkWorker.Url).AbsolutePath.Split('/').Last();

        // The provider answers from the inbox, then records what happened.
        var provider = await SignedInPageAsync(Role.ProviderStaff);
        await AssertNoSeriousViolations(provider, "provider's dashboard");
        await provider.GetByRole(AriaRole.Link, new() { Name = "Referrals", Exact = true }).ClickAsync();
        await provider.WaitForURLAsync("**/app/referrals");
        await AssertNoSeriousViolations(provider, "inbox");
        await provider.GetByRole(AriaRole.Link, new() { Name = personName, Exact = true }).And(provider.Locator($"[href='/app/referrals/{referralId}']")).ClickAsync();
        await provider.WaitForURLAsync("**/app/referrals/*");
        await AssertNoSeriousViolations(provider, "an opened referral");
        await Press(provider.GetByRole(AriaRole.Button, new() { Name = "Accept the referral" }));
        await ExpectStatus(provider, "accepted");
        await provider.GetByLabel("Note on attendance (optional)").FillAsync("Came to the first session");
        await Press(provider.GetByRole(AriaRole.Button, new() { Name = "Record engagement" }));
        await ExpectStatus(provider, "engaged");
        await AssertNoSeriousViolations(provider, "an engaged referral");
        await provider.GetByLabel("How it ended").SelectOptionAsync(new SelectOptionValue { Label = "Completed" });
        await Press(provider.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }));
        await ExpectStatus(provider, "completed");

        // The link worker sees the loop closed and discharges; the referrer's message carries the code.
        await linkWorker.GotoAsync(episodeUrl);
        Assert.Contains("Completed", await linkWorker.Locator("#onward").InnerTextAsync(), StringComparison.Ordinal);
        await linkWorker.GetByLabel("Discharge reason").SelectOptionAsync(new SelectOptionValue { Label = "Goals met" });
        await linkWorker.GetByLabel("Discharge note").FillAsync("Gardening every week");
        await Press(linkWorker.GetByRole(AriaRole.Button, new() { Name = "Discharge", Exact = true }));
        await ExpectStatus(linkWorker, "discharged");
        var messages = await linkWorker.Locator("#messages").InnerTextAsync();
        Assert.Contains("SNOMED CT 871731000000106", messages, StringComparison.Ordinal);
        Assert.Contains("discharged (goals met)", messages, StringComparison.Ordinal);
        await AssertNoSeriousViolations(linkWorker, "a discharged episode");

        await referrer.ReloadAsync();
        Assert.Contains("SNOMED CT 871731000000106", await referrer.Locator("#messages").InnerTextAsync(), StringComparison.Ordinal);

        await linkWorker.SetViewportSizeAsync(320, 640);
        await linkWorker.ReloadAsync();
        Assert.True(await linkWorker.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "The episode page scrolls sideways at 320px.");
    }

    /// <summary>A service of the demo provider's organisation that takes referrals.</summary>
    private async Task<(string ServiceName, string OrganisationName)> ArrangeAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var organisation = await db.Users.Where(u => u.Email == DemoAccounts.For(Role.ProviderStaff).Email).Select(u => u.OrganisationId!.Value).SingleAsync();
        var services = await db.Services.AsNoTracking().Where(s => s.OrganisationId == organisation).OrderBy(s => s.Id).ToListAsync();
        var service = services.Find(s => s.AcceptsReferrals) ?? throw new InvalidOperationException("The demo provider has no service that takes referrals.");
        var organisationName = await db.Organisations.Where(o => o.Id == organisation).Select(o => o.Name).SingleAsync();
        return (service.Name, organisationName);
    }

    /// <summary>Presses a button from the keyboard: focus, then Enter.</summary>
    private static async Task Press(ILocator button)
    {
        await button.FocusAsync();
        await button.Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Waits for the page that comes back to confirm the change, or says what the error summary says instead.</summary>
    private static async Task ExpectStatus(IPage page, string text)
    {
        try
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(text, new() { Timeout = 30_000 });
        }
        catch (PlaywrightException)
        {
            Assert.Fail($"Expected the status to say \"{text}\". Errors: {await ErrorsAsync(page)}");
        }
    }

    private static async Task<string> ErrorsAsync(IPage page) =>
        await page.Locator(".error-summary").CountAsync() > 0 ? await page.Locator(".error-summary").InnerTextAsync() : "none";

    private async Task<IPage> SignedInPageAsync(Role role)
    {
        var context = await _app.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.For(role).Email);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/app");
        return page;
    }

    private static async Task AssertNoSeriousViolations(IPage page, string what)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{what}: " + string.Join("; ", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()))}";
}
