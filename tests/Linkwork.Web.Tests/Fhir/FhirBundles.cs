using System.Text.Json;

namespace Linkwork.Web.Tests.Fhir;

/// <summary>Transaction Bundles and Patients as an EHR or a link worker's system would send them.</summary>
internal static class FhirBundles
{
    /// <summary>A valid NHS number from the test range (999...), made by the modulus 11 rule.</summary>
    public static string NewNhsNumber()
    {
        while (true)
        {
            var digits = "999" + Random.Shared.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            var sum = digits.Select((d, i) => (d - '0') * (10 - i)).Sum();
            var check = 11 - (sum % 11);
            if (check == 10)
            {
                continue;
            }

            return digits + (check == 11 ? 0 : check).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public static object Patient(string? nhsNumber, string given = "Ada", string family = "Hartley", string? birthDate = "1961-04-12") => new
    {
        resourceType = "Patient",
        identifier = nhsNumber is null ? null : new[] { new { system = "https://fhir.nhs.uk/Id/nhs-number", value = nhsNumber } },
        name = new[] { new { use = "official", family, given = new[] { given } } },
        gender = "female",
        birthDate,
        telecom = new[] { new { system = "phone", value = "01709 555123", use = "home" } },
        address = new[] { new { use = "home", line = new[] { "3 Wharf Road" }, postalCode = "S60 1AA" } },
    };

    public static object Entry(string fullUrl, object resource, string type, string? ifNoneExist = null) =>
        new { fullUrl, resource, request = new { method = "POST", url = type, ifNoneExist } };

    public static string Transaction(params object[] entries) =>
        JsonSerializer.Serialize(new { resourceType = "Bundle", type = "transaction", entry = entries }, Options);

    /// <summary>An onward referral: a ServiceRequest to a HealthcareService and the provider's Task, for a person held here.</summary>
    public static string OnwardReferral(Guid personId, Guid serviceId, Guid ownerId, string taskStatus = "requested", string note = "Needs help with food shopping") =>
        Transaction(
            Entry("urn:uuid:6f1c2f0e-0000-4000-8000-000000000001", new
            {
                resourceType = "ServiceRequest", status = "active", intent = "order",
                code = new { text = "Food support" },
                subject = new { reference = $"Patient/{personId}" },
                performer = new[] { new { reference = $"HealthcareService/{serviceId}" } },
                note = new[] { new { text = note } },
            }, "ServiceRequest"),
            Entry("urn:uuid:6f1c2f0e-0000-4000-8000-000000000002", new
            {
                resourceType = "Task", status = taskStatus, intent = "order",
                focus = new { reference = "urn:uuid:6f1c2f0e-0000-4000-8000-000000000001" },
                @for = new { reference = $"Patient/{personId}" },
                owner = new { reference = $"Organization/{ownerId}" },
            }, "Task"));

    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
}
