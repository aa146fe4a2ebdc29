using Hl7.Fhir.Model;
using Linkwork.Domain.People;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// A consent decision as an R4 Consent, one resource per decision as recorded: the decision that counts now is
/// active, earlier ones of the same kind inactive; given reads as a permit, withdrawn as a deny. Sharing with referred
/// organisations is information disclosure and follows SDOHCC-Consent, as the IG's example does.
/// </summary>
public static class ConsentMapper
{
    private const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    private const string ScopeSystem = "http://terminology.hl7.org/CodeSystem/consentscope";
    private const string ActionSystem = "http://terminology.hl7.org/CodeSystem/consentaction";

    public static Consent Map(ConsentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var sharing = facts.Kind == ConsentKind.ShareWithReferredOrganisations;
        var consent = new Consent
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(null, facts.RecordedAt, sharing ? FhirCodes.SdohConsentProfile : null),
            Status = facts.InForce ? Consent.ConsentState.Active : Consent.ConsentState.Inactive,
            Scope = facts.Kind == ConsentKind.Research
                ? FhirReferences.Concept(ScopeSystem, "research", "Research")
                : FhirReferences.Concept(ScopeSystem, "patient-privacy", "Privacy Consent"),
            Category = [sharing
                ? FhirReferences.Concept(ActCode, "IDSCL", "information disclosure")
                : FhirReferences.Concept("http://loinc.org", "59284-0", "Patient Consent")],
            Patient = FhirReferences.To("Patient", facts.PersonId, facts.PersonName),
            DateTimeElement = FhirReferences.DateTime(facts.RecordedAt),
            // R4 needs a policy: ours is the programme's, named in words since no code system names it.
            PolicyRule = new CodeableConcept { Text = $"Linkwork consent: {What(facts.Kind)}" },
            Provision = new Consent.provisionComponent
            {
                Type = facts.Given ? Consent.ConsentProvisionType.Permit : Consent.ConsentProvisionType.Deny,
                Action = [sharing
                    ? FhirReferences.Concept(ActionSystem, "disclose", "Disclose")
                    : FhirReferences.Concept(ActionSystem, "use", "Use")],
            },
        };
        // The person decides; the member of staff who recorded it is named beside them.
        consent.Performer.Add(FhirReferences.To("Patient", facts.PersonId, facts.PersonName));
        if (facts.RecordedById is { } staff)
        {
            consent.Performer.Add(FhirReferences.To("Practitioner", staff, facts.RecordedByName));
        }

        return consent;
    }

    private static string What(ConsentKind kind) => kind switch
    {
        ConsentKind.ShareWithReferredOrganisations => "share their details with the community organisations they are referred to",
        ConsentKind.ContactBySms => "be contacted by text message",
        ConsentKind.ContactByEmail => "be contacted by email",
        ConsentKind.Research => "take part in research",
        _ => kind.ToString(),
    };
}
