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
        string? reason = null;
        foreach (var e in events)
        {
            var state = Enum.Parse<EpisodeState>(e.ToState);
            // A working note between moves is not a reason for the state: the last move's stands.
            if (e.FromState != e.ToState)
            {
                var discharged = Enum.TryParse<DischargeReason>(e.ReasonCode, out var coded) ? coded : (DischargeReason?)null;
                reason = FhirEpisodeFacts.StatusReason(state, discharged, e.Reason);
            }

            versions.Add(current with { Version = e.Version, State = state, UpdatedAt = e.At, StatusReason = reason });
        }

        versions.Reverse();
        return versions;
    }
}
