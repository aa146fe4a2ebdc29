using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>
/// A caller's own subscriptions: one by id, or all of them. Anyone else's is not found, whoever asks. They hold no
/// personal data (criteria, an endpoint, headers), so reading them is not audited.
/// </summary>
public sealed class ReadSubscriptions(LinkworkDbContext db)
{
    public async Task<SubscriptionFacts?> OneAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var owner = user.Id();
        var subscription = await db.TaskSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.ApiClientId == owner, cancellationToken);
        return subscription is null ? null : SubscriptionView.Of(subscription);
    }

    /// <summary>Oldest first; a client has a handful, so they come in one page.</summary>
    public async Task<IReadOnlyList<SubscriptionFacts>> OwnAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var owner = user.Id();
        var subscriptions = await db.TaskSubscriptions.AsNoTracking().Where(s => s.ApiClientId == owner).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return subscriptions.Select(SubscriptionView.Of).ToList();
    }
}
