using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Common;

namespace Linkwork.Web.Features.Access;

/// <summary>Creates an API client and its bearer token. The token is returned once and never stored.</summary>
public sealed class CreateApiClient(LinkworkDbContext db, FindOrganisation organisations, AuditTrail audit, TimeProvider clock)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(365);

    public sealed record Command(string Name, string Role, string? Organisation, int? ExpiresInDays = null);

    public sealed record Result(ApiClient Client, string OrganisationName, string Token);

    public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken = default)
    {
        if (!Roles.TryParse(command.Role, out var role))
        {
            throw new DomainRuleException(
                $"'{command.Role}' is not a role. Use one of: {string.Join(", ", Roles.All.Where(r => r != Role.Person))}.");
        }

        if (command.ExpiresInDays is < 1 or > 3650)
        {
            throw new DomainRuleException("--expires-in-days must be between 1 and 3650.");
        }

        var organisation = await organisations.HandleAsync(command.Organisation, cancellationToken);
        var token = ApiTokens.NewToken();
        var now = clock.GetUtcNow();
        var lifetime = command.ExpiresInDays is { } days ? TimeSpan.FromDays(days) : DefaultLifetime;
        var client = ApiClient.Create(Guid.CreateVersion7(now), command.Name, role, organisation.Id, ApiTokens.Hash(token), now, lifetime);
        db.ApiClients.Add(client);
        audit.Record("api-client.created", nameof(ApiClient), client.Id, programmeId: organisation.ProgrammeId);
        await db.SaveChangesAsync(cancellationToken);
        return new Result(client, organisation.Name, token);
    }
}
