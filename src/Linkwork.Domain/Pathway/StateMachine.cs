using Linkwork.Domain.Common;

namespace Linkwork.Domain.Pathway;

/// <summary>
/// The moves a record may make, as data: one table per state machine, so the guard, the 409's list of allowed moves,
/// the pages' buttons and the FHIR mapping all read the same answer.
/// </summary>
public sealed class StateMachine<TState>(string recordName, IReadOnlyDictionary<TState, TState[]> moves)
    where TState : struct, Enum
{
    public IReadOnlyList<TState> AllowedFrom(TState from) => moves.TryGetValue(from, out var to) ? to : [];

    public bool Allows(TState from, TState to) => AllowedFrom(from).Contains(to);

    /// <summary>Throws <see cref="IllegalTransitionException"/> naming the allowed moves unless <paramref name="from"/> → <paramref name="to"/> is one.</summary>
    public void Guard(TState from, TState to)
    {
        if (!Allows(from, to))
        {
            throw new IllegalTransitionException(recordName, from.ToString(), to.ToString(), AllowedFrom(from).Select(s => s.ToString()).ToList());
        }
    }

    /// <summary>States no move leaves except into error: the loop is closed.</summary>
    public bool IsClosed(TState state, TState enteredInError) => AllowedFrom(state).All(s => EqualityComparer<TState>.Default.Equals(s, enteredInError));
}
