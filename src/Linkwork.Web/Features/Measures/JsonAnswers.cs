using System.Text.Json;
using Linkwork.Domain.Measures;

namespace Linkwork.Web.Features.Measures;

/// <summary>Answers as the API takes them (<c>{"items":[...]}</c>, in item order) read into the domain's answers.</summary>
public static class JsonAnswers
{
    public static IReadOnlyList<AnswerInput> Read(IReadOnlyList<JsonElement>? items) => [.. (items ?? []).Select(Read)];

    /// <summary>JSON as an answer: numbers as numbers, strings as labels or codes, arrays as several answers; anything else is passed on as text so the error names the item.</summary>
    private static AnswerInput Read(JsonElement answer) => answer.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => AnswerInput.None,
        JsonValueKind.Number when answer.TryGetDecimal(out var number) => AnswerInput.Of(number),
        JsonValueKind.String => AnswerInput.Of(answer.GetString()!),
        JsonValueKind.Array => AnswerInput.Of(answer.EnumerateArray().Select(Read)),
        _ => AnswerInput.Of(answer.GetRawText()),
    };

    /// <summary>Problems keyed by the answer's JSON path ("items[2]"), as the scoring endpoint names them.</summary>
    public static Dictionary<string, string[]> Errors(IEnumerable<ItemProblem> problems) =>
        problems.GroupBy(p => p.ItemNumber is { } number ? $"items[{number - 1}]" : "items", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
}
