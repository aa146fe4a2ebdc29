using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// An onward referral as the SDOHCC Task For Referral Management: the provider (owner) is asked to fulfil the
/// ServiceRequest (focus) for the person (for). Status and businessStatus come from <see cref="ReferralStatusMap"/>.
/// </summary>
public static class ReferralTaskMapper
{
    public static Hl7.Fhir.Model.Task Map(ReferralFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var mapping = ReferralStatusMap.Of(facts.State);
        var task = new Hl7.Fhir.Model.Task
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(facts.Version, facts.UpdatedAt, FhirCodes.SdohTaskProfile),
            Status = mapping.TaskStatus,
            BusinessStatus = FhirReferences.Concept(FhirCodes.ReferralStateSystem, ReferralStatusMap.BusinessCode(facts.State), facts.State.ToString()),
            Intent = Hl7.Fhir.Model.Task.TaskIntent.Order,
            Code = FhirReferences.Concept(FhirCodes.TaskCodeSystem, "fulfill", "Fulfill the focal request"),
            Focus = FhirReferences.To("ServiceRequest", facts.Id),
            For = FhirReferences.To("Patient", facts.PersonId, facts.PersonName),
            AuthoredOnElement = FhirReferences.DateTime(facts.SentAt ?? facts.CreatedAt),
            LastModifiedElement = FhirReferences.DateTime(facts.UpdatedAt),
            Owner = FhirReferences.To("Organization", facts.OrganisationId, facts.OrganisationName),
        };
        if (facts.RequesterOrganisationId is { } requester)
        {
            task.Requester = FhirReferences.To("Organization", requester, facts.RequesterName);
        }

        // The closed loop's end: what was done, which the requester reads back as a Procedure.
        if (facts.State == Domain.Pathway.OnwardReferralState.Completed)
        {
            task.Output.Add(ProcedureMapper.TaskOutput(facts.Id));
        }

        // The IG requires statusReason.text whenever the Task is rejected, cancelled, on hold or failed.
        if (mapping.DefaultReason is { } reason)
        {
            task.StatusReason = new CodeableConcept { Text = string.IsNullOrWhiteSpace(facts.StatusReason) ? reason : facts.StatusReason };
        }

        return task;
    }
}
