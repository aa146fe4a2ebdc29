using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Directory;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Directory.Curation;

/// <summary>A provider's staff propose an edit to one of their listings; it waits in the curators' queue.</summary>
public sealed class ProposeServiceChange(LinkworkDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<(Guid? RequestId, CurationOutcome Outcome)> HandleAsync(
        ClaimsPrincipal user, Guid serviceId, IReadOnlyDictionary<ServiceField, string?> values, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(values);
        var (service, outcome) = await ListingAccess.LoadForEditAsync(db, user, serviceId, curatorsOnly: false, cancellationToken);
        if (outcome != CurationOutcome.Done)
        {
            return (null, outcome);
        }

        var proposed = service!.Details.WithAll(values);
        var now = clock.GetUtcNow();
        var request = ServiceChangeRequest.Propose(Guid.CreateVersion7(now), service, proposed, note, user.Id() ?? Guid.Empty, now);
        db.ServiceChangeRequests.Add(request);
        audit.Record("service.change-proposed", nameof(ServiceChangeRequest), request.Id);
        await db.SaveChangesAsync(cancellationToken);
        return (request.Id, CurationOutcome.Done);
    }
}
