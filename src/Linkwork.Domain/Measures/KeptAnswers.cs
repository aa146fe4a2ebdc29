using System.Globalization;

namespace Linkwork.Domain.Measures;

/// <summary>
/// Answers as a questionnaire keeps them between visits: one text per item, in item order, the same whichever door
/// they came in by (a number, a label, a LOINC code): a whole number, the chosen answer's code (its label where it has
/// none), several chosen answers one per line, or null. Checking each answer as it is saved means a part-answered
/// questionnaire never holds an answer that would fail when it is finished.
/// </summary>
public static class KeptAnswers
{
    private const char Separator = '\n';

    public sealed record Checked(IReadOnlyList<string?> Answers, IReadOnlyList<ItemProblem> Problems);

    /// <summary>Each answer read by its item; unanswered items are fine here: only finishing asks for them.</summary>
    public static Checked Check(Instrument instrument, IReadOnlyList<AnswerInput> given)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(given);
        if (given.Count > instrument.Items.Count)
        {
            return new([], [new ItemProblem(null, null, $"{instrument.Title} has {instrument.Items.Count} items; {given.Count} answers were sent")]);
        }

        var answers = new List<string?>(instrument.Items.Count);
        var problems = new List<ItemProblem>();
        foreach (var item in instrument.Items)
        {
            var reading = item.Read(item.Number <= given.Count ? given[item.Number - 1] : AnswerInput.None);
            if (reading.Problem is { } problem)
            {
                problems.Add(new ItemProblem(item.Number, item.LinkId, problem));
            }

            answers.Add(reading switch
            {
                { Number: { } number } => number.ToString(CultureInfo.InvariantCulture),
                { Options.Count: > 0 } => string.Join(Separator, reading.Options.Select(o => o.Code ?? o.Label)),
                _ => null,
            });
        }

        return new(answers, problems);
    }

    /// <summary>Kept answers as the scorer reads them.</summary>
    public static IReadOnlyList<AnswerInput> Read(IReadOnlyList<string?> kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        return kept.Select(answer => answer is null ? AnswerInput.None
            : answer.Contains(Separator, StringComparison.Ordinal) ? AnswerInput.Of(answer.Split(Separator).Select(AnswerInput.Of))
            : AnswerInput.Of(answer)).ToList();
    }

    /// <summary>The kept answer's parts, to show which options are chosen.</summary>
    public static IReadOnlyList<string> Parts(string? kept) => kept is null ? [] : kept.Split(Separator);
}
