using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>
/// Caseloads and queues: a link worker's own people, the triage queue (open and unassigned), a referrer's
/// referrals. Open episodes first, the longest waiting at the top. A public form's reference, as someone quotes it on
/// the phone, finds its episode whether open or closed.
/// </summary>
public sealed class ListEpisodes(LinkworkDbContext db, AuditTrail audit)
{
    public sealed record Filter(EpisodeState? State = null, bool OpenOnly = true, bool MineOnly = false, bool UnassignedOnly = false, Guid? PersonId = null, string? Reference = null);

    public sealed record Item(Guid Id, Guid PersonId, string PersonName, EpisodeState State, ReferralSource Source, DateTimeOffset ReceivedAt, DateTimeOffset UpdatedAt, string? LinkWorker, int Version, bool SafeguardingConcern);

    private static readonly EpisodeState[] OpenStates = Enum.GetValues<EpisodeState>().Where(s => s.IsOpen()).ToArray();

    public async Task<Page<Item>> HandleAsync(ClaimsPrincipal user, Filter filter, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var (number, size) = Paging.Normalise(page, pageSize);
        var episodes = db.Episodes.AsNoTracking().VisibleTo(user);
        if (filter.Reference is not null)
        {
            // Something that cannot be a reference finds nothing (no episode's reference is empty).
            var reference = PublicReferrals.PublicReferences.Normalise(filter.Reference) ?? "";
            episodes = episodes.Where(e => e.PublicReference == reference);
        }
        else if (filter.State is { } state)
        {
            episodes = episodes.Where(e => e.State == state);
        }
        else if (filter.OpenOnly)
        {
            episodes = episodes.Where(e => OpenStates.Contains(e.State));
        }

        if (filter.MineOnly)
        {
            var me = user.Id();
            episodes = episodes.Where(e => e.LinkWorkerId == me);
        }

        if (filter.UnassignedOnly)
        {
            episodes = episodes.Where(e => e.LinkWorkerId == null);
        }

        if (filter.PersonId is { } personId)
        {
            episodes = episodes.Where(e => e.PersonId == personId);
        }

        // A referrer follows the status; whether there is a safeguarding concern is for the programme team alone.
        var flagsVisible = user.WorksCaseload();
        var total = await episodes.CountAsync(cancellationToken);
        var items = await (from e in episodes
                           join p in db.People on e.PersonId equals p.Id
                           join u in db.Users on e.LinkWorkerId equals u.Id into workers
                           from u in workers.DefaultIfEmpty()
                           orderby e.CreatedAt, e.Id
                           select new Item(e.Id, e.PersonId, p.GivenName + " " + p.FamilyName, e.State, e.Source, e.CreatedAt, e.UpdatedAt, u == null ? null : u.DisplayName, e.Version,
                               flagsVisible && db.SafeguardingConcerns.Any(c => c.EpisodeId == e.Id && c.State == SafeguardingConcernState.Open)))
            .Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        // A list of names is a read of each person's record.
        foreach (var item in items)
        {
            audit.Record("episode.list", nameof(Episode), item.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Page<Item>(items, number, size, total);
    }
}
