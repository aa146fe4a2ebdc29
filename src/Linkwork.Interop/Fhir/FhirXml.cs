using System.Xml;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Linkwork.Interop.Fhir;

/// <summary>FHIR XML in, strictly: the IG publishes its examples as XML, and what we say we accept must parse.</summary>
public static class FhirXml
{
    private static readonly FhirXmlDeserializer Strict = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict));

    public static Resource? TryParse(string xml, out IReadOnlyList<string> problems)
    {
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        if (Strict.TryDeserializeResource(reader, out var resource, out var issues))
        {
            problems = [];
            return resource;
        }

        problems = issues.Select(i => i.Message).ToList();
        return null;
    }
}
