using Hl7.Fhir.Model;
using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// The directory's organisations and services as Organization and HealthcareService. A service's capacity (has
/// capacity, waitlist...) rides in Linkwork's own extension, <see cref="FhirCodes.CapacityStatusExtension"/>: neither R4
/// nor the SDOHCC IG defines one, so it is ours and says so, valued with the SDOHCC capacity codes the directory uses.
/// </summary>
public static class DirectoryMapper
{
    public static Organization Organization(OrganizationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var organization = new Organization
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(null, facts.LastModified),
            Active = true,
            Name = facts.Name,
            Type = [new CodeableConcept { Text = facts.Kind }],
        };
        AddTelecom(organization.Telecom, facts.Phone is null ? [] : [facts.Phone], facts.Email, facts.Website);
        return organization;
    }

    public static HealthcareService HealthcareService(HealthcareServiceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var service = new HealthcareService
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(null, facts.LastModified, FhirCodes.SdohHealthcareServiceProfile),
            Active = facts.Active,
            ProvidedBy = FhirReferences.To("Organization", facts.OrganisationId, facts.OrganisationName),
            Name = facts.Name,
            Comment = facts.Description,
            // "Referral required" means the service takes referrals; otherwise people just turn up or call.
            ReferralMethod = facts.AcceptsReferrals ? [FhirReferences.Concept("http://terminology.hl7.org/CodeSystem/service-referral-method", "elec", "Secure Messaging")] : [],
            AppointmentRequired = null,
        };
        if (facts.EligibilityDescription is { } eligibility)
        {
            service.Eligibility.Add(new HealthcareService.EligibilityComponent { Comment = new Markdown(eligibility) });
        }

        AddTelecom(service.Telecom, facts.Phones, facts.Email, facts.Url);
        if (facts.Capacity is { } capacity)
        {
            service.Extension.Add(new Extension(FhirCodes.CapacityStatusExtension,
                FhirReferences.Concept(CapacityStatuses.CodeSystem, capacity.Code(), capacity.Label())));
        }

        return service;
    }

    private static void AddTelecom(List<ContactPoint> telecom, IEnumerable<string> phones, string? email, string? url)
    {
        telecom.AddRange(phones.Select(p => new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Work, p)));
        if (email is not null)
        {
            telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointUse.Work, email));
        }

        if (url is not null)
        {
            telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Url, ContactPoint.ContactPointUse.Work, url));
        }
    }
}
