namespace Linkwork.Domain.Measures;

/// <summary>
/// What scoring made of a set of answers: a result, or the problems that stop one (each naming its item). The
/// safeguarding alert is there either way: a PHQ-9 with item 9 answered "Several days" and item 3 left blank has no
/// score, but it still raises the alert.
/// </summary>
public sealed record ScoringOutcome(InstrumentResult? Result, IReadOnlyList<ItemProblem> Problems, RaisedSafeguarding? Safeguarding)
{
    public bool Scored => Result is not null;
}

/// <summary>Why an answer, or the lack of one, stops the score. <see cref="ItemNumber"/> is null when the problem is the whole list (too many answers).</summary>
public sealed record ItemProblem(int? ItemNumber, string? LinkId, string Message);

/// <summary>A raised safeguarding alert: which item, what was answered, what must happen and why.</summary>
public sealed record RaisedSafeguarding(int ItemNumber, string LinkId, string Answer, decimal Value, string Message, string Source);
