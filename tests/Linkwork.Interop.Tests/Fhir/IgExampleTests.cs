using Hl7.Fhir.Model;
using Linkwork.Domain.Coding;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Linkwork.Tests;
using Xunit;

namespace Linkwork.Interop.Tests.Fhir;

/// <summary>
/// The Gravity SDOH Clinical Care IG's own examples parse strictly, and for the same facts our mapping writes the
/// elements they use, with the same values: status, intent, code, focus, for, owner, requester, category, subject.
/// </summary>
public sealed class IgExampleTests
{
    private static readonly string Examples = Path.Combine(RepositoryPaths.Standards, "fhir-sdoh-clinicalcare", "stu2-2.0.0-xml");

    public static TheoryData<string> ExampleFiles => [.. new[] { "task", "servicerequest", "patient", "organization", "healthcareservice" }
        .SelectMany(folder => Directory.GetFiles(Path.Combine(Examples, folder), "*.xml"))
        .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Every_example_of_the_resources_we_map_parses_strictly(string file)
    {
        var resource = Example<Resource>(file);

        Assert.Equal(Path.GetFileName(Path.GetDirectoryName(Find(file)))!, resource.TypeName.ToLowerInvariant());
    }

    [Theory]
    [InlineData("SDOHCC-TaskReferralManagementOrderFulfillmentAcceptedExample.xml", OnwardReferralState.Accepted)]
    [InlineData("SDOHCC-TaskReferralManagementOrderFulfillmentCompletedExample.xml", OnwardReferralState.Completed)]
    public void Our_task_says_what_the_examples_task_says_for_the_same_state(string file, OnwardReferralState state)
    {
        var example = Example<Hl7.Fhir.Model.Task>(file);
        var ours = ReferralTaskMapper.Map(FhirSamples.Referral(state));

        Assert.Equal(example.Status, ours.Status);
        Assert.Equal(example.Intent, ours.Intent);
        Assert.Equal(Codes(example.Code), Codes(ours.Code));
        Assert.Equal(TypeOf(example.Focus), TypeOf(ours.Focus));
        Assert.Equal(TypeOf(example.For), TypeOf(ours.For));
        Assert.Equal(TypeOf(example.Owner), TypeOf(ours.Owner));
        Assert.NotNull(ours.Requester);
        Assert.NotNull(ours.AuthoredOn);
        Assert.Equal(example.Meta!.Profile, ours.Meta!.Profile);
    }

    [Fact]
    public void Our_service_request_says_what_the_examples_says_for_an_active_food_referral()
    {
        var example = Example<ServiceRequest>("SDOHCC-ServiceRequestActiveFoodPantryApplicationAssistExample.xml");
        var ours = ReferralServiceRequestMapper.Map(FhirSamples.Referral(OnwardReferralState.Accepted, SdohCategory.FoodInsecurity));

        Assert.Equal(example.Status, ours.Status);
        Assert.Equal(example.Intent, ours.Intent);
        Assert.Equal(example.Category.Select(Codes), ours.Category.Select(Codes));
        Assert.Equal(TypeOf(example.Subject), TypeOf(ours.Subject));
        Assert.Equal(example.Meta!.Profile, ours.Meta!.Profile);
    }

    [Fact]
    public void Our_patient_uses_the_elements_the_examples_patient_uses_for_the_same_facts()
    {
        var example = Example<Patient>("pat-53234.xml");
        var ours = PatientMapper.Map(FhirSamples.Patient());

        Assert.Equal(example.BirthDate, ours.BirthDate);
        Assert.Equal(example.Gender, ours.Gender);
        Assert.Equal(example.Name[0].Given.First(), ours.Name[0].Given.First()!.ToUpperInvariant());
        Assert.Equal(example.Telecom[0].System, ours.Telecom[0].System);
        Assert.Equal(example.Telecom[0].Use, ours.Telecom[0].Use);
        Assert.Equal("S60 1AA", ours.Address[0].PostalCode);
        Assert.NotEmpty(ours.Address[0].Line);
        Assert.NotEmpty(ours.Identifier);
    }

    private static T Example<T>(string file)
        where T : Resource
    {
        var resource = FhirXml.TryParse(File.ReadAllText(Find(file)), out var problems);
        Assert.True(resource is not null, $"{file}: {string.Join("; ", problems)}");
        return Assert.IsType<T>(resource, exactMatch: false);
    }

    private static string Find(string file) => Directory.GetFiles(Examples, file, SearchOption.AllDirectories).Single();

    private static string TypeOf(ResourceReference? reference) => reference!.Reference!.Split('/')[0];

    private static string Codes(CodeableConcept? concept) => string.Join(",", concept!.Coding.Select(c => $"{c.System}|{c.Code}"));
}
