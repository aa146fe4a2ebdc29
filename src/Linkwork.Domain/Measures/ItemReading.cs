namespace Linkwork.Domain.Measures;

/// <summary>What an item made of one answer: the options chosen or number given, nothing, or a problem naming the item.</summary>
internal sealed record ItemReading(InstrumentItem Item, IReadOnlyList<AnswerOption> Options, decimal? Number, bool Answered, string? Problem)
{
    /// <summary>What the answer scores: the number given, or the one chosen option's value.</summary>
    public decimal? Value => Number ?? (Options.Count == 1 ? Options[0].Value : null);

    public static ItemReading Unanswered(InstrumentItem item, IReadOnlyList<AnswerOption>? given = null) => new(item, given ?? [], null, false, null);

    public static ItemReading Chosen(InstrumentItem item, IReadOnlyList<AnswerOption> options) => new(item, options, null, true, null);

    public static ItemReading Counted(InstrumentItem item, decimal number) => new(item, [], number, true, null);

    public static ItemReading Refused(InstrumentItem item, string problem) => new(item, [], null, false, problem);
}
