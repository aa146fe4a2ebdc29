using Hl7.Fhir.Model;
using Linkwork.Domain.People;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// A person as a Patient (UK Core in spirit: the NHS number under its NHS system). Only what <see cref="PatientFacts"/>
/// carries is written; the web layer has already left out what the caller may not see.
/// </summary>
public static class PatientMapper
{
    public static Patient Map(PatientFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var patient = new Patient
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(facts.Version, facts.UpdatedAt),
            BirthDate = facts.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (facts.NhsNumber is { } nhs)
        {
            patient.Identifier.Add(new Identifier(FhirCodes.NhsNumberSystem, nhs.Value));
        }

        foreach (var (system, value) in facts.LocalIdentifiers)
        {
            // A local system is a name ("Riverside Surgery"), not always a URI: FHIR wants a URI, so a name rides as the type's text.
            patient.Identifier.Add(Uri.IsWellFormedUriString(system, UriKind.Absolute)
                ? new Identifier(system, value)
                : new Identifier { Value = value, Type = new CodeableConcept { Text = system } });
        }

        patient.Name.Add(new HumanName { Use = HumanName.NameUse.Official, Family = facts.FamilyName, Given = [facts.GivenName] });
        if (facts.PreferredName is { } preferred)
        {
            patient.Name.Add(new HumanName { Use = HumanName.NameUse.Usual, Given = [preferred], Family = facts.FamilyName });
        }

        if (facts.Sex is { } sex)
        {
            patient.Gender = sex switch
            {
                Sex.Female => AdministrativeGender.Female,
                Sex.Male => AdministrativeGender.Male,
                Sex.Other => AdministrativeGender.Other,
                _ => AdministrativeGender.Unknown,
            };
        }

        foreach (var telecom in facts.Telecom)
        {
            patient.Telecom.Add(new ContactPoint
            {
                System = telecom.Kind switch
                {
                    PatientTelecomKind.Email => ContactPoint.ContactPointSystem.Email,
                    PatientTelecomKind.Sms => ContactPoint.ContactPointSystem.Sms,
                    _ => ContactPoint.ContactPointSystem.Phone,
                },
                Use = telecom.Kind switch
                {
                    PatientTelecomKind.Mobile or PatientTelecomKind.Sms => ContactPoint.ContactPointUse.Mobile,
                    PatientTelecomKind.Phone => ContactPoint.ContactPointUse.Home,
                    _ => null,
                },
                Value = telecom.Value,
                Rank = telecom.Preferred ? 1 : null,
            });
        }

        if (facts.AddressLines.Count > 0 || facts.Postcode is not null)
        {
            patient.Address.Add(new Address { Use = Address.AddressUse.Home, Line = facts.AddressLines, PostalCode = facts.Postcode });
        }

        if (facts.Language is { } language)
        {
            patient.Communication.Add(new Patient.CommunicationComponent
            {
                Language = new CodeableConcept("urn:ietf:bcp:47", language),
                Preferred = true,
            });
            if (facts.InterpreterNeeded)
            {
                // The standard core extension for "needs an interpreter".
                patient.Extension.Add(new Extension("http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired", new FhirBoolean(true)));
            }
        }

        return patient;
    }
}
