using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// The programme's link workers and supervisors as Practitioner and PractitionerRole: the people who record
/// consents, needs and plans, so the references to them resolve. Name, role (with the programme's title for it) and
/// organisation only. Any caller of the programme may read them, as the staff are named on every referral anyway.
/// </summary>
public sealed class FhirStaff(LinkworkDbContext db)
{
    public static bool IsPractitioner(Role role) => role is Role.LinkWorker or Role.Supervisor;

    /// <summary>Staff whose name starts with <paramref name="name"/> (any case), or one by id, or of one organisation; by name then id.</summary>
    public async Task<(int Total, IReadOnlyList<StaffFacts> Page)> SearchAsync(
        ClaimsPrincipal user, Guid? id, string? name, Guid? organisationId, int offset, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var programme = user.ProgrammeOf();
        var staff = db.Users.AsNoTracking().Where(u => u.ProgrammeId == programme && (u.Role == Role.LinkWorker || u.Role == Role.Supervisor));
        if (id is { } one)
        {
            staff = staff.Where(u => u.Id == one);
        }

        if (organisationId is { } organisation)
        {
            staff = staff.Where(u => u.OrganisationId == organisation);
        }

        if (name is not null)
        {
            var pattern = ReadDirectoryResource.StartsWith(name);
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(): no .NET culture is involved.
            staff = staff.Where(u => EF.Functions.Like(u.DisplayName.ToLower(), pattern, "\\"));
#pragma warning restore CA1304, CA1311
        }

        var total = await staff.CountAsync(cancellationToken);
        var rows = count == 0 ? [] : await (from u in staff
                                            join o in db.Organisations on u.OrganisationId equals o.Id into organisations
                                            from o in organisations.DefaultIfEmpty()
                                            orderby u.DisplayName, u.Id
                                            select new { u.Id, u.DisplayName, u.Role, u.OrganisationId, Organisation = o == null ? null : o.Name })
                                            .Skip(offset).Take(count).ToListAsync(cancellationToken);
        var titles = await db.Programmes.AsNoTracking().Where(p => p.Id == programme).Select(p => p.RoleTitles).SingleAsync(cancellationToken);
        return (total, rows.Select(r => new StaffFacts(r.Id, r.DisplayName, Code(r.Role), titles.For(r.Role), r.OrganisationId, r.Organisation)).ToList());
    }

    public async Task<StaffFacts?> ReadAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        (await SearchAsync(user, id, null, null, 0, 1, cancellationToken)).Page.SingleOrDefault();

    /// <summary>"LinkWorker" → "link-worker".</summary>
    private static string Code(Role role) =>
        string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
