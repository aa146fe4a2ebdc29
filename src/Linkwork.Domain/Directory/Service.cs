using Linkwork.Domain.Common;

namespace Linkwork.Domain.Directory;

/// <summary>
/// A community service people can be signposted or referred to (HSDS service). Delivered at one or more
/// locations, on a weekly schedule, to an age range, in one or more languages.
/// </summary>
public sealed class Service
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int MaxAge = 120;

    private readonly List<WeeklyOpening> _openings = [];
    private readonly List<ServiceAtLocation> _locations = [];
    private readonly List<string> _languages = [];

    private Service() { }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";
    public NeedCategory Need { get; private set; }
    public int MinimumAge { get; private set; }
    public int MaximumAge { get; private set; }
    public bool IsFree { get; private set; }
    public string? CostDescription { get; private set; }
    public bool AcceptsReferrals { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>ISO 639-1 codes of the languages the service is delivered in.</summary>
    public IReadOnlyList<string> Languages => _languages;

    public IReadOnlyList<WeeklyOpening> Openings => _openings;
    /// <summary>Where the service is delivered (HSDS service_at_location).</summary>
    public IReadOnlyList<ServiceAtLocation> Locations => _locations;

    public static Service Create(
        Guid id, Guid organisationId, string name, string description, NeedCategory need,
        int minimumAge, int maximumAge, IEnumerable<string> languages, bool isFree, string? costDescription,
        bool acceptsReferrals, IEnumerable<Guid> locationIds, IEnumerable<WeeklyOpening> openings,
        DateTimeOffset now, string? email = null, string? phone = null)
    {
        if (minimumAge < 0 || maximumAge > MaxAge || minimumAge > maximumAge)
        {
            throw new DomainRuleException($"The age range must lie within 0–{MaxAge} with the minimum not above the maximum; {minimumAge}–{maximumAge} was given.");
        }

        if (!isFree && string.IsNullOrWhiteSpace(costDescription))
        {
            throw new DomainRuleException("A service that is not free must say what it costs.");
        }

        var service = new Service
        {
            Id = id,
            OrganisationId = organisationId,
            Name = Text.Required(name, "The service's name", NameMaxLength),
            Description = Text.Required(description, "The service's description", DescriptionMaxLength),
            Need = need,
            MinimumAge = minimumAge,
            MaximumAge = maximumAge,
            IsFree = isFree,
            CostDescription = Text.Optional(costDescription, "The cost", 300),
            AcceptsReferrals = acceptsReferrals,
            Email = Text.Optional(email, "The email address", 254),
            Phone = Text.Optional(phone, "The phone number", 40),
            CreatedAt = now,
        };
        service._languages.AddRange(languages.Select(NormaliseLanguage).Distinct());
        service._locations.AddRange(locationIds.Distinct().Select(locationId => new ServiceAtLocation(locationId)));
        service._openings.AddRange(openings.Distinct());
        if (service._languages.Count == 0)
        {
            throw new DomainRuleException("A service must name at least one language it is delivered in.");
        }

        return service;
    }

    public bool IsEligibleAt(int age) => age >= MinimumAge && age <= MaximumAge;

    private static string NormaliseLanguage(string code)
    {
        var value = code.Trim().ToLowerInvariant();
        if (value.Length is < 2 or > 3 || !value.All(char.IsAsciiLetterLower))
        {
            throw new DomainRuleException($"Languages are ISO 639 codes such as 'en' or 'ur'; '{code}' is not one.");
        }

        return value;
    }
}
