using Linkwork.Web.Cli.Demo;
using Linkwork.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Xunit;

namespace Linkwork.Browser.Tests;

/// <summary>
/// The app on a real loopback port (Kestrel, SQLite in a temp folder, a small demo) and Debian's Chromium
/// driven by Playwright. Playwright's own browser download is never used.
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("linkwork-browser-").FullName;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app's services, for a test to arrange what no page does yet.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The app is not running.");

    public static string? ChromiumPath =>
        Environment.GetEnvironmentVariable("LINKWORK_TEST_CHROMIUM") is { Length: > 0 } path ? path
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : null;

    public async ValueTask InitializeAsync()
    {
        if (ChromiumPath is null)
        {
            return;
        }

        // Playwright starts its driver before any app of this process logs: it sets Console.OutputEncoding, which takes
        // the console's locks in the opposite order to a console logger writing, and the two once deadlocked CI.
        _playwright = await Playwright.CreateAsync();

        // Development serves the stylesheet straight from the source tree, as the browser must see it.
        _app = LinkworkWebApp.Build(["--environment=Development"], builder =>
        {
            // No console logger either, for the same reason: another fixture's Playwright may be starting meanwhile.
            builder.Logging.ClearProviders();
            builder.Configuration["Linkwork:DataDirectory"] = _data;
            // No tiles: the machine has no network, and the directory must work without them anyway.
            builder.Configuration["Linkwork:Map:TileUrl"] = "";
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        });
        await DatabaseMigrator.MigrateAsync(_app.Services);
        await ActivatorUtilities.CreateInstance<DemoSeeder>(_app.Services).SeedAsync(new DemoSize(People: 30, Services: 80, Seed: 11));
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine has no network beyond loopback: keep Chromium from reaching out at start-up.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_data, recursive: true);
    }

    public static void SkipUnlessChromium()
    {
        if (ChromiumPath is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("LINKWORK_TEST_REQUIRE_ALL") == "1", "Chromium is missing, and CI requires the browser tests to run.");
            Assert.Skip("Chromium is not installed (./test.sh installs Debian's chromium when run as root).");
        }
    }
}
