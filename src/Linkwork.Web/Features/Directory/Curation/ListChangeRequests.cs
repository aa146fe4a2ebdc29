using Linkwork.Data;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Curation;

/// <summary>The curators' queue: a programme's pending change requests, oldest first, a page at a time.</summary>
public sealed class ListChangeRequests(LinkworkDbContext db)
{
    public const int PageSize = 20;

    public sealed record Row(
        Guid Id, Guid ServiceId, string ServiceName, string OrganisationName, IReadOnlyList<ProposedChange> Changes,
        string? Note, string ProposedBy, DateTimeOffset ProposedAt);

    public async Task<(IReadOnlyList<Row> Rows, int Total)> HandleAsync(Guid programmeId, int page, CancellationToken cancellationToken = default)
    {
        var pending =
            from request in db.ServiceChangeRequests.AsNoTracking()
            join organisation in db.Organisations on request.OrganisationId equals organisation.Id
            where request.Status == ChangeRequestStatus.Pending && organisation.ProgrammeId == programmeId
            select new { request, OrganisationName = organisation.Name };
        var total = await pending.CountAsync(cancellationToken);
        var rows = await (
                from row in pending
                join service in db.Services on row.request.ServiceId equals service.Id
                join account in db.Users on row.request.ProposedBy equals account.Id into accounts
                from account in accounts.DefaultIfEmpty()
                orderby row.request.ProposedAt, row.request.Id
                select new { row.request, row.OrganisationName, ServiceName = service.Details.Name, ProposedBy = account == null ? null : account.DisplayName })
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return ([.. rows.Select(r => new Row(
            r.request.Id, r.request.ServiceId, r.ServiceName, r.OrganisationName, r.request.Changes, r.request.Note,
            r.ProposedBy ?? "a former account", r.request.ProposedAt))], total);
    }
}
