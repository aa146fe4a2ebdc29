using Linkwork.Interop.Measures;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Measures;

/// <summary>An instrument's definition: the FHIR R4 Questionnaire, scoring extensions and all, exactly as shipped.</summary>
public sealed class GetInstrumentDefinition(BuiltInInstruments instruments)
{
    public string Handle(string id) => (instruments.Find(id) ?? throw UnknownInstrument.For(id, instruments)).QuestionnaireJson;
}

internal static class UnknownInstrument
{
    public static RecordNotFoundException For(string id, BuiltInInstruments instruments) =>
        new($"There is no instrument '{id}'. The instruments are: {string.Join(", ", instruments.All.Select(d => d.Instrument.Id))}.");
}
