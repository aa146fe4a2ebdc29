using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway;

/// <summary>
/// The dashboard's pathway figures: how much work is waiting, as counts only. Counts name no one, so unlike the
/// lists they are not audited as reads of a person's record.
/// </summary>
public sealed class PathwayCounts(LinkworkDbContext db, Directory.DirectoryTimeZone zone, TimeProvider clock)
{
    public sealed record Caseload(int MyOpenEpisodes, int Triage, int WaitingOnProviders, int MyFollowUpsDueToday, int MyFollowUpsOverdue);

    private static readonly EpisodeState[] OpenEpisodes = Enum.GetValues<EpisodeState>().Where(s => s.IsOpen()).ToArray();
    private static readonly OnwardReferralState[] Awaiting = Enum.GetValues<OnwardReferralState>().Where(s => s.AwaitsResponse()).ToArray();

    /// <summary>
    /// A link worker's or supervisor's open episodes, the triage queue, referrals providers have not answered, and the
    /// follow-ups they are to do today and those already overdue (the programme's day, as on the work list).
    /// </summary>
    public async Task<Caseload> CaseloadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.RequireCaseloadWorker();
        var (me, today) = (user.Id(), zone.Today(clock));
        var open = db.Episodes.AsNoTracking().VisibleTo(user).Where(e => OpenEpisodes.Contains(e.State));
        var myFollowUps = db.FollowUps.AsNoTracking().VisibleTo(user).Where(f => f.AssigneeId == me && f.State == FollowUpState.Open);
        return new Caseload(
            await open.CountAsync(e => e.LinkWorkerId == me, cancellationToken),
            await open.CountAsync(e => e.LinkWorkerId == null, cancellationToken),
            await AwaitingAnswerAsync(user, cancellationToken),
            await myFollowUps.CountAsync(f => f.DueOn == today, cancellationToken),
            await myFollowUps.CountAsync(f => f.DueOn < today, cancellationToken));
    }

    /// <summary>Referrals the user can see that still wait for the provider's answer: a provider's to-do, a link worker's wait.</summary>
    public Task<int> AwaitingAnswerAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return db.OnwardReferrals.AsNoTracking().VisibleTo(user).CountAsync(r => Awaiting.Contains(r.State), cancellationToken);
    }
}
