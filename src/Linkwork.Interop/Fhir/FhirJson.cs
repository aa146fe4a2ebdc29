using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// FHIR JSON in and out. Parsing is Firely's strict mode: an unknown element, a bad value or a wrong type is an
/// error, never silently dropped, because what we accept drives a person's referral.
/// </summary>
public static class FhirJson
{
    private static readonly FhirJsonDeserializer Strict = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict));

    public static string Serialize(Base resource) => resource.ToJson(pretty: false);

    /// <summary>The resource, or null with every problem Firely found (for the OperationOutcome of a 400).</summary>
    public static Resource? TryParse(string json, out IReadOnlyList<string> problems)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            if (Strict.TryDeserializeResource(ref reader, out var resource, out var issues))
            {
                problems = [];
                return resource;
            }

            problems = issues.Select(i => i.Message).ToList();
            return null;
        }
        catch (JsonException e)
        {
            problems = [$"Not JSON: {e.Message}"];
            return null;
        }
        catch (DeserializationFailedException e)
        {
            problems = e.Exceptions.Select(i => i.Message).ToList();
            return null;
        }
    }

    /// <summary>A FHIR code's literal ("in-progress") for a Firely enum value.</summary>
    internal static string Literal(Enum value) => value.GetLiteral();
}
