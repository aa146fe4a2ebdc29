namespace Linkwork.Domain.Pathway;

/// <summary>A follow-up is open until it is done or called off; either end is final.</summary>
public enum FollowUpState
{
    Open,
    Done,
    Cancelled,
}

public static class FollowUpMoves
{
    public static StateMachine<FollowUpState> Table { get; } = new("follow-up", new Dictionary<FollowUpState, FollowUpState[]>
    {
        [FollowUpState.Open] = [FollowUpState.Done, FollowUpState.Cancelled],
    });
}
