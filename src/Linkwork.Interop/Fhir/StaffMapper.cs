using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// A member of the programme's team as a Practitioner (their name) and a PractitionerRole (their role in their
/// organisation), sharing the account's id. Nothing else about staff leaves Linkwork: no email, phone or sign-in.
/// </summary>
public static class StaffMapper
{
    public static Practitioner Practitioner(StaffFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new Practitioner
        {
            Id = facts.Id.ToString(),
            Active = true,
            Name = [new HumanName { Text = facts.Name }],
        };
    }

    public static PractitionerRole PractitionerRole(StaffFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var role = new PractitionerRole
        {
            Id = facts.Id.ToString(),
            Active = true,
            Practitioner = FhirReferences.To("Practitioner", facts.Id, facts.Name),
            Code = [FhirReferences.Concept(FhirCodes.StaffRoleSystem, facts.Role, facts.RoleTitle, facts.RoleTitle)],
        };
        if (facts.OrganisationId is { } organisation)
        {
            role.Organization = FhirReferences.To("Organization", organisation, facts.OrganisationName);
        }

        return role;
    }
}
