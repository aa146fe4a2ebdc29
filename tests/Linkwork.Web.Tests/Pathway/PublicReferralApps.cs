using Linkwork.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwork.Web.Tests.Pathway;

/// <summary>
/// The app with a client address each test chooses (the in-memory server has none), so the per-address limit on the
/// public form can be reached on purpose by one test and never by accident by another; and a low limit, to reach it quickly.
/// </summary>
internal static class PublicReferralHosting
{
    public const string ClientAddressHeader = "X-Test-Client-Address";
    public const int PermitsPerWindow = 3;

    public static void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Linkwork:SelfReferral:PermitsPerWindow", PermitsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Linkwork:SelfReferral:ContactWithinWorkingDays", "5");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (System.Net.IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class PublicReferralSqliteApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        PublicReferralHosting.Configure(builder);
    }
}

public sealed class PublicReferralPostgresApp : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        PublicReferralHosting.Configure(builder);
    }
}
