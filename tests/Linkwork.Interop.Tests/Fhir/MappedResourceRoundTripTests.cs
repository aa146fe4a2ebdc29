using Hl7.Fhir.Model;
using Linkwork.Domain.Coding;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Xunit;

namespace Linkwork.Interop.Tests.Fhir;

/// <summary>What we write, Firely's strict parser reads back unchanged.</summary>
public sealed class MappedResourceRoundTripTests
{
    public static TheoryData<string> Resources => ["Task", "ServiceRequest", "Patient", "Organization", "HealthcareService", "OperationOutcome", "CapabilityStatement", "Bundle"];

    [Theory]
    [MemberData(nameof(Resources))]
    public void Every_mapped_resource_serialises_and_parses_back_strictly(string type)
    {
        Resource resource = type switch
        {
            "Task" => ReferralTaskMapper.Map(FhirSamples.Referral(OnwardReferralState.Declined, SdohCategory.FoodInsecurity)),
            "ServiceRequest" => ReferralServiceRequestMapper.Map(FhirSamples.Referral(OnwardReferralState.Engaged, SdohCategory.FoodInsecurity, SdohCategory.SocialConnection)),
            "Patient" => PatientMapper.Map(FhirSamples.Patient()),
            "Organization" => DirectoryMapper.Organization(FhirSamples.Organization()),
            "HealthcareService" => DirectoryMapper.HealthcareService(FhirSamples.Service()),
            "OperationOutcome" => FhirOutcome.Build(FhirProblem.Invalid, ["_count must be a whole number"]),
            "CapabilityStatement" => FhirCapability.Build("https://example.org/fhir", FhirSamples.Drafted, "1.0"),
            _ => new FhirSearchSet("https://example.org/fhir", "https://example.org/fhir/Task?status=requested", 2)
                .AddTask(FhirSamples.Referral(OnwardReferralState.Sent))
                .AddServiceRequest(FhirSamples.Referral(OnwardReferralState.Sent), included: true)
                .IncludePatient(FhirSamples.Patient())
                .Next("https://example.org/fhir/Task?status=requested&_offset=1")
                .Build(),
        };
        var json = FhirJson.Serialize(resource);

        var parsed = FhirJson.TryParse(json, out var problems);

        Assert.Empty(problems);
        Assert.Equal(type, parsed!.TypeName);
        Assert.Equal(json, FhirJson.Serialize(parsed));
    }

    [Fact]
    public void A_patient_carries_the_nhs_number_under_the_nhs_system_and_what_the_facts_hold()
    {
        var patient = PatientMapper.Map(FhirSamples.Patient());

        Assert.Equal("9434765919", patient.Identifier.Single(i => i.System == "https://fhir.nhs.uk/Id/nhs-number").Value);
        Assert.Equal("Riverside Surgery", patient.Identifier.Single(i => i.Value == "1032702").Type!.Text);
        Assert.Equal("1987-02-20", patient.BirthDate);
        Assert.Equal(["Colin"], patient.Name.Single(n => n.Use == HumanName.NameUse.Official).Given);
        Assert.Equal("S60 1AA", patient.Address.Single().PostalCode);
        Assert.Equal(1, patient.Telecom.Single(t => t.System == ContactPoint.ContactPointSystem.Phone).Rank);
        Assert.Equal("ur", patient.Communication.Single().Language!.Coding.Single().Code);
        Assert.Equal("7", patient.Meta!.VersionId);
    }

    [Fact]
    public void A_shared_view_of_a_patient_says_nothing_it_was_not_given()
    {
        var facts = FhirSamples.Patient() with
        {
            Version = null, NhsNumber = null, Sex = null, LocalIdentifiers = [], Telecom = [], AddressLines = [], Language = null, PreferredName = null,
        };

        var patient = PatientMapper.Map(facts);

        Assert.Empty(patient.Identifier);
        Assert.Empty(patient.Telecom);
        Assert.Null(patient.Gender);
        Assert.Empty(patient.Communication);
        Assert.Equal("S60 1AA", patient.Address.Single().PostalCode);
        Assert.Empty(patient.Address.Single().Line);
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Task\",\"status\":\"not-a-status\",\"intent\":\"order\"}")]
    [InlineData("{\"resourceType\":\"Task\",\"stauts\":\"requested\",\"intent\":\"order\"}")]
    [InlineData("{\"resourceType\":\"Nonsense\"}")]
    [InlineData("{\"resourceType\":\"Task\",")]
    public void The_strict_parser_refuses_what_is_not_valid_fhir_and_says_why(string json)
    {
        Assert.Null(FhirJson.TryParse(json, out var problems));
        Assert.NotEmpty(problems);
    }
}
