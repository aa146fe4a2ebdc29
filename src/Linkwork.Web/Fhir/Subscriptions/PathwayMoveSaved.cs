using Linkwork.Domain.Pathway;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>
/// Wakes the subscription worker after a save that carried pathway moves, whichever use case made them (the provider
/// inbox, the deadline job, FHIR writes), so no use case has to remember subscriptions. Inside an explicit
/// transaction this fires before the commit; the worker then finds the move on its next poll.
/// </summary>
public sealed class PathwayMoveSaved(SubscriptionSignal signal) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WakeIfMoved(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        WakeIfMoved(eventData);
        return ValueTask.FromResult(result);
    }

    // After the save the moves are no longer "added"; any tracked one was saved by this unit of work (a spare wake costs one look).
    private void WakeIfMoved(SaveChangesCompletedEventData eventData)
    {
        if (eventData.Context?.ChangeTracker.Entries<PathwayEvent>().Any() == true)
        {
            signal.Wake();
        }
    }
}
