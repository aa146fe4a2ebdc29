using System.Text.Encodings.Web;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Features.Access;

/// <summary>
/// Authenticates "Authorization: Bearer lwk_..." against the hashed tokens of API clients, and answers a
/// failed or missing token with a ProblemDetails that says exactly what was wrong (unknown, expired, revoked).
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    LinkworkDbContext db, TimeProvider clock, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    // Compiled: every API request runs it.
    private static readonly CompiledForEachModel<Func<LinkworkDbContext, string, CancellationToken, Task<TokenHolder?>>> ByHash = new(() =>
        EF.CompileAsyncQuery((LinkworkDbContext db, string hash, CancellationToken _) => db.ApiClients.AsNoTracking().Where(c => c.TokenHash == hash)
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new TokenHolder(c, o.ProgrammeId, o.Kind))
            .SingleOrDefault()));
    private const string FailureKey = "linkwork:token-failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = BearerToken(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        TokenHolder? holder = null;
        if (ApiTokens.LooksLikeToken(token))
        {
            holder = await ByHash.For(db)(db, ApiTokens.Hash(token), Context.RequestAborted);
        }

        var client = holder?.Client;

        var failure = client?.StandingAt(clock.GetUtcNow()) switch
        {
            null => "The bearer token is not recognised. Create one with `./linkwork api-client create`.",
            ApiClientStanding.Expired => $"The bearer token expired at {client.ExpiresAt:u}. Ask an administrator for a new one.",
            ApiClientStanding.Revoked => $"The bearer token was revoked at {client.RevokedAt:u}.",
            _ => null,
        };
        if (failure is not null)
        {
            Context.Items[FailureKey] = failure;
            return AuthenticateResult.Fail(failure);
        }

        var principal = ApiClientPrincipal.For(client!, holder!.ProgrammeId, holder.Kind, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = Context.Items[FailureKey] as string;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = failure is null
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{failure.Replace("\"", "'", StringComparison.Ordinal)}\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Authentication required",
                Detail = failure ?? "Send a bearer token (Authorization: Bearer lwk_...) or sign in.",
            },
        });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Forbidden",
                Detail = "Your role or organisation does not allow this.",
            },
        });
    }

    private sealed record TokenHolder(ApiClient Client, Guid ProgrammeId, OrganisationKind Kind);

    internal static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
