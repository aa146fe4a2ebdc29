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
        try
        {
            try
            {
                return await PostAsync(endpoint, headers, taskJson, cancellationToken);
            }
            catch (HttpRequestException e) when (BrokeBeforeAnswer(e) && !cancellationToken.IsCancellationRequested)
            {
                // The connection closed or was reset before any answer: servers that close after every request (HTTP/1.0)
                // do this to a few in a hundred, unseen by them (bench/subscriptions.sh). Once more at once, on a new
                // connection, rather than a minute's wait; a server that did see it hears it twice, as at-least-once allows.
                return await PostAsync(endpoint, headers, taskJson, cancellationToken);
            }
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

    private async Task<string?> PostAsync(string endpoint, IReadOnlyList<string> headers, string? taskJson, CancellationToken cancellationToken)
    {
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

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var status = (int)response.StatusCode;
        return status is >= 200 and < 300 ? null : $"The endpoint answered HTTP {status}";
    }

    public void Dispose() => _http.Dispose();

    private static bool BrokeBeforeAnswer(HttpRequestException e) =>
        e.HttpRequestError == HttpRequestError.ResponseEnded || (e.HttpRequestError == HttpRequestError.Unknown && e.InnerException is IOException);

    private static string Describe(HttpRequestException e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SocketException socket:
                    return $"Network: {socket.SocketErrorCode}";
                case AuthenticationException:
                    return "TLS handshake with the endpoint failed";
            }
        }

        return $"Network: {e.HttpRequestError}";
    }
}
