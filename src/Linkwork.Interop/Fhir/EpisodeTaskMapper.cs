using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// A referral into the programme as the SDOHCC Task For Referral Management: the programme's team (owner) is asked to
/// fulfil the referrer's ServiceRequest (focus, same id) for the person. Status from <see cref="EpisodeStatusMap"/>.
/// </summary>
public static class EpisodeTaskMapper
{
    public static Hl7.Fhir.Model.Task Map(EpisodeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var mapping = EpisodeStatusMap.Of(facts.State);
        var task = new Hl7.Fhir.Model.Task
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(facts.Version, facts.UpdatedAt, FhirCodes.SdohTaskProfile),
            Status = mapping.TaskStatus,
            BusinessStatus = FhirReferences.Concept(FhirCodes.EpisodeStateSystem, EpisodeStatusMap.BusinessCode(facts.State), facts.State.ToString()),
            Intent = Hl7.Fhir.Model.Task.TaskIntent.Order,
            Code = FhirReferences.Concept(FhirCodes.TaskCodeSystem, "fulfill", "Fulfill the focal request"),
            Focus = FhirReferences.To("ServiceRequest", facts.Id),
            For = FhirReferences.To("Patient", facts.PersonId, facts.PersonName),
            AuthoredOnElement = FhirReferences.DateTime(facts.ReceivedAt),
            LastModifiedElement = FhirReferences.DateTime(facts.UpdatedAt),
            Requester = EpisodeServiceRequestMapper.RequesterOf(facts),
        };
        if (facts.TeamId is { } team)
        {
            task.Owner = FhirReferences.To("Organization", team, facts.TeamName);
        }

        // The IG requires statusReason.text for a rejected or failed Task; a discharge says why it ended too.
        var reason = string.IsNullOrWhiteSpace(facts.StatusReason) ? mapping.DefaultReason : facts.StatusReason;
        if (reason is not null)
        {
            task.StatusReason = new CodeableConcept { Text = reason };
        }

        return task;
    }
}
