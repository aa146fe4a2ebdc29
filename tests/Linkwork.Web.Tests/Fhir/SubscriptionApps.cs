using Linkwork.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>Apps whose subscription worker gives up after three attempts and looks every second, and a subscriber's endpoint to notify.</summary>
public interface ISubscriptionApp
{
    HookReceiver Hooks { get; }
}

internal static class SubscriptionSettings
{
    public const int MaxAttempts = 3;

    public static void Apply(IWebHostBuilder builder)
    {
        builder.UseSetting("Linkwork:FhirSubscriptions:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Linkwork:FhirSubscriptions:PollSeconds", "1");
        builder.UseSetting("Linkwork:FhirSubscriptions:TimeoutSeconds", "5");
    }
}

public sealed class SqliteSubscriptionApp : SqliteApp, ISubscriptionApp
{
    public HookReceiver Hooks { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SubscriptionSettings.Apply(builder);
    }

    public override async ValueTask InitializeAsync()
    {
        await Hooks.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Hooks.DisposeAsync();
    }
}

public sealed class PostgresSubscriptionApp : PostgresApp, ISubscriptionApp
{
    public HookReceiver Hooks { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SubscriptionSettings.Apply(builder);
    }

    public override async ValueTask InitializeAsync()
    {
        await Hooks.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Hooks.DisposeAsync();
    }
}
