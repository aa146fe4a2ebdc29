using System.Globalization;
using Hl7.Fhir.Model;
using Linkwork.Domain.People;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// Reads a Patient sent to us (POST /fhir/Patient or a transaction's entry) into <see cref="PatientInputFacts"/>, the
/// inverse of <see cref="PatientMapper"/>. What Linkwork keeps no place for (several addresses, a second given name)
/// is not refused, only the first of each is kept, as the REST API's form would.
/// </summary>
public static class FhirPatientInput
{
    public static PatientInputFacts Read(string json)
    {
        var resource = FhirJson.TryParse(json, out var problems) ?? throw FhirInputException.Malformed([.. problems]);
        return resource is Patient patient ? Read(patient) : throw FhirInputException.Malformed($"The body is a {resource.TypeName}; this takes a Patient.");
    }

    internal static PatientInputFacts Read(Patient patient)
    {
        var official = patient.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Official) ?? patient.Name.FirstOrDefault(n => n.Use != HumanName.NameUse.Usual);
        var usual = patient.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Usual && n != official);
        var nhs = patient.Identifier.FirstOrDefault(i => i.System == FhirCodes.NhsNumberSystem)?.Value;
        var local = patient.Identifier.Where(i => i.System != FhirCodes.NhsNumberSystem && !string.IsNullOrWhiteSpace(i.Value))
            .Select(i => (System: i.System ?? i.Type?.Text ?? "", Value: i.Value!)).Where(i => i.System.Length > 0)
            .GroupBy(i => i.System, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();
        var phones = patient.Telecom.Where(t => t.System is ContactPoint.ContactPointSystem.Phone or ContactPoint.ContactPointSystem.Sms).ToList();
        var mobile = phones.FirstOrDefault(t => t.Use == ContactPoint.ContactPointUse.Mobile || t.System == ContactPoint.ContactPointSystem.Sms)?.Value;
        var phone = phones.FirstOrDefault(t => t.System == ContactPoint.ContactPointSystem.Phone && t.Use != ContactPoint.ContactPointUse.Mobile)?.Value;
        var email = patient.Telecom.FirstOrDefault(t => t.System == ContactPoint.ContactPointSystem.Email)?.Value;
        var address = patient.Address.FirstOrDefault(a => a.Use == Address.AddressUse.Home) ?? patient.Address.FirstOrDefault();
        var language = patient.Communication.OrderByDescending(c => c.Preferred == true).Select(c => c.Language?.Coding.FirstOrDefault()?.Code).FirstOrDefault();
        var interpreter = patient.GetExtension("http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired")?.Value is FhirBoolean { Value: true };
        return new PatientInputFacts(
            official?.Given.FirstOrDefault(), official?.Family, usual?.Given.FirstOrDefault(), BirthDate(patient.BirthDate), SexOf(patient.Gender), nhs, local,
            phone, mobile, email, address?.Line.OfType<string>().Take(3).ToList() ?? [], address?.PostalCode, language, interpreter);
    }

    /// <summary>Only a full date reads: a year or year-month is not someone's date of birth for matching.</summary>
    private static DateOnly? BirthDate(string? date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static Sex? SexOf(AdministrativeGender? gender) => gender switch
    {
        AdministrativeGender.Female => Sex.Female,
        AdministrativeGender.Male => Sex.Male,
        AdministrativeGender.Other => Sex.Other,
        AdministrativeGender.Unknown => Sex.Unknown,
        _ => null,
    };
}
