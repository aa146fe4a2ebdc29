namespace Linkwork.Domain.Pathway;

/// <summary>One community service's closed loop (architecture §2).</summary>
public enum OnwardReferralState
{
    Draft,
    Sent,
    Opened,
    Accepted,
    Waitlisted,
    NeedsInformation,
    Declined,
    Engaged,
    Completed,
    LeftEarly,
    CouldNotContact,
    NoLongerInterested,
    DidNotAttend,
    Rerouted,
    Withdrawn,
    Expired,
    EnteredInError,
}

public static class OnwardReferralMoves
{
    private static readonly OnwardReferralState[] Responses =
        [OnwardReferralState.Accepted, OnwardReferralState.Waitlisted, OnwardReferralState.NeedsInformation, OnwardReferralState.Declined];

    private static readonly OnwardReferralState[] Endings =
        [OnwardReferralState.CouldNotContact, OnwardReferralState.NoLongerInterested, OnwardReferralState.DidNotAttend, OnwardReferralState.Rerouted];

    private static readonly OnwardReferralState[] Closed =
    [
        OnwardReferralState.Declined, OnwardReferralState.Completed, OnwardReferralState.LeftEarly, OnwardReferralState.CouldNotContact,
        OnwardReferralState.NoLongerInterested, OnwardReferralState.DidNotAttend, OnwardReferralState.Rerouted,
        OnwardReferralState.Withdrawn, OnwardReferralState.Expired,
    ];

    public static StateMachine<OnwardReferralState> Table { get; } = new("referral", BuildTable());

    /// <summary>States in which the provider owes an answer: the response deadline runs and the referral can expire.</summary>
    public static bool AwaitsResponse(this OnwardReferralState state) =>
        state is OnwardReferralState.Sent or OnwardReferralState.Opened or OnwardReferralState.NeedsInformation;

    /// <summary>Sent and not yet closed: what a provider's inbox and a link worker's "waiting on providers" list show.</summary>
    public static bool IsOpen(this OnwardReferralState state) =>
        state is not OnwardReferralState.Draft and not OnwardReferralState.EnteredInError && !Closed.Contains(state);

    /// <summary>Which side makes a move: the provider answers and records what happened, the link worker sends and withdraws.</summary>
    public static ReferralSide SideOf(OnwardReferralState to) => to switch
    {
        OnwardReferralState.Sent or OnwardReferralState.Withdrawn or OnwardReferralState.EnteredInError => ReferralSide.LinkWorker,
        OnwardReferralState.Expired => ReferralSide.System,
        _ => ReferralSide.Provider,
    };

    private static Dictionary<OnwardReferralState, OnwardReferralState[]> BuildTable()
    {
        const OnwardReferralState error = OnwardReferralState.EnteredInError;
        var table = new Dictionary<OnwardReferralState, OnwardReferralState[]>
        {
            [OnwardReferralState.Draft] = [OnwardReferralState.Sent, OnwardReferralState.Withdrawn, error],
            [OnwardReferralState.Sent] = [OnwardReferralState.Opened, .. Responses, OnwardReferralState.Withdrawn, OnwardReferralState.Expired, error],
            [OnwardReferralState.Opened] = [.. Responses, OnwardReferralState.Withdrawn, OnwardReferralState.Expired, error],
            // The link worker answers the question: the referral is back with the provider, opened.
            [OnwardReferralState.NeedsInformation] =
                [OnwardReferralState.Opened, OnwardReferralState.Accepted, OnwardReferralState.Waitlisted, OnwardReferralState.Declined,
                 OnwardReferralState.Withdrawn, OnwardReferralState.Expired, error],
            [OnwardReferralState.Waitlisted] = [OnwardReferralState.Accepted, OnwardReferralState.Declined, OnwardReferralState.Withdrawn, error],
            [OnwardReferralState.Accepted] = [OnwardReferralState.Engaged, .. Endings, OnwardReferralState.Withdrawn, error],
            [OnwardReferralState.Engaged] = [OnwardReferralState.Completed, OnwardReferralState.LeftEarly, .. Endings, error],
        };
        foreach (var closed in Closed)
        {
            table[closed] = [error];
        }

        return table;
    }
}

public enum ReferralSide
{
    LinkWorker,
    Provider,
    System,
}

/// <summary>Why a provider declined (architecture §2).</summary>
public enum DeclineReason
{
    Ineligible,
    NoCapacity,
    OutOfArea,
    MissingInformation,
    Duplicate,
}
