using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>A real Kestrel server on 127.0.0.1 and a free port, answering every request with <c>handle</c>; it counts what it was asked.</summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalHttpServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public List<string> Requests { get; } = [];

    public static async Task<LocalHttpServer> StartAsync(Func<HttpContext, Task> handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LocalHttpServer? server = null;
        app.Run(async context =>
        {
            lock (server!.Requests)
            {
                server.Requests.Add(context.Request.Path + context.Request.QueryString);
            }

            await handle(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LocalHttpServer(app, new Uri(address + "/"));
        return server;
    }

    /// <summary>Serves a folder of the Open Referral UK validator's mock responses under the routes its mock API uses.</summary>
    public static Task<LocalHttpServer> ServeMockAsync(string folder) => StartAsync(async context =>
    {
        var path = context.Request.Path.Value!.Trim('/');
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var file = segments switch
        {
            [] => "api_details.json",
            ["services"] => "service_list.json",
            ["services", _] => "service_full.json",
            ["taxonomies"] => "taxonomy_list.json",
            ["taxonomies", _] => "taxonomy.json",
            ["taxonomy_terms"] => "taxonomy_term_list.json",
            ["taxonomy_terms", _] => "taxonomy_term.json",
            ["service_at_locations"] => "service_at_location_list.json",
            ["service_at_locations", _] => "service_at_location_full.json",
            _ => null,
        };
        if (file is null || !File.Exists(Path.Combine(folder, file)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.SendFileAsync(Path.Combine(folder, file));
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
