using System.Security.Claims;
using System.Text;
using Linkwork.Interop.Fhir;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>POST, GET (one and the caller's own) and DELETE of /fhir/Subscription: R4 rest-hook on Task.</summary>
internal static class FhirSubscriptionEndpoints
{
    /// <summary>A Subscription is a few hundred bytes; anything near this is not one.</summary>
    private const int MaxBodyBytes = 64 * 1024;

    public static void MapFhirSubscriptions(this RouteGroupBuilder secured)
    {
        secured.MapPost("/Subscription", async (HttpContext context, CreateSubscription create, CancellationToken cancellationToken) =>
        {
            if (await BodyAsync(context.Request, cancellationToken) is not { } json)
            {
                return FhirResponse.Error(StatusCodes.Status400BadRequest, FhirProblem.Invalid, $"Send a Subscription as JSON of at most {MaxBodyBytes / 1024} KB.");
            }

            var result = await create.HandleAsync(context.User, json, cancellationToken);
            if (result.Created is not { } created)
            {
                return FhirResponse.Error(StatusCodes.Status400BadRequest, FhirProblem.Invalid, [.. result.Problems]);
            }

            context.Response.Headers.Location = $"{FhirHttp.BaseUrl(context.Request)}/Subscription/{created.Id}";
            return new FhirResponse(StatusCodes.Status201Created, SubscriptionMapper.Json(created));
        });

        secured.MapGet("/Subscription/{id}", async (string id, ClaimsPrincipal user, ReadSubscriptions read, CancellationToken cancellationToken) =>
            FhirHttp.IdOf(id) is { } guid && await read.OneAsync(user, guid, cancellationToken) is { } subscription
                ? FhirResponse.Ok(SubscriptionMapper.Json(subscription))
                : FhirResponse.NotFound("Subscription", id));

        secured.MapGet("/Subscription", async (HttpContext context, ReadSubscriptions read, CancellationToken cancellationToken) =>
        {
            if (context.Request.Query.Keys.FirstOrDefault(k => k != "_format") is { } parameter)
            {
                return FhirResponse.Error(StatusCodes.Status400BadRequest, FhirProblem.Invalid,
                    $"Subscription is not searched by '{parameter}' here: a search lists all of your own subscriptions and takes no parameters.");
            }

            var own = await read.OwnAsync(context.User, cancellationToken);
            var request = context.Request;
            var bundle = new FhirSearchSet(FhirHttp.BaseUrl(request), $"{FhirHttp.BaseUrl(request)}/Subscription", own.Count);
            foreach (var subscription in own)
            {
                bundle.AddSubscription(subscription);
            }

            return FhirResponse.Ok(bundle.ToJson());
        });

        secured.MapDelete("/Subscription/{id}", async (string id, ClaimsPrincipal user, DeleteSubscription delete, CancellationToken cancellationToken) =>
        {
            if (FhirHttp.IdOf(id) is not { } guid)
            {
                return FhirResponse.NotFound("Subscription", id);
            }

            await delete.HandleAsync(user, guid, cancellationToken);
            return Results.NoContent();
        });
    }

    private static async Task<string?> BodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxBodyBytes + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await reader.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += chunk;
        }

        return read is 0 or > MaxBodyBytes ? null : new string(buffer, 0, read);
    }
}
