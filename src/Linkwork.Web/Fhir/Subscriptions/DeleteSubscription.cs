using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>
/// Deletes one of the caller's subscriptions and the notifications it still owed; audited. A notification already on
/// its way when the delete lands may still arrive; none is queued after.
/// </summary>
public sealed class DeleteSubscription(LinkworkDbContext db, AuditTrail audit)
{
    public async Task HandleAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var owner = user.Id();
        var subscription = await db.TaskSubscriptions.SingleOrDefaultAsync(s => s.Id == id && s.ApiClientId == owner, cancellationToken)
            ?? throw new RecordNotFoundException($"There is no Subscription with id '{id}' that you can see.");
        db.TaskSubscriptions.Remove(subscription);
        audit.Record("subscription.delete", "Subscription", subscription.Id);
        await db.SaveChangesAsync(cancellationToken);
    }
}
