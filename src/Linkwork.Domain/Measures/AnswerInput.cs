namespace Linkwork.Domain.Measures;

/// <summary>
/// One answer as a caller gives it, before the instrument reads it: nothing, a number, a word (an answer's label or
/// code) or, for a choose-all-that-apply item, several. Kept apart from JSON and FHIR so every door in (the REST API,
/// an imported QuestionnaireResponse, later a form) hands the scorer the same thing.
/// </summary>
public abstract record AnswerInput
{
    public static AnswerInput None { get; } = new NoAnswer();

    public static AnswerInput Of(decimal number) => new NumberAnswer(number);

    public static AnswerInput Of(string text) => new TextAnswer(text);

    public static AnswerInput Of(IEnumerable<AnswerInput> answers) => new ManyAnswers([.. answers]);
}

public sealed record NoAnswer : AnswerInput;

public sealed record NumberAnswer(decimal Value) : AnswerInput;

public sealed record TextAnswer(string Value) : AnswerInput;

public sealed record ManyAnswers(IReadOnlyList<AnswerInput> Answers) : AnswerInput;
