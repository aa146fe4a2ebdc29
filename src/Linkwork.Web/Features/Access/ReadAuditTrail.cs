using Linkwork.Data;
using Linkwork.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Access;

/// <summary>A programme's audit trail, newest first, a page at a time, optionally for one action.</summary>
public sealed class ReadAuditTrail(LinkworkDbContext db)
{
    public const int PageSize = 50;

    public sealed record Page(IReadOnlyList<AuditEntry> Entries, int PageNumber, bool HasNext);

    public async Task<Page> HandleAsync(Guid programmeId, int page, string? action, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.ProgrammeId == programmeId);
        if (!string.IsNullOrWhiteSpace(action))
        {
            entries = entries.Where(e => e.Action == action);
        }

        // Ids are version 7 GUIDs, so they sort by creation time and break ties between equal timestamps.
        var rows = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        return new Page(rows.Take(PageSize).ToList(), page, rows.Count > PageSize);
    }
}
