using Hl7.Fhir.Model;
using Linkwork.Domain.Coding;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// A need from the "what matters" conversation as an SDOHCC Condition: a problem-list item in its Gravity SDOH
/// category, in the person's own account (confirmed: they said it), active while the episode is open.
/// </summary>
public static class NeedConditionMapper
{
    private const string ClinicalStatus = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    private const string VerificationStatus = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    private const string ConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";

    public static Condition Map(NeedFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var condition = new Condition
        {
            Id = facts.Id,
            Meta = FhirReferences.Meta(null, facts.RecordedAt, FhirCodes.SdohConditionProfile),
            ClinicalStatus = facts.EpisodeOpen
                ? FhirReferences.Concept(ClinicalStatus, "active", "Active")
                : FhirReferences.Concept(ClinicalStatus, "inactive", "Inactive"),
            VerificationStatus = FhirReferences.Concept(VerificationStatus, "confirmed", "Confirmed"),
            Category = [FhirReferences.Concept(ConditionCategory, "problem-list-item", "Problem List Item"), FhirCategories.Sdoh(facts.Category)],
            // No condition code of the SDOHCC value sets is recorded, only the category: the text says it.
            Code = new CodeableConcept { Text = facts.Category.Label() },
            Subject = FhirReferences.To("Patient", facts.PersonId, facts.PersonName),
            RecordedDateElement = FhirReferences.DateTime(facts.RecordedAt),
        };
        if (facts.RecordedById is { } staff)
        {
            condition.Asserter = FhirReferences.To("Practitioner", staff, facts.RecordedByName);
        }

        if (facts.Note is { } note)
        {
            condition.Note.Add(new Annotation { Text = new Markdown(note) });
        }

        return condition;
    }
}
