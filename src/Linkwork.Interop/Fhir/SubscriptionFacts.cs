namespace Linkwork.Interop.Fhir;

/// <summary>What a created Subscription asks for, read from the caller's JSON; checking it against our rules is the web host's.</summary>
/// <param name="Status">The status asked for (requested or active; anything else is refused by the reader).</param>
/// <param name="Criteria">The criteria as written.</param>
/// <param name="Reason">Why the subscription exists (required in R4).</param>
/// <param name="Endpoint">channel.endpoint.</param>
/// <param name="Headers">channel.header, as given.</param>
/// <param name="WithPayload">True for payload application/fhir+json, false when there is no payload.</param>
public sealed record SubscriptionRequest(string Status, string Criteria, string Reason, string? Endpoint, IReadOnlyList<string> Headers, bool WithPayload);

/// <summary>A stored subscription, for its JSON.</summary>
/// <param name="Id">Our id.</param>
/// <param name="Active">True while active; false when stopped in error.</param>
/// <param name="Criteria">The criteria as the subscriber wrote them.</param>
/// <param name="Reason">Why it exists.</param>
/// <param name="Error">The last delivery failure (the reason it stopped, when in error).</param>
/// <param name="Endpoint">Where notifications go.</param>
/// <param name="Headers">The headers sent with each.</param>
/// <param name="WithPayload">Whether each carries the Task.</param>
/// <param name="LastUpdated">When it last changed.</param>
public sealed record SubscriptionFacts(
    Guid Id, bool Active, string Criteria, string Reason, string? Error, string Endpoint, IReadOnlyList<string> Headers, bool WithPayload, DateTimeOffset LastUpdated);
