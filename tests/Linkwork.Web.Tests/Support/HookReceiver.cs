using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Linkwork.Web.Tests.Support;

/// <summary>
/// A subscriber's endpoint: a real Kestrel server on a free loopback port that keeps every POST it gets, per path,
/// and answers each path with the status a test sets (200 unless told otherwise).
/// </summary>
public sealed class HookReceiver : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Received>> _received = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _drops = new(StringComparer.Ordinal);
    private WebApplication? _app;

    public sealed record Received(string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers);

    public string BaseUrl { get; private set; } = "";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/{**path}", async (string path, HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            if (_drops.TryGetValue(path, out var drops) && drops > 0 && _drops.TryUpdate(path, drops - 1, drops))
            {
                // As a server that closes the connection without answering: the request counts as never received.
                context.Abort();
                return Results.Empty;
            }

            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            _received.GetOrAdd(path, _ => new ConcurrentQueue<Received>()).Enqueue(new Received(context.Request.ContentType, body, headers));
            return Results.StatusCode(_statuses.GetValueOrDefault(path, StatusCodes.Status200OK));
        });
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _app = app;
    }

    public string Url(string path) => $"{BaseUrl}/{path}";

    public void Answer(string path, int status) => _statuses[path] = status;

    /// <summary>The next <paramref name="count"/> requests to <paramref name="path"/> get no answer: the connection is closed on them.</summary>
    public void Drop(string path, int count) => _drops[path] = count;

    public IReadOnlyList<Received> At(string path) => _received.TryGetValue(path, out var queue) ? queue.ToList() : [];

    /// <summary>Waits until <paramref name="path"/> has had at least <paramref name="count"/> requests.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(string path, int count)
    {
        await SmtpSink.WaitUntilAsync(() => Task.FromResult(At(path).Count >= count), $"{count} notification(s) at /{path}");
        return At(path);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
