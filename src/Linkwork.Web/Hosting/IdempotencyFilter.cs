using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Linkwork.Data;
using Linkwork.Web.Features.Access;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Hosting;

/// <summary>
/// Stores the successful answer to the first request with a key and replays it for the same request; refuses the key for a
/// different request (422) and while the first is still being answered (409). The record is kept in its own unit
/// of work so it is claimed before the handler starts and survives whatever the handler's own save does.
/// </summary>
public sealed class IdempotencyFilter(IServiceScopeFactory scopes, TimeProvider clock, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var key = http.Request.Headers[IdempotencyKeys.Header].ToString().Trim();
        if (key.Length == 0)
        {
            return await next(context);
        }

        if (key.Length > IdempotencyRecord.KeyMaxLength)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Idempotency-Key too long",
                detail: $"An Idempotency-Key has at most {IdempotencyRecord.KeyMaxLength} characters.");
        }

        var caller = http.User.Id()?.ToString() ?? "anonymous";
        var request = $"{http.Request.Method} {http.Request.Path}";
        var hash = BodyHash(context);
        var now = clock.GetUtcNow();

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var cutoff = now - IdempotencyKeys.KeptFor;
        await db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(http.RequestAborted);

        var claimed = new IdempotencyRecord { Caller = caller, Key = key, Request = request, RequestHash = hash, CreatedAt = now };
        if (await ClaimAsync(db, claimed, http.RequestAborted) is { } earlier)
        {
            return Answer(earlier, request, hash);
        }

        try
        {
            var result = await next(context);
            var captured = await ExecuteCapturedAsync(http, result);
            // Only a success did something worth protecting from a repeat. A refusal (a duplicate to confirm, a field to
            // fix) did nothing, so the caller may fix the request and send it again under the same key.
            if (http.Response.StatusCode is < 200 or >= 300)
            {
                await ReleaseAsync(db, claimed);
            }
            else
            {
                claimed.StatusCode = http.Response.StatusCode;
                claimed.ResponseBody = captured;
                claimed.ResponseContentType = http.Response.ContentType;
                claimed.Location = http.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null;
                claimed.ETag = http.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null;
                await db.SaveChangesAsync(CancellationToken.None);
            }

            return Results.Empty;
        }
        catch
        {
            // Nothing was created (the handler's unit of work did not save), so a retry with the key must be free to try again.
            await ReleaseAsync(db, claimed);
            throw;
        }
    }

    /// <summary>Inserts the in-flight record, or returns the one already there (also when another request won the race).</summary>
    private static async Task<IdempotencyRecord?> ClaimAsync(LinkworkDbContext db, IdempotencyRecord claimed, CancellationToken cancellationToken)
    {
        var existing = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Caller == claimed.Caller && r.Key == claimed.Key, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        db.IdempotencyRecords.Add(claimed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await db.IdempotencyRecords.AsNoTracking()
                .SingleOrDefaultAsync(r => r.Caller == claimed.Caller && r.Key == claimed.Key, cancellationToken)
                ?? throw new InvalidOperationException("The idempotency record could be neither inserted nor read.");
        }
    }

    private static IResult Answer(IdempotencyRecord earlier, string request, string hash)
    {
        if (earlier.StatusCode is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Still working on the first request",
                detail: "A request with this Idempotency-Key is still being answered. Wait a moment and retry with the same key.");
        }

        if (earlier.Request != request || earlier.RequestHash != hash)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused for a different request",
                detail: $"This Idempotency-Key was first used for a different request ({earlier.Request} with another body). Use a new key for a new request.");
        }

        return new Replay(earlier);
    }

    private static async Task ReleaseAsync(LinkworkDbContext db, IdempotencyRecord claimed)
    {
        db.IdempotencyRecords.Remove(claimed);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Runs the handler's result into a buffer, so the answer can be stored as well as sent.</summary>
    private async Task<string?> ExecuteCapturedAsync(HttpContext http, object? result)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            switch (result)
            {
                case IResult answer:
                    await answer.ExecuteAsync(http);
                    break;
                case null:
                    break;
                default:
                    await Results.Json(result, json.Value.SerializerOptions).ExecuteAsync(http);
                    break;
            }
        }
        finally
        {
            http.Response.Body = original;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
        return buffer.Length == 0 ? null : Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// SHA-256 of the body as the endpoint bound it (its declared request type, written back as JSON): the same request
    /// sent again hashes alike even if the client spaced or ordered its JSON differently.
    /// </summary>
    private string BodyHash(EndpointFilterInvocationContext context)
    {
        var bodyType = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var body = bodyType is null ? null : context.Arguments.FirstOrDefault(a => a is not null && a.GetType() == bodyType);
        var text = body is null ? "" : JsonSerializer.Serialize(body, bodyType!, json.Value.SerializerOptions);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private sealed class Replay(IdempotencyRecord earlier) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = earlier.StatusCode!.Value;
            httpContext.Response.Headers[IdempotencyKeys.ReplayedHeader] = "true";
            if (earlier.Location is not null)
            {
                httpContext.Response.Headers.Location = earlier.Location;
            }

            if (earlier.ETag is not null)
            {
                httpContext.Response.Headers.ETag = earlier.ETag;
            }

            if (earlier.ResponseBody is not null)
            {
                httpContext.Response.ContentType = earlier.ResponseContentType;
                await httpContext.Response.WriteAsync(earlier.ResponseBody, httpContext.RequestAborted);
            }
        }
    }
}
