using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;

namespace Linkwork.Domain.Notifications;

/// <summary>
/// An API client's standing request to be told when an onward referral's Task moves (FHIR R4 Subscription, rest-hook
/// channel). It only ever notifies about referrals its client may read: the criteria narrow that, never widen it.
/// Which moves have been looked at is kept as a time <see cref="Cursor"/> into the pathway's event log.
/// </summary>
public sealed class TaskSubscription
{
    public const int CriteriaMaxLength = 1_000;
    public const int ReasonMaxLength = 500;
    public const int ErrorMaxLength = 500;
    public const int StatesMaxLength = 400;
    public const int HeadersMaxLength = SubscriptionHeaders.MaxCount * (SubscriptionHeaders.MaxLength + 1);

    private TaskSubscription() { }

    public Guid Id { get; private set; }

    /// <summary>The API client that asked: notifications show what its token may read, no more.</summary>
    public Guid ApiClientId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    /// <summary>The criteria as the subscriber wrote them ("Task?owner=Organization/...&amp;status=accepted").</summary>
    public string Criteria { get; private set; } = "";

    /// <summary>From the criteria: only Tasks owned by this organisation; null for any the client sees.</summary>
    public Guid? OwnerOrganisationId { get; private set; }

    /// <summary>From the criteria: the referral states (names, comma-separated) whose Task status was asked for; empty for any.</summary>
    public string States { get; private set; } = "";

    public string Reason { get; private set; } = "";
    public string Endpoint { get; private set; } = "";

    /// <summary>"Name: value" lines sent with each notification (<see cref="SubscriptionHeaders"/>).</summary>
    public string Headers { get; private set; } = "";

    /// <summary>Whether a notification carries the Task (application/fhir+json) or is empty.</summary>
    public bool WithPayload { get; private set; }

    public TaskSubscriptionStatus Status { get; private set; }

    /// <summary>Why notifications stopped, or the last failure being retried: an HTTP status or a network error, never a response body.</summary>
    public string? Error { get; private set; }

    /// <summary>Moves made after this time have yet to be looked at (less a grace period for writes still committing).</summary>
    public DateTimeOffset Cursor { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The claim of the worker serving the subscription now, so its notifications go out one at a time and in order.</summary>
    public Guid? LeaseId { get; private set; }

    public DateTimeOffset? LeasedUntil { get; private set; }

    public IReadOnlyList<OnwardReferralState> StateFilter =>
        States.Length == 0 ? [] : States.Split(',').Select(Enum.Parse<OnwardReferralState>).ToList();

    public static TaskSubscription Create(
        Guid id, Guid apiClientId, Guid programmeId, string criteria, Guid? ownerOrganisationId, IReadOnlyList<OnwardReferralState> states,
        string reason, string endpoint, IReadOnlyList<string> headers, bool withPayload, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(states);
        if (SubscriptionEndpoint.Problem(endpoint) is { } problem)
        {
            throw new DomainRuleException(problem);
        }

        var stateNames = string.Join(',', states.Distinct().Order().Select(s => s.ToString()));
        return new TaskSubscription
        {
            Id = id,
            ApiClientId = apiClientId,
            ProgrammeId = programmeId,
            Criteria = Text.Required(criteria, "The criteria", CriteriaMaxLength),
            OwnerOrganisationId = ownerOrganisationId,
            States = stateNames.Length <= StatesMaxLength ? stateNames : throw new DomainRuleException("Too many statuses in the criteria."),
            Reason = Text.Required(reason, "The reason", ReasonMaxLength),
            Endpoint = endpoint.Trim(),
            Headers = SubscriptionHeaders.Checked(headers),
            WithPayload = withPayload,
            Status = TaskSubscriptionStatus.Active,
            Cursor = now,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }
}
