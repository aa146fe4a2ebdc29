using System.Security.Claims;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Reads a referral into the programme for its ServiceRequest or Task, with the REST episode read's access (the
/// programme's team, or whoever referred it) and audit line. Null when there is none the caller may see.
/// </summary>
public sealed class ReadEpisodeResource(FhirEpisodeFacts facts, AuditTrail audit)
{
    public async Task<EpisodeFacts?> HandleAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken)
    {
        var found = await facts.FindAsync(user, episodeId, cancellationToken);
        if (found is not null)
        {
            await audit.RecordReadsAsync("episode.read", nameof(Episode), [episodeId]);
        }

        return found;
    }
}
