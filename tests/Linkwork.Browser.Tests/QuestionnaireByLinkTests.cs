using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Linkwork.Domain.Access;
using Linkwork.Web.Cli.Demo;
using Microsoft.Playwright;
using Xunit;

namespace Linkwork.Browser.Tests;

/// <summary>
/// A person answers a questionnaire on their own phone (360 px wide, no sign-in) through the link their link worker
/// made: part way, then back later to finish; the link worker sees the score; the link then no longer works.
/// </summary>
public sealed class QuestionnaireByLinkTests : IClassFixture<RunningApp>
{
    private readonly RunningApp _app;

    public QuestionnaireByLinkTests(RunningApp app)
    {
        RunningApp.SkipUnlessChromium();
        _app = app;
    }

    [Fact]
    public async Task A_person_answers_on_a_360_pixel_screen_through_their_link_saving_part_way_and_the_link_worker_sees_the_score()
    {
        var worker = await _app.Browser.NewPageAsync();
        await worker.GotoAsync(_app.BaseUrl + "/account/sign-in");
        await worker.GetByLabel("Email address").FillAsync(DemoAccounts.For(Role.LinkWorker).Email);
        await worker.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await worker.Keyboard.PressAsync("Enter");
        await worker.WaitForURLAsync("**/app");
        await worker.GotoAsync(_app.BaseUrl + "/app/work");
        await worker.Locator("#my-people tbody tr a").First.ClickAsync();
        await worker.WaitForURLAsync("**/app/episodes/*");

        await worker.GetByLabel("Start another questionnaire").SelectOptionAsync("ucla3");
        await worker.Locator("#measures form.inline-filters").GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await worker.WaitForURLAsync("**/app/questionnaires/*");
        var staffPage = worker.Url;
        await AssertNoSeriousViolations(worker, "the questionnaire with a member of staff");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Make a link" }).ClickAsync();
        // The link carries the programme's public address; here the app runs on a test port, so only its path is followed.
        var link = _app.BaseUrl + new Uri(await worker.GetByLabel("The person's link (shown only now)").InputValueAsync()).AbsolutePath;
        Assert.Matches("/q/[A-Za-z0-9_-]{43}$", link);

        // The person's phone: a browser of its own, never signed in.
        await using var phone = await _app.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true });
        var person = await phone.NewPageAsync();
        await person.GotoAsync(link);
        Assert.Equal("UCLA 3-item loneliness scale", await person.Locator("h1").InnerTextAsync());
        Assert.True(await person.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "The questionnaire scrolls sideways at 360 px.");
        await AssertNoSeriousViolations(person, "the person's questionnaire");

        var items = person.Locator("fieldset.questionnaire-item");
        Assert.Equal(3, await items.CountAsync());
        await items.Nth(0).GetByLabel("Often", new() { Exact = true }).CheckAsync();
        await items.Nth(1).GetByLabel("Some of the time", new() { Exact = true }).CheckAsync();
        await person.GetByRole(AriaRole.Button, new() { Name = "Save and finish later" }).ClickAsync();
        await person.WaitForSelectorAsync("[role=status]");

        // Back later: the answers so far are there; the last one is given and the answers sent.
        await person.GotoAsync(link);
        Assert.True(await items.Nth(0).GetByLabel("Often", new() { Exact = true }).IsCheckedAsync());
        Assert.True(await items.Nth(1).GetByLabel("Some of the time", new() { Exact = true }).IsCheckedAsync());
        await items.Nth(2).GetByLabel("Often", new() { Exact = true }).FocusAsync();
        await person.Keyboard.PressAsync("Space");
        await person.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await person.WaitForSelectorAsync("h1:has-text('Thank you')");
        await AssertNoSeriousViolations(person, "the thank-you page");

        await person.GotoAsync(link);
        Assert.Equal("This link no longer works", await person.Locator("h1").InnerTextAsync());

        await worker.GotoAsync(staffPage);
        Assert.Contains("Finished.", await worker.Locator("p.lead").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("8", await worker.Locator("dl.facts dd").First.InnerTextAsync());
        await AssertNoSeriousViolations(worker, "a finished questionnaire");
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
