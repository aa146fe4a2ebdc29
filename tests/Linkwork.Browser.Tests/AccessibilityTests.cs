using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Linkwork.Web.Cli.Demo;
using Microsoft.Playwright;
using Xunit;

namespace Linkwork.Browser.Tests;

public sealed class AccessibilityTests : IClassFixture<RunningApp>
{
    private readonly RunningApp _app;

    public AccessibilityTests(RunningApp app)
    {
        RunningApp.SkipUnlessChromium();
        _app = app;
    }

    [Fact]
    public async Task The_link_worker_signs_in_and_neither_home_nor_dashboard_has_a_serious_axe_violation()
    {
        var page = await _app.Browser.NewPageAsync();

        await page.GotoAsync(_app.BaseUrl + "/");
        // The stylesheet must have loaded, or the colour-contrast checks below would judge unstyled text.
        Assert.Equal("rgb(11, 94, 79)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
        await AssertNoSeriousViolations(page, "home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.For(Linkwork.Domain.Access.Role.LinkWorker).Email);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await AssertNoSeriousViolations(page, "sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync("**/app");
        Assert.Equal("Your caseload and directory", await page.Locator("h1").InnerTextAsync());
        await AssertNoSeriousViolations(page, "dashboard");
    }

    [Fact]
    public async Task A_person_searches_sees_results_listed_and_mapped_and_opens_a_service_page()
    {
        var page = await _app.Browser.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/");

        await page.GetByLabel("What are you looking for?").FillAsync("walking");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/?q=walking**");

        Assert.Matches("^[0-9,]+ services? found$", await page.Locator("#results-title").InnerTextAsync());
        var first = page.Locator(".result h3 a").First;
        var name = await first.InnerTextAsync();
        // The map draws one numbered marker per result with a place, with no tiles configured.
        await page.Locator("#results-map .leaflet-interactive").First.WaitForAsync();
        Assert.True(await page.Locator("#results-map .leaflet-interactive").CountAsync() > 0);
        await AssertNoSeriousViolations(page, "search results");

        await first.ClickAsync();
        await page.WaitForURLAsync("**/services/**");
        Assert.Equal(name, await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.GetByText("Last checked").IsVisibleAsync());
        await AssertNoSeriousViolations(page, "service page");
    }

    [Fact]
    public async Task The_administrators_pages_have_no_serious_axe_violations()
    {
        var page = await _app.Browser.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.For(Linkwork.Domain.Access.Role.Administrator).Email);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/app/admin");

        foreach (var path in new[] { "/app/admin", "/app/admin/programme", "/app/admin/audit", "/app/notifications", "/account/two-factor", "/account/password" })
        {
            await page.GotoAsync(_app.BaseUrl + path);
            await AssertNoSeriousViolations(page, path);
        }
    }

    [Fact]
    public async Task The_work_list_the_team_view_and_an_episodes_follow_ups_and_safeguarding_have_no_serious_axe_violations()
    {
        var linkWorker = await SignedInPageAsync(Linkwork.Domain.Access.Role.LinkWorker, "**/app");
        await linkWorker.GetByRole(AriaRole.Link, new() { Name = "My work", Exact = true }).First.ClickAsync();
        await linkWorker.WaitForURLAsync("**/app/work");
        await AssertNoSeriousViolations(linkWorker, "/app/work");
        await linkWorker.Locator("#my-people tbody tr a").First.ClickAsync();
        await linkWorker.WaitForURLAsync("**/app/episodes/*");
        Assert.True(await linkWorker.Locator("#follow-ups").IsVisibleAsync());
        await AssertNoSeriousViolations(linkWorker, "an episode with follow-ups");

        var supervisor = await SignedInPageAsync(Linkwork.Domain.Access.Role.Supervisor, "**/app");
        foreach (var path in new[] { "/app/team", "/app/work" })
        {
            await supervisor.GotoAsync(_app.BaseUrl + path);
            await AssertNoSeriousViolations(supervisor, path);
        }

        await supervisor.GotoAsync(_app.BaseUrl + "/app/team");
        // The demo gives its link worker open safeguarding concerns, so the flagged episode page is always checked.
        await supervisor.Locator("#safeguarding tbody tr a").First.ClickAsync();
        await supervisor.WaitForURLAsync("**/app/episodes/*");
        Assert.True(await supervisor.Locator("section.safeguarding").IsVisibleAsync());
        await AssertNoSeriousViolations(supervisor, "an episode with an open safeguarding concern");
    }

    [Fact]
    public async Task A_provider_sets_capacity_in_one_click_and_proposes_an_edit_that_a_curator_accepts()
    {
        var provider = await SignedInPageAsync(Linkwork.Domain.Access.Role.ProviderStaff, "**/app");
        await AssertNoSeriousViolations(provider, "provider dashboard");
        var firstService = provider.Locator(".place").First;
        var serviceName = await firstService.Locator("h3").InnerTextAsync();
        var full = firstService.GetByRole(AriaRole.Button, new() { Name = "No capacity", Exact = true });

        await full.ClickAsync();

        Assert.Equal("Capacity saved: No capacity.", await provider.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Equal("true", await provider.Locator(".place").First.GetByRole(AriaRole.Button, new() { Name = "No capacity", Exact = true }).GetAttributeAsync("aria-pressed"));

        await provider.Locator(".place h3 a").First.ClickAsync();
        await provider.WaitForURLAsync("**/app/services/**");
        await AssertNoSeriousViolations(provider, "provider's listing page");
        var newName = serviceName + " (renamed)";
        await provider.GetByLabel("Name", new() { Exact = true }).FillAsync(newName);
        await provider.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
        Assert.Contains("sent to the directory's curators", await provider.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);

        var curator = await SignedInPageAsync(Linkwork.Domain.Access.Role.Supervisor, "**/app");
        await curator.GetByRole(AriaRole.Link, new() { Name = "Directory curation" }).ClickAsync();
        await AssertNoSeriousViolations(curator, "curation start");
        await curator.GotoAsync(_app.BaseUrl + "/app/directory/change-requests");
        await AssertNoSeriousViolations(curator, "change-request queue");
        var request = curator.Locator("article").Filter(new() { HasText = newName });
        await request.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        Assert.Contains("Accepted", await curator.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);

        await curator.GotoAsync(_app.BaseUrl + "/app/directory?q=" + Uri.EscapeDataString(newName));
        await curator.GetByRole(AriaRole.Link, new() { Name = newName }).ClickAsync();
        await curator.WaitForURLAsync("**/app/services/**");
        await AssertNoSeriousViolations(curator, "curator's listing page");
        await curator.Locator("section", new() { HasText = "Where it is delivered" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await curator.WaitForURLAsync("**/app/directory/locations/**");
        await AssertNoSeriousViolations(curator, "place editor");
    }

    [Fact]
    public async Task A_curator_works_through_the_stale_worklist_with_the_keyboard()
    {
        var curator = await SignedInPageAsync(Linkwork.Domain.Access.Role.Supervisor, "**/app");
        await curator.GotoAsync(_app.BaseUrl + "/app/directory/stale");
        await AssertNoSeriousViolations(curator, "stale worklist");
        var firstRow = curator.Locator("tbody tr").First;
        var name = await firstRow.Locator("a").InnerTextAsync();

        await firstRow.GetByRole(AriaRole.Button).FocusAsync();
        await curator.Keyboard.PressAsync("Enter");

        Assert.Equal("Marked as checked today.", await curator.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Equal(0, await curator.Locator("tbody tr a").Filter(new() { HasTextString = name }).CountAsync());
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_for_the_keyboard_and_moves_focus_to_the_content()
    {
        var page = await _app.Browser.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task Pages_fit_a_320_pixel_wide_screen_without_sideways_scrolling()
    {
        var page = await _app.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        await page.GotoAsync(_app.BaseUrl + "/account/sign-in");

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"The page is {overflow}px wider than a 320px screen.");
    }

    [Fact]
    public async Task Someone_refers_themselves_on_a_small_screen_with_the_keyboard_and_no_step_has_a_serious_axe_violation()
    {
        var page = await _app.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        await page.GotoAsync(_app.BaseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Refer yourself or someone you support" }).ClickAsync();
        await page.WaitForURLAsync("**/refer");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "The form scrolls sideways at 320 px.");
        await AssertNoSeriousViolations(page, "public referral form");

        await page.GetByLabel("I am asking for support for myself").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByLabel("First name").FillAsync("Harriet");
        await page.GetByLabel("Last name").FillAsync("Browserton");
        await page.GetByLabel("Date of birth").FillAsync("1950-03-27");
        await page.GetByLabel("Mobile phone number").FillAsync("07700 900456");
        // The form refuses what comes faster than a person could type it.
        await page.WaitForTimeoutAsync(5_500);
        await page.GetByLabel("Mobile phone number").PressAsync("Enter");

        await page.WaitForSelectorAsync(".error-summary");
        Assert.Contains("What would help is required", await page.Locator("#what-error").InnerTextAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolations(page, "public referral form with errors");

        await page.GetByLabel("What is going on, and what would help?").FillAsync("I would like to get out more and meet people.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the referral" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/refer/received");
        Assert.Equal("Referral received", await page.Locator("h1").InnerTextAsync());
        Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}$", await page.Locator(".reference").InnerTextAsync());
        await AssertNoSeriousViolations(page, "public referral confirmation");
    }

    private async Task<IPage> SignedInPageAsync(Linkwork.Domain.Access.Role role, string landing)
    {
        var page = await _app.Browser.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.For(role).Email);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(landing);
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
