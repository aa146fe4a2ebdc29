using Linkwork.Domain.Notifications;
using Linkwork.Interop.Fhir;

namespace Linkwork.Web.Fhir.Subscriptions;

internal static class SubscriptionView
{
    public static SubscriptionFacts Of(TaskSubscription s) => new(
        s.Id, s.Status == TaskSubscriptionStatus.Active, s.Criteria, s.Reason, s.Error, s.Endpoint, SubscriptionHeaders.Parse(s.Headers), s.WithPayload, s.UpdatedAt);
}
