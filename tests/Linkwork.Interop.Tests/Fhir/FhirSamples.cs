using Linkwork.Domain.Coding;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;
using Linkwork.Interop.Fhir;

namespace Linkwork.Interop.Tests.Fhir;

/// <summary>Facts as the web layer would build them, for the mapping tests.</summary>
internal static class FhirSamples
{
    public static readonly DateTimeOffset Drafted = new(2026, 3, 2, 9, 15, 0, TimeSpan.Zero);

    public static ReferralFacts Referral(OnwardReferralState state, params SdohCategory[] needs) => new(
        Guid.Parse("0195f000-0000-7000-8000-000000000001"), 4, state, Drafted, Drafted.AddDays(3),
        state == OnwardReferralState.Draft ? null : Drafted.AddHours(1),
        Guid.Parse("0195f000-0000-7000-8000-000000000002"), "Colin Abbas", "Food pantry application help",
        Guid.Parse("0195f000-0000-7000-8000-000000000003"), "Rotherham Food Network",
        Guid.Parse("0195f000-0000-7000-8000-000000000004"), "Sam Link Worker", "Needs help applying", needs, null);

    /// <summary>A GP practice's referral into the programme, in <paramref name="state"/>, with the reason its last move gave.</summary>
    public static EpisodeFacts Episode(EpisodeState state, string? statusReason = null, params SdohCategory[] needs) => new(
        Guid.Parse("0195f000-0000-7000-8000-000000000011"), 3, state, Drafted, Drafted.AddDays(2),
        Guid.Parse("0195f000-0000-7000-8000-000000000002"), "Colin Abbas",
        Guid.Parse("0195f000-0000-7000-8000-000000000012"), "Rotherham Social Prescribing team", ReferralSource.GeneralPractice,
        Guid.Parse("0195f000-0000-7000-8000-000000000013"), "Dr Priya Shah", "Lonely since his wife died", needs, statusReason);

    public static PatientFacts Patient() => new(
        Guid.Parse("0195f000-0000-7000-8000-000000000002"), 7, Drafted, "Colin", "Abbas", "Col", new DateOnly(1987, 2, 20), Sex.Male,
        NhsNumber.Parse("943 476 5919"), [("https://fhir.example.org/riverside", "R-1032702"), ("Riverside Surgery", "1032702")],
        [new PatientTelecom(PatientTelecomKind.Phone, "01709 555555", true), new PatientTelecom(PatientTelecomKind.Email, "colin@example.org", false)],
        ["49 Meadow Street"], "S60 1AA", "ur", true);

    public static OrganizationFacts Organization() =>
        new(Guid.Parse("0195f000-0000-7000-8000-000000000003"), "Rotherham Food Network", "Provider", Drafted, "01709 111111", null, "https://food.example.org");

    public static HealthcareServiceFacts Service() => new(
        Guid.Parse("0195f000-0000-7000-8000-000000000005"), Guid.Parse("0195f000-0000-7000-8000-000000000003"), "Rotherham Food Network",
        "Food pantry application help", "We help you apply", true, true, Drafted, ["01709 111112"], "help@food.example.org", null, "Anyone in Rotherham");
}
