using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using Linkwork.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>
/// Sends one notification: a POST to the subscriber's endpoint with its headers and the Task (or no body). Redirects
/// are not followed, so a notification never lands anywhere the subscriber did not name. A failure is described by
/// its HTTP status or network error only: response bodies are never read, kept or logged.
/// </summary>
public sealed class SubscriptionNotifier : IDisposable
{
    private readonly HttpClient _http;

    public SubscriptionNotifier(IOptions<Hosting.LinkworkSettings> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timeout = TimeSpan.FromSeconds(Math.Clamp(options.Value.FhirSubscriptions.TimeoutSeconds, 1, SubscriptionClaims.LongestTimeout.TotalSeconds));
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectTimeout = timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = timeout,
        };
    }

    /// <returns>Null when the endpoint answered 2xx, else what went wrong.</returns>
    public async Task<string?> SendAsync(string endpoint, IReadOnlyList<string> headers, string? taskJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headers);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        if (taskJson is not null)
        {
            request.Content = new StringContent(taskJson, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(FhirResponse.MediaType) { CharSet = "utf-8" };
        }

        foreach (var header in headers)
        {
            if (SubscriptionHeaders.Split(header) is { } split)
            {
                request.Headers.TryAddWithoutValidation(split.Name, split.Value);
            }
        }

        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return status is >= 200 and < 300 ? null : $"The endpoint answered HTTP {status}";
        }
        catch (HttpRequestException e) when (!cancellationToken.IsCancellationRequested)
        {
            return Describe(e);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"The endpoint did not answer within {_http.Timeout.TotalSeconds:0} seconds";
        }
    }

    public void Dispose() => _http.Dispose();

    private static string Describe(HttpRequestException e) => e.InnerException switch
    {
        SocketException socket => $"Network: {socket.SocketErrorCode}",
        AuthenticationException => "TLS handshake with the endpoint failed",
        _ => $"Network: {e.HttpRequestError}",
    };
}
