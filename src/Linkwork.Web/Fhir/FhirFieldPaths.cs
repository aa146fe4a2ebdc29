using Linkwork.Interop.Fhir;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Fhir;

/// <summary>
/// The People and Pathway use cases name a broken rule by the REST field it came from ("dateOfBirth"); a FHIR caller
/// sent an element, so the OperationOutcome names that instead (Patient.birthDate).
/// </summary>
internal static class FhirFieldPaths
{
    private static readonly Dictionary<string, string> Paths = new(StringComparer.Ordinal)
    {
        ["givenName"] = "Patient.name.given",
        ["familyName"] = "Patient.name.family",
        ["preferredName"] = "Patient.name (usual)",
        ["dateOfBirth"] = "Patient.birthDate",
        ["sex"] = "Patient.gender",
        ["preferredLanguage"] = "Patient.communication.language",
        ["nhsNumber"] = $"Patient.identifier ({FhirCodes.NhsNumberSystem})",
        ["phone"] = "Patient.telecom (phone)",
        ["mobile"] = "Patient.telecom (mobile)",
        ["email"] = "Patient.telecom (email)",
        ["addressLine1"] = "Patient.address.line[0]",
        ["addressLine2"] = "Patient.address.line[1]",
        ["addressLine3"] = "Patient.address.line[2]",
        ["postcode"] = "Patient.address.postalCode",
        ["preferredContactMethod"] = "Patient.telecom (rank)",
        ["reasons"] = "ServiceRequest.code and reasonCode (the reasons for referral)",
        ["source"] = "ServiceRequest.category (referral source)",
    };

    public static string Of(string field) =>
        Paths.TryGetValue(field, out var path) ? path : field.StartsWith("localIdentifiers", StringComparison.Ordinal) ? "Patient.identifier" : field;

    /// <summary>Which resource of a transaction a field belongs to.</summary>
    public static string ResourceOf(string field) => Of(field).Split('.')[0];

    /// <summary>One diagnostic per broken rule, each naming its element.</summary>
    public static IReadOnlyList<string> Diagnostics(InvalidFieldsException e) =>
        e.Errors.SelectMany(f => f.Value.Select(m => $"{Of(f.Key)}: {m}")).ToList();
}
