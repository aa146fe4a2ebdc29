namespace Linkwork.Domain.People;

/// <summary>A person's consent decisions, read as the pathway needs them: the latest decision of each kind counts.</summary>
public sealed class PersonConsents(IEnumerable<ConsentDecision> decisions)
{
    /// <summary>Every decision, newest first.</summary>
    public IReadOnlyList<ConsentDecision> History { get; } =
        decisions.OrderByDescending(d => d.RecordedAt).ThenByDescending(d => d.Sequence).ToList();

    /// <summary>The decision in force for a kind, or null when none was ever recorded (which is not consent).</summary>
    public ConsentDecision? Current(ConsentKind kind) => History.FirstOrDefault(d => d.Kind == kind);

    public bool IsGiven(ConsentKind kind) => Current(kind)?.Given == true;

    public bool HasDecided(ConsentKind kind) => Current(kind) is not null;
}
