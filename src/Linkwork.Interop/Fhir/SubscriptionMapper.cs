using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// R4 Subscription in and out, for the rest-hook channel on Task only. Reading refuses the elements we would not
/// honour (end, tag, contact, other channels and payload types) rather than dropping them, so what the subscriber
/// reads back is what we serve.
/// </summary>
public static class SubscriptionMapper
{
    public const string PayloadType = "application/fhir+json";

    /// <summary>The request, or null with one line per problem for the OperationOutcome.</summary>
    public static SubscriptionRequest? Read(string json, out IReadOnlyList<string> problems)
    {
        var resource = FhirJson.TryParse(json, out var parseProblems);
        if (resource is null)
        {
            problems = parseProblems;
            return null;
        }

        if (resource is not Subscription subscription)
        {
            problems = [$"The body must be a Subscription; it is a {resource.TypeName}."];
            return null;
        }

        var found = new List<string>();
        if (subscription.Status is not (Subscription.SubscriptionStatus.Requested or Subscription.SubscriptionStatus.Active))
        {
            found.Add("status must be 'requested' (the server makes it active).");
        }

        if (string.IsNullOrWhiteSpace(subscription.Reason))
        {
            found.Add("reason is required: say why the subscription exists.");
        }

        if (string.IsNullOrWhiteSpace(subscription.Criteria))
        {
            found.Add($"criteria is required: {TaskCriteria.Supported}.");
        }

        if (subscription.End is not null)
        {
            found.Add("end is not supported: delete the subscription when it is no longer wanted.");
        }

        if (subscription.Contact.Count > 0)
        {
            found.Add("contact is not kept here: leave it out.");
        }

        if (subscription.Error is not null)
        {
            found.Add("error is set by the server, not the subscriber.");
        }

        if (subscription.Channel is not { } channel)
        {
            found.Add("channel is required: type rest-hook with an endpoint.");
        }
        else
        {
            if (channel.Type != Subscription.SubscriptionChannelType.RestHook)
            {
                found.Add("channel.type must be 'rest-hook': the only channel offered.");
            }

            if (channel.Payload is { } payload && payload != PayloadType)
            {
                found.Add($"channel.payload must be '{PayloadType}' (the Task in each notification) or absent (an empty notification).");
            }
        }

        if (subscription.Meta?.Tag.Count > 0)
        {
            found.Add("meta.tag is not supported on a Subscription here.");
        }

        problems = found;
        return found.Count > 0
            ? null
            : new SubscriptionRequest(
                FhirJson.Literal(subscription.Status!.Value), subscription.Criteria!, subscription.Reason!, subscription.Channel!.Endpoint,
                subscription.Channel.Header.Select(h => h ?? "").ToList(), subscription.Channel.Payload is not null);
    }

    public static Subscription Map(SubscriptionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new Subscription
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(null, facts.LastUpdated),
            Status = facts.Active ? Subscription.SubscriptionStatus.Active : Subscription.SubscriptionStatus.Error,
            Criteria = facts.Criteria,
            Reason = facts.Reason,
            Error = facts.Error,
            Channel = new Subscription.ChannelComponent
            {
                Type = Subscription.SubscriptionChannelType.RestHook,
                Endpoint = facts.Endpoint,
                Payload = facts.WithPayload ? PayloadType : null,
                Header = facts.Headers,
            },
        };
    }

    public static string Json(SubscriptionFacts facts) => FhirJson.Serialize(Map(facts));
}
