using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Linkwork.Domain.Common;

namespace Linkwork.Interop.Measures;

/// <summary>
/// Strict FHIR R4 parsing: an unknown element, a wrong type or a broken cardinality is an error, not a silently dropped
/// field. (No profile validator is available; strict parsing plus our own checks stand in for one.)
/// </summary>
public static class FhirParsing
{
    private static readonly DeserializerSettings Strict = new DeserializerSettings().UsingMode(DeserializationMode.Strict);

    public static T FromJson<T>(string json, string what)
        where T : Resource => Parse(what, () => new FhirJsonDeserializer(Strict).Deserialize<T>(json));

    public static T FromXml<T>(string xml, string what)
        where T : Resource => Parse(what, () => new FhirXmlDeserializer(Strict).Deserialize<T>(xml));

    private static T Parse<T>(string what, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (DeserializationFailedException failed)
        {
            throw new DomainRuleException($"{what} is not a valid FHIR R4 {typeof(T).Name}: {failed.Message}", failed);
        }
    }
}
