using System.Text.Json;

namespace Linkwork.Web.Features.Measures;

/// <summary>
/// Scores a set of answers with an instrument's published rules (or a programme's own instrument's). Nothing is stored
/// and no person is named: the answers in, the result out. A refusal names each item to fix, keyed as the request's
/// JSON path ("items[2]"), and still carries a raised safeguarding alert.
/// </summary>
public sealed class ScoreInstrument(InstrumentCatalogue instruments)
{
    /// <param name="Items">
    /// The answers in item order: a number (a numeric item, or a choice whose answers have distinct values, as PHQ-9's
    /// 0–3), an answer's label or LOINC answer code, null for unanswered, or an array for a choose-all-that-apply item.
    /// A shorter list leaves the last items unanswered.
    /// </param>
    public sealed record Command(IReadOnlyList<JsonElement>? Items);

    /// <summary>Either a result or the errors that stop one, each keyed by the answer's JSON path.</summary>
    public sealed record Outcome(ScoreView? Result, IReadOnlyDictionary<string, string[]> Errors, ScoreView.SafeguardingView? Safeguarding);

    public async Task<Outcome> HandleAsync(Guid? programmeId, string id, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var instrument = await instruments.FindAsync(programmeId, id, cancellationToken) ?? throw await UnknownInstrument.ForAsync(id, programmeId, instruments, cancellationToken);
        var outcome = instrument.Score(JsonAnswers.Read(command.Items));
        var safeguarding = outcome.Safeguarding is { } raised ? ScoreView.SafeguardingView.Of(raised) : null;
        if (outcome.Result is { } result)
        {
            return new Outcome(ScoreView.Of(instrument, result), new Dictionary<string, string[]>(), safeguarding);
        }

        return new Outcome(null, JsonAnswers.Errors(outcome.Problems), safeguarding);
    }
}
