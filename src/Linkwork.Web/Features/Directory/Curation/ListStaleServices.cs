using Linkwork.Data;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Curation;

/// <summary>
/// The curators' "stale" worklist: a programme's listings due a check (<see cref="ListingFreshness"/>), after the
/// setting <c>Linkwork:Directory:StaleAfterDays</c> (180 unless a deployment says otherwise); never-checked ones
/// first, then the oldest check.
/// </summary>
public sealed class ListStaleServices(LinkworkDbContext db, IConfiguration configuration, TimeProvider clock, DirectoryTimeZone zone)
{
    public const string Setting = "Linkwork:Directory:StaleAfterDays";
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Name, string OrganisationName, DateOnly? AssuredDate, string? AssurerEmail);

    /// <summary>One page, and whether there is another: no total, because counting a large directory's stale listings on every visit costs more than it tells.</summary>
    public sealed record Page(IReadOnlyList<Row> Rows, bool HasNext, int StaleAfterDays, DateOnly CheckedBefore);

    public async Task<Page> HandleAsync(Guid programmeId, int page, CancellationToken cancellationToken = default)
    {
        var days = configuration.GetValue(Setting, ListingFreshness.DefaultStaleAfterDays);
        var before = ListingFreshness.CheckedBefore(zone.Today(clock), days);
        var rows = await (
                from service in db.Services.AsNoTracking().Where(ListingFreshness.IsDue(before))
                join organisation in db.Organisations on service.OrganisationId equals organisation.Id
                where organisation.ProgrammeId == programmeId
                // Databases disagree on where NULL sorts, so never-checked listings are put first explicitly.
                orderby service.Details.AssuredDate == null ? 0 : 1, service.Details.AssuredDate, service.Id
                select new Row(service.Id, service.Details.Name, organisation.Name, service.Details.AssuredDate, service.Details.AssurerEmail))
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        return new Page([.. rows.Take(PageSize)], rows.Count > PageSize, days, before);
    }
}
