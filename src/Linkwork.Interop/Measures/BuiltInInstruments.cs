using System.Reflection;
using Hl7.Fhir.Model;
using Linkwork.Domain.Measures;

namespace Linkwork.Interop.Measures;

/// <summary>
/// The instruments Linkwork ships, each a FHIR Questionnaire embedded in this assembly, parsed strictly and mapped once
/// at start. The JSON is kept as written so the API hands out the definition itself, not a re-serialisation.
/// </summary>
public sealed class BuiltInInstruments
{
    private const string Prefix = "Measures.Questionnaires.";

    private readonly Dictionary<string, InstrumentDefinition> _byId;

    private BuiltInInstruments(IEnumerable<InstrumentDefinition> definitions) =>
        _byId = definitions.ToDictionary(d => d.Instrument.Id, StringComparer.Ordinal);

    /// <summary>In a stable order: by id.</summary>
    public IReadOnlyList<InstrumentDefinition> All => [.. _byId.Values.OrderBy(d => d.Instrument.Id, StringComparer.Ordinal)];

    public InstrumentDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    public static BuiltInInstruments Load()
    {
        var assembly = typeof(BuiltInInstruments).Assembly;
        var definitions = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .ToList();
        return definitions.Count == 0
            ? throw new InvalidOperationException($"No instrument definitions are embedded in {assembly.GetName().Name}.")
            : new BuiltInInstruments(definitions);
    }

    private static InstrumentDefinition Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var json = reader.ReadToEnd();
        var questionnaire = FhirParsing.FromJson<Questionnaire>(json, name[Prefix.Length..]);
        var instrument = QuestionnaireInstrumentMapper.Map(questionnaire);
        var file = name[Prefix.Length..^".json".Length];
        return instrument.Id == file
            ? new InstrumentDefinition(instrument, json)
            : throw new InvalidOperationException($"{file}.json defines the instrument '{instrument.Id}': a definition's file is named by its id.");
    }
}

/// <summary>An instrument and the Questionnaire JSON it was read from.</summary>
public sealed record InstrumentDefinition(Instrument Instrument, string QuestionnaireJson);
