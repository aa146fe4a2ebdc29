using System.Globalization;
using CsvHelper;
using Linkwork.Domain.Measures;
using Linkwork.Interop.Measures;
using Linkwork.Tests;

namespace Linkwork.Interop.Tests.Measures;

/// <summary>
/// The published scoring tables in the shared standards folder (read at test time, never copied into the repository),
/// the built-in instruments, and a short way to score answers written as plain values.
/// </summary>
internal static class InstrumentStandards
{
    private static readonly Lazy<BuiltInInstruments> BuiltIn = new(BuiltInInstruments.Load);

    public static string Folder => Path.Combine(RepositoryPaths.Standards, "instruments");

    public static BuiltInInstruments Instruments => BuiltIn.Value;

    public static Instrument Get(string id) => BuiltIn.Value.Find(id)?.Instrument ?? throw new InvalidOperationException($"No built-in instrument {id}.");

    /// <summary>Every row of a table, each as column → value.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Table(string file)
    {
        var options = new CsvReaderOptions { HasHeader = true, AllowLineBreaksInQuotes = true, MissingField = CsvMissingFieldHandling.ReturnEmpty };
        using var csv = CsvReader.FromFile(Path.Combine(Folder, file), options);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            var header = csv.Headers;
            rows.Add(Enumerable.Range(0, header.Count).ToDictionary(i => header[i], i => i < csv.FieldCount ? csv.GetString(i) : "", StringComparer.Ordinal));
        }

        return rows;
    }

    public static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    public static decimal Dec(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    /// <summary>"3-9" → (3, 9).</summary>
    public static (int Min, int Max) Range(string value)
    {
        var ends = value.Split('-');
        return (Int(ends[0]), Int(ends[1]));
    }

    /// <summary>A table's band name as people read it: "very_high" → "very high".</summary>
    public static string Words(string name) => name.Replace('_', ' ');

    /// <summary>Scores answers given as numbers, words (label or code), null (unanswered) or arrays (several).</summary>
    public static ScoringOutcome Score(string id, params object?[] answers) => Get(id).Score([.. answers.Select(Input)]);

    public static InstrumentResult Scored(string id, params object?[] answers)
    {
        var outcome = Score(id, answers);
        return outcome.Result ?? throw new InvalidOperationException($"{id} refused: {string.Join(" | ", outcome.Problems.Select(p => p.Message))}");
    }

    public static AnswerInput Input(object? answer) => answer switch
    {
        null => AnswerInput.None,
        int number => AnswerInput.Of(number),
        decimal number => AnswerInput.Of(number),
        string text => AnswerInput.Of(text),
        IEnumerable<object?> many => AnswerInput.Of(many.Select(Input)),
        _ => throw new ArgumentException($"Cannot give {answer} as an answer."),
    };

    /// <summary>Item values that add up to <paramref name="total"/>, each within low–high: as even as possible.</summary>
    public static object?[] Adding(int total, int items, int low, int high)
    {
        var values = Enumerable.Repeat(low, items).ToArray();
        var left = total - (low * items);
        for (var i = 0; left > 0; i = (i + 1) % items)
        {
            if (values[i] < high)
            {
                values[i]++;
                left--;
            }
        }

        return [.. values.Cast<object?>()];
    }
}
