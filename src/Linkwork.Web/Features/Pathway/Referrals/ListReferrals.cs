using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>
/// A provider's inbox (referrals sent to their organisation) or the programme's referrals ("waiting on providers").
/// Those awaiting an answer come first, the nearest deadline at the top.
/// </summary>
public sealed class ListReferrals(LinkworkDbContext db, AuditTrail audit)
{
    public sealed record Filter(OnwardReferralState? State = null, bool OpenOnly = true, bool AwaitingResponseOnly = false, Guid? EpisodeId = null);

    public sealed record Item(Guid Id, Guid EpisodeId, string PersonName, string ServiceName, string OrganisationName, OnwardReferralState State, DateTimeOffset? SentAt, DateTimeOffset? RespondBy, DateTimeOffset UpdatedAt);

    private static readonly OnwardReferralState[] OpenStates = Enum.GetValues<OnwardReferralState>().Where(s => s.IsOpen()).ToArray();
    private static readonly OnwardReferralState[] AwaitingStates = Enum.GetValues<OnwardReferralState>().Where(s => s.AwaitsResponse()).ToArray();

    public async Task<Page<Item>> HandleAsync(ClaimsPrincipal user, Filter filter, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var (number, size) = Paging.Normalise(page, pageSize);
        var referrals = db.OnwardReferrals.AsNoTracking().VisibleTo(user);
        if (filter.State is { } state)
        {
            referrals = referrals.Where(r => r.State == state);
        }
        else if (filter.AwaitingResponseOnly)
        {
            referrals = referrals.Where(r => AwaitingStates.Contains(r.State));
        }
        else if (filter.OpenOnly)
        {
            referrals = referrals.Where(r => OpenStates.Contains(r.State));
        }

        if (filter.EpisodeId is { } episodeId)
        {
            referrals = referrals.Where(r => r.EpisodeId == episodeId);
        }

        var total = await referrals.CountAsync(cancellationToken);
        var items = await (from r in referrals
                           join p in db.People on r.PersonId equals p.Id
                           join s in db.Services on r.ServiceId equals s.Id
                           join o in db.Organisations on r.OrganisationId equals o.Id
                           orderby AwaitingStates.Contains(r.State) descending, r.RespondBy, r.Id
                           select new Item(r.Id, r.EpisodeId, p.GivenName + " " + p.FamilyName, s.Details.Name, o.Name, r.State, r.SentAt, r.RespondBy, r.UpdatedAt))
            .Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            audit.Record("referral.list", nameof(OnwardReferral), item.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Page<Item>(items, number, size, total);
    }
}
