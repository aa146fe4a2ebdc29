using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Linkwork.Domain.Access;
using Linkwork.Web.Cli.Demo;
using Microsoft.Playwright;
using Xunit;

namespace Linkwork.Browser.Tests;

/// <summary>The people pages in a real browser: axe finds nothing serious, the keyboard works, and 320 px screens need no sideways scrolling.</summary>
public sealed class PeoplePagesAccessibilityTests : IClassFixture<RunningApp>
{
    private readonly RunningApp _app;

    public PeoplePagesAccessibilityTests(RunningApp app)
    {
        RunningApp.SkipUnlessChromium();
        _app = app;
    }

    [Fact]
    public async Task A_link_worker_finds_a_person_and_gives_consent_with_the_keyboard()
    {
        var page = await SignedInPageAsync(Role.LinkWorker);
        await page.GetByRole(AriaRole.Link, new() { Name = "People", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/app/people");
        await AssertNoSeriousViolations(page, "people");

        await page.Locator("tbody tr a").First.ClickAsync();
        await page.WaitForURLAsync("**/app/people/*");
        await AssertNoSeriousViolations(page, "a person's record");

        var row = page.Locator("tbody tr").Filter(new() { HasText = "Take part in research" });
        var button = row.GetByRole(AriaRole.Button);
        var wasGiven = (await button.InnerTextAsync()).StartsWith("Withdraw", StringComparison.Ordinal);
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var expected = wasGiven ? "consent withdrawn" : "consent given";
        Assert.Contains(expected, await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit details" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        await AssertNoSeriousViolations(page, "edit a person");
    }

    [Fact]
    public async Task A_possible_duplicate_warning_and_the_merge_page_have_no_serious_violations()
    {
        var page = await SignedInPageAsync(Role.Supervisor);
        await page.GotoAsync(_app.BaseUrl + "/app/people");
        var first = page.Locator("tbody tr").First;
        var name = await first.Locator("a").InnerTextAsync();
        var recordUrl = await first.Locator("a").GetAttributeAsync("href");
        await page.GotoAsync(_app.BaseUrl + recordUrl);
        var born = await page.Locator("dt:has-text('Born') + dd").InnerTextAsync();
        var parts = name.Split(", ");

        await page.GotoAsync(_app.BaseUrl + "/app/people");
        await page.GetByLabel("Given name").FillAsync(parts[1]);
        await page.GetByLabel("Family name", new() { Exact = true }).FillAsync(parts[0]);
        await page.GetByLabel("Date of birth").FillAsync(DateOnly.Parse(born, System.Globalization.CultureInfo.GetCultureInfo("en-GB")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the person" }).ClickAsync();

        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Is this someone already known?" }).IsVisibleAsync());
        await AssertNoSeriousViolations(page, "duplicate warning");

        await page.GotoAsync(_app.BaseUrl + recordUrl + "/merge?q=" + Uri.EscapeDataString(parts[0]));
        await AssertNoSeriousViolations(page, "merge");
    }

    [Fact]
    public async Task The_people_pages_fit_a_320_pixel_wide_screen()
    {
        var page = await SignedInPageAsync(Role.LinkWorker, new() { ViewportSize = new() { Width = 320, Height = 640 } });
        await page.GotoAsync(_app.BaseUrl + "/app/people");
        var recordUrl = await page.Locator("tbody tr a").First.GetAttributeAsync("href");

        foreach (var path in new[] { "/app/people", recordUrl!, recordUrl + "/edit" })
        {
            await page.GotoAsync(_app.BaseUrl + path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            var widest = overflow <= 0 ? "" : await page.EvaluateAsync<string>(
                "[...document.querySelectorAll('body *')].filter(e => !e.closest('table') && e.getBoundingClientRect().right > document.documentElement.clientWidth).slice(-3).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 320px screen: {widest}");
        }
    }

    private async Task<IPage> SignedInPageAsync(Role role, BrowserNewPageOptions? options = null)
    {
        var page = await _app.Browser.NewPageAsync(options);
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
