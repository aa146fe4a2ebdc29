using Hl7.Fhir.Model;
using Linkwork.Domain.Pathway;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// A referral into the programme as the SDOHCC ServiceRequest: a referral to social prescribing, for the person, by
/// the referrer, of the programme's team, with who referred (by kind) and the needs found since as categories.
/// </summary>
public static class EpisodeServiceRequestMapper
{
    public static ServiceRequest Map(EpisodeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var request = new ServiceRequest
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(facts.Version, facts.UpdatedAt, FhirCodes.SdohServiceRequestProfile),
            Status = EpisodeStatusMap.Of(facts.State).ServiceRequestStatus,
            Intent = RequestIntent.Order,
            Category = [FhirReferences.Concept(FhirCodes.SnomedCt, FhirCodes.SocialServiceProcedure, "Social service procedure"),
                        FhirReferences.Concept(FhirTransaction.ReferralSourceSystem, FhirCodes.KebabCase(facts.Source), facts.Source.ToString()),
                        .. facts.Needs.Distinct().Select(FhirCategories.Sdoh)],
            Code = FhirReferences.Concept(FhirCodes.SnomedCt, FhirCodes.ReferralToSocialPrescribing, "Referral to social prescribing service"),
            ReasonCode = [new CodeableConcept { Text = facts.Reasons }],
            Subject = FhirReferences.To("Patient", facts.PersonId, facts.PersonName),
            AuthoredOnElement = FhirReferences.DateTime(facts.ReceivedAt),
        };
        if (facts.TeamId is { } team)
        {
            request.Performer = [FhirReferences.To("Organization", team, facts.TeamName)];
        }

        if (facts.RequesterIdentifier is { } identifier)
        {
            request.Identifier = [identifier.ToFhir()];
        }

        request.Requester = RequesterOf(facts);
        return request;
    }

    /// <summary>The referrer's organisation; the person themselves when they referred themselves; else none is known.</summary>
    internal static ResourceReference? RequesterOf(EpisodeFacts facts) =>
        facts.RequesterOrganisationId is { } organisation ? FhirReferences.To("Organization", organisation, facts.RequesterName)
        : facts.Source == ReferralSource.SelfReferral ? FhirReferences.To("Patient", facts.PersonId, facts.PersonName)
        : null;
}
