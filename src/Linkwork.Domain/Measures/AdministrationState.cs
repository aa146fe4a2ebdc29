using Linkwork.Domain.Pathway;

namespace Linkwork.Domain.Measures;

/// <summary>A questionnaire being answered: answers may be saved part way and finished later, or it may be called off.</summary>
public enum AdministrationState
{
    InProgress,
    Completed,
    Cancelled,
}

public static class AdministrationMoves
{
    public static StateMachine<AdministrationState> Table { get; } = new("questionnaire", new Dictionary<AdministrationState, AdministrationState[]>
    {
        [AdministrationState.InProgress] = [AdministrationState.Completed, AdministrationState.Cancelled],
    });
}
