using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Access;

/// <summary>Revokes an API client's token at once; later calls with it get a 401 that says it was revoked.</summary>
public sealed class RevokeApiClient(LinkworkDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<ApiClient> HandleAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var client = await db.ApiClients.FindAsync([id], cancellationToken)
            ?? throw new DomainRuleException($"No API client has the id {id}.");
        client.Revoke(clock.GetUtcNow());
        var programmeId = await db.Organisations.Where(o => o.Id == client.OrganisationId).Select(o => o.ProgrammeId).SingleAsync(cancellationToken);
        audit.Record("api-client.revoked", nameof(ApiClient), client.Id, programmeId: programmeId);
        await db.SaveChangesAsync(cancellationToken);
        return client;
    }
}
