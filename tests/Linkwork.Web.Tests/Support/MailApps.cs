using Microsoft.AspNetCore.Hosting;

namespace Linkwork.Web.Tests.Support;

/// <summary>An app whose outbox delivers to its own local SMTP sink.</summary>
public interface IMailApp
{
    SmtpSink Sink { get; }
}

/// <summary>The settings every mail app shares: no TLS for the local sink, few attempts, and a poll so slow that only wakes drive delivery.</summary>
internal static class MailSettings
{
    public const int MaxAttempts = 4;
    public const string From = "Linkwork <linkwork@example.test>";

    public static void Apply(IWebHostBuilder builder, SmtpSink sink)
    {
        builder.UseSetting("Linkwork:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Linkwork:Smtp:Port", sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Linkwork:Smtp:From", From);
        builder.UseSetting("Linkwork:Smtp:UseTls", "false");
        builder.UseSetting("Linkwork:Smtp:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Linkwork:Smtp:PollSeconds", "3600");
    }
}

public sealed class SqliteMailApp : SqliteApp, IMailApp
{
    public SmtpSink Sink { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        MailSettings.Apply(builder, Sink);
    }

    public override async ValueTask InitializeAsync()
    {
        if (TestEnvironment.SmtpSinkPython is not null)
        {
            await Sink.StartAsync();
        }

        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}

public sealed class PostgresMailApp : PostgresApp, IMailApp
{
    public SmtpSink Sink { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        MailSettings.Apply(builder, Sink);
    }

    public override async ValueTask InitializeAsync()
    {
        if (TestEnvironment.SmtpSinkPython is not null && TestEnvironment.PostgresConnectionString is not null)
        {
            await Sink.StartAsync();
        }

        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
