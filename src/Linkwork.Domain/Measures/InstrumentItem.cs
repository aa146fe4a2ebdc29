using System.Globalization;

namespace Linkwork.Domain.Measures;

/// <summary>
/// One question of an instrument. <see cref="ShortLabel"/> is always ours to show; <see cref="Text"/> is the published
/// wording, absent where it is licensed ((S)WEMWBS) until a programme supplies its own (<see cref="Instrument.WithWording"/>).
/// </summary>
public sealed record InstrumentItem(
    int Number,
    string LinkId,
    string? Loinc,
    string ShortLabel,
    string? Text,
    ItemKind Kind,
    IReadOnlyList<AnswerOption> Options,
    int? Min = null,
    int? Max = null,
    bool Repeats = false)
{
    /// <summary>How an error names the item: "item 3 (sleep)".</summary>
    public string Name => $"item {Number} ({ShortLabel})";

    /// <summary>
    /// A number is taken for a choice when the answers' values tell them apart (PHQ-9's 0–3); where they do not
    /// (De Jong Gierveld's "yes" and "more or less" both count 1) only the label or code says which answer it is.
    /// </summary>
    public bool TakesNumbers =>
        Kind == ItemKind.Integer
        || (Scored.All(o => o.Value is not null) && Scored.Select(o => o.Value).Distinct().Count() == Scored.Count && Scored.Count > 0);

    private List<AnswerOption> Scored => Options.Where(o => !o.CountsAsUnanswered).ToList();

    /// <summary>The answer as this item reads it, or the reason it cannot be read.</summary>
    internal ItemReading Read(AnswerInput answer) => answer switch
    {
        NoAnswer => ItemReading.Unanswered(this),
        ManyAnswers many when !Repeats && many.Answers.Count(a => a is not NoAnswer) > 1 => ItemReading.Refused(this, $"{Name} takes one answer; got {many.Answers.Count}"),
        ManyAnswers many => ReadMany(many.Answers.Where(a => a is not NoAnswer).ToList()),
        NumberAnswer number => ReadNumber(number.Value),
        TextAnswer text => ReadText(text.Value),
        _ => ItemReading.Refused(this, Expected("an unreadable value")),
    };

    private ItemReading ReadMany(List<AnswerInput> answers)
    {
        if (answers.Count == 0)
        {
            return ItemReading.Unanswered(this);
        }

        var options = new List<AnswerOption>();
        foreach (var answer in answers)
        {
            var one = Read(answer);
            if (one.Problem is not null)
            {
                return one;
            }

            options.AddRange(one.Options.Where(o => !options.Contains(o)));
        }

        // "Don't know" beside a real answer adds nothing to it.
        var given = options.Where(o => !o.CountsAsUnanswered).ToList();
        if (given.Count > 1 && given.FirstOrDefault(o => o.Exclusive) is { } exclusive)
        {
            return ItemReading.Refused(this, $"{Name}: \"{exclusive.Label}\" cannot be given with other answers");
        }

        return given.Count == 0 ? ItemReading.Unanswered(this, options) : ItemReading.Chosen(this, given);
    }

    private ItemReading ReadNumber(decimal number)
    {
        if (Kind == ItemKind.Integer)
        {
            return decimal.IsInteger(number) && number >= Min && number <= Max
                ? ItemReading.Counted(this, number)
                : ItemReading.Refused(this, Expected(Show(number)));
        }

        var option = TakesNumbers ? Scored.FirstOrDefault(o => o.Value == number) : null;
        return option is null ? ItemReading.Refused(this, Expected(Show(number))) : ItemReading.Chosen(this, [option]);
    }

    private ItemReading ReadText(string text)
    {
        if (Kind == ItemKind.Integer)
        {
            return decimal.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? ReadNumber(number)
                : ItemReading.Refused(this, Expected($"\"{text}\""));
        }

        var option = Options.FirstOrDefault(o => o.IsNamed(text));
        if (option is null)
        {
            return ItemReading.Refused(this, Expected($"\"{text}\""));
        }

        return option.CountsAsUnanswered ? ItemReading.Unanswered(this, [option]) : ItemReading.Chosen(this, [option]);
    }

    /// <summary>"item 3 (sleep) must be 0–3, or one of "Not at all", … (label or LOINC code); got 4".</summary>
    private string Expected(string got)
    {
        if (Kind == ItemKind.Integer)
        {
            return $"{Name} must be a whole number {Min}–{Max}; got {got}";
        }

        var values = Scored.Select(o => o.Value!.Value).Order().ToList();
        var numbers = !TakesNumbers ? null
            : values.Zip(values.Skip(1)).All(p => p.Second - p.First == 1) ? $"{Show(values[0])}–{Show(values[^1])}"
            : string.Join(", ", values.Select(Show));
        var labels = string.Join(", ", Options.Select(o => $"\"{o.Label}\""));
        var by = Options.Any(o => o.Code is not null) ? " (label or LOINC code)" : "";
        var choose = Repeats ? "one or more of" : "one of";
        return numbers is null
            ? $"{Name} must be {choose} {labels}{by}; got {got}"
            : $"{Name} must be {numbers}, or {choose} {labels}{by}; got {got}";
    }

    internal static string Show(decimal number) => number.ToString(CultureInfo.InvariantCulture);
}
