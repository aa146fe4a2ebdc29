namespace Linkwork.Domain.Pathway;

/// <summary>A safeguarding concern is open until it is resolved; a resolved one stays on the record, closed.</summary>
public enum SafeguardingConcernState
{
    Open,
    Resolved,
}

public static class SafeguardingConcernMoves
{
    public static StateMachine<SafeguardingConcernState> Table { get; } = new("safeguarding concern", new Dictionary<SafeguardingConcernState, SafeguardingConcernState[]>
    {
        [SafeguardingConcernState.Open] = [SafeguardingConcernState.Resolved],
    });
}
