using Linkwork.Data;
using Linkwork.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Access;

/// <summary>The accounts of a programme, optionally of one role, for supervisors and administrators.</summary>
public sealed class ListTeam(LinkworkDbContext db)
{
    public sealed record Member(Guid Id, string DisplayName, Role Role, string? Organisation, bool TwoFactorEnabled, bool LockedOut);

    public async Task<IReadOnlyList<Member>> HandleAsync(Guid programmeId, Role? role, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var accounts = db.Users.AsNoTracking().Where(u => u.ProgrammeId == programmeId);
        if (role is { } only)
        {
            accounts = accounts.Where(u => u.Role == only);
        }

        var rows = await (
            from account in accounts
            join organisation in db.Organisations on account.OrganisationId equals organisation.Id into memberships
            from organisation in memberships.DefaultIfEmpty()
            select new { account.Id, account.DisplayName, account.Role, Organisation = organisation == null ? null : organisation.Name, account.TwoFactorEnabled, account.LockoutEnd })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.Role).ThenBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(r => new Member(r.Id, r.DisplayName, r.Role, r.Organisation, r.TwoFactorEnabled, r.LockoutEnd > now))
            .ToList();
    }
}
