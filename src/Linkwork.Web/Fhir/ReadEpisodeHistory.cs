using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// The versions of a referral into the programme's ServiceRequest and Task, from the pathway's event log, as
/// <see cref="ReadReferralHistory"/> reads an onward referral's: version N is the episode as event N left it (its
/// state, when, and the reason of the move that ended it); the rest is the record as it stands. Every change of the
/// episode made a version, the working ones (an assignment, a contact attempt) too: they read as the state unchanged.
/// </summary>
public sealed class ReadEpisodeHistory(LinkworkDbContext db, ReadEpisodeResource read)
{
    /// <summary>Every version, newest first; null when there is no episode the caller may see.</summary>
    public async Task<IReadOnlyList<EpisodeFacts>?> HandleAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken)
    {
        if (await read.HandleAsync(user, episodeId, cancellationToken) is not { } current)
        {
            return null;
        }

        var events = await db.PathwayEvents.AsNoTracking().Where(e => e.RecordId == episodeId).OrderBy(e => e.Version)
            .Select(e => new { e.Version, e.FromState, e.ToState, e.ReasonCode, e.Reason, e.At }).ToListAsync(cancellationToken);
        var versions = new List<EpisodeFacts>(events.Count);
        foreach (var e in events)
        {
            // A working note between moves is not a reason for the state: the last move's stands.
            versions.Add(e.FromState != e.ToState || versions.Count == 0
                ? AsOf(current, e.Version, e.ToState, e.At, e.ReasonCode, e.Reason)
                : versions[^1] with { Version = e.Version, UpdatedAt = e.At });
        }

        versions.Reverse();
        return versions;
    }

    /// <summary>The episode as the move that made <paramref name="version"/> left it; the rest is the record as it stands.</summary>
    /// <param name="current">The episode now.</param>
    /// <param name="version">The version the move made.</param>
    /// <param name="toState">The state it moved to.</param>
    /// <param name="at">When.</param>
    /// <param name="reasonCode">The coded reason recorded with the move (a discharge's), if any.</param>
    /// <param name="reason">The reason given, if any.</param>
    internal static EpisodeFacts AsOf(EpisodeFacts current, int version, string toState, DateTimeOffset at, string? reasonCode, string? reason)
    {
        var state = Enum.Parse<EpisodeState>(toState);
        var discharged = Enum.TryParse<DischargeReason>(reasonCode, out var coded) ? coded : (DischargeReason?)null;
        return current with { Version = version, State = state, UpdatedAt = at, StatusReason = EpisodeStatusMap.StatusReason(state, discharged, reason) };
    }
}
