using Linkwork.Data;
using Linkwork.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Access;

/// <summary>A programme's API clients, newest first, with their standing now.</summary>
public sealed class ListApiClients(LinkworkDbContext db, TimeProvider clock)
{
    public sealed record Row(Guid Id, string Name, Role Role, string Organisation, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, ApiClientStanding Standing);

    public async Task<IReadOnlyList<Row>> HandleAsync(Guid? programmeId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var rows = await (
            from client in db.ApiClients.AsNoTracking()
            join organisation in db.Organisations on client.OrganisationId equals organisation.Id
            where programmeId == null || organisation.ProgrammeId == programmeId
            select new { client, organisation.Name }).ToListAsync(cancellationToken);
        return rows
            .OrderByDescending(r => r.client.CreatedAt)
            .Select(r => new Row(r.client.Id, r.client.Name, r.client.Role, r.Name, r.client.CreatedAt, r.client.ExpiresAt, r.client.StandingAt(now)))
            .ToList();
    }
}
