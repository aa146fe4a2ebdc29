using Hl7.Fhir.Model;
using Linkwork.Domain.Coding;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// The outcome of a completed onward referral as the SDOHCC Procedure: what was done, for whom, by which organisation,
/// based on the referral's ServiceRequest. The completed Task's output points at it, as in the IG's closed loop.
/// </summary>
public static class ProcedureMapper
{
    public const string SdohProcedureProfile = "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-Procedure";

    public static Procedure Map(ProcedureFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var code = new CodeableConcept { Text = facts.Text ?? facts.ServiceName };
        if (facts.SnomedCode is { } snomed)
        {
            code.Coding.Add(new Coding(FhirCodes.SnomedCt, snomed));
        }

        return new Procedure
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(facts.Version, facts.CompletedAt, SdohProcedureProfile),
            Status = EventStatus.Completed,
            BasedOn = [FhirReferences.To("ServiceRequest", facts.Id)],
            Category = Category(facts.Needs),
            Code = code,
            Subject = FhirReferences.To("Patient", facts.PersonId, facts.PersonName),
            Performed = FhirReferences.DateTime(facts.CompletedAt),
            Performer = [new Procedure.PerformerComponent { Actor = FhirReferences.To("Organization", facts.OrganisationId, facts.OrganisationName) }],
        };
    }

    /// <summary>R4 gives a Procedure one category: as in the IG's example, social service procedure and each need's SDOH code as its codings.</summary>
    private static CodeableConcept Category(IReadOnlyList<SdohCategory> needs)
    {
        var category = FhirReferences.Concept(FhirCodes.SnomedCt, FhirCodes.SocialServiceProcedure, "Social service procedure");
        category.Coding.AddRange(needs.Distinct().Select(n => new Coding(FhirCodes.SdohTemporaryCodes, n.Code(), FhirCategories.Display(n))));
        return category;
    }

    /// <summary>The output a completed Task carries: the IG's "resulting activity", our Procedure of the same id.</summary>
    internal static Hl7.Fhir.Model.Task.OutputComponent TaskOutput(Guid referralId) => new()
    {
        Type = FhirReferences.Concept(FhirCodes.SdohTemporaryCodes, "resulting-activity", "Resulting Activity"),
        Value = FhirReferences.To("Procedure", referralId),
    };
}
