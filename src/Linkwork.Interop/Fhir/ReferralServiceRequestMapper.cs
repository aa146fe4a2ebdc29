using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// An onward referral as the SDOHCC ServiceRequest: what is asked (a referral to a social prescribing service, to the
/// named service), for whom, by whom, of whom, and the SDOH categories of the needs behind it.
/// </summary>
public static class ReferralServiceRequestMapper
{
    public static ServiceRequest Map(ReferralFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var request = new ServiceRequest
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(facts.Version, facts.UpdatedAt, FhirCodes.SdohServiceRequestProfile),
            Status = ReferralStatusMap.Of(facts.State).ServiceRequestStatus,
            Intent = RequestIntent.Order,
            // The IG's examples give every SDOH referral "social service procedure", then one category per domain.
            Category = [FhirReferences.Concept(FhirCodes.SnomedCt, FhirCodes.SocialServiceProcedure, "Social service procedure"),
                        .. facts.Needs.Distinct().Select(FhirCategories.Sdoh)],
            Code = FhirReferences.Concept(FhirCodes.SnomedCt, FhirCodes.ReferralToSocialPrescribing, "Referral to social prescribing service", facts.ServiceName),
            Subject = FhirReferences.To("Patient", facts.PersonId, facts.PersonName),
            AuthoredOnElement = FhirReferences.DateTime(facts.SentAt ?? facts.CreatedAt),
            Performer = [FhirReferences.To("Organization", facts.OrganisationId, facts.OrganisationName)],
            Note = [new Annotation { Text = new Markdown(facts.Note) }],
        };
        if (facts.RequesterIdentifier is { } identifier)
        {
            request.Identifier = [identifier.ToFhir()];
        }

        if (facts.RequesterOrganisationId is { } requester)
        {
            request.Requester = FhirReferences.To("Organization", requester, facts.RequesterName);
        }

        return request;
    }
}
