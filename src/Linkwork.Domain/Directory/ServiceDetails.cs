using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Domain.Directory;

/// <summary>
/// Everything a curator, a provider or an HSDS feed says about a service (HSDS 3.0 service, plus the need
/// category, referral mode and delivery modes Linkwork adds). <see cref="Service"/> checks it on the way in.
/// </summary>
public sealed record ServiceDetails
{
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public ServiceStatus Status { get; init; } = ServiceStatus.Active;
    public string? InterpretationServices { get; init; }
    public string? ApplicationProcess { get; init; }
    public string? FeesDescription { get; init; }
    public string? WaitTime { get; init; }
    public string? Fees { get; init; }
    public string? Accreditations { get; init; }
    public string? EligibilityDescription { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public DateOnly? AssuredDate { get; init; }
    public string? AssurerEmail { get; init; }
    public string? Licenses { get; init; }
    public string? Alert { get; init; }
    public Guid? ProgramId { get; init; }

    public NeedCategory? Need { get; init; }
    public ReferralMode ReferralMode { get; init; } = ReferralMode.SignpostOnly;
    /// <summary>When none are given they are worked out: in person where there are physical locations, phone where there is a number.</summary>
    public DeliveryModes Modes { get; init; }

    public IReadOnlyList<Phone> Phones { get; init; } = [];
    public IReadOnlyList<Schedule> Schedules { get; init; } = [];
    public IReadOnlyList<ServiceArea> ServiceAreas { get; init; } = [];
    public IReadOnlyList<Language> Languages { get; init; } = [];
    public IReadOnlyList<Funding> Funding { get; init; } = [];
    public IReadOnlyList<CostOption> CostOptions { get; init; } = [];
    public IReadOnlyList<RequiredDocument> RequiredDocuments { get; init; } = [];
    public IReadOnlyList<Contact> Contacts { get; init; } = [];
    public IReadOnlyList<TermLink> Attributes { get; init; } = [];
    public IReadOnlyList<ServiceAtLocation> Locations { get; init; } = [];
}
