using Linkwork.Web.Hosting;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>Wakes this instance's subscription worker when a pathway move has just been saved.</summary>
public sealed class SubscriptionSignal : WakeSignal;
