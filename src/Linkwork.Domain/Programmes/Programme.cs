using System.Globalization;
using Linkwork.Domain.Common;

namespace Linkwork.Domain.Programmes;

/// <summary>
/// One social prescribing service: the tenant. Everything else (organisations, people, pathway)
/// belongs to exactly one programme, and a deployment may host several.
/// </summary>
public sealed class Programme
{
    public const int NameMaxLength = 200;
    public const int MinResponseDeadlineDays = 1;
    public const int MaxResponseDeadlineDays = 90;
    public const int MaxContactAttempts = 10;

    /// <summary>Three tries before suggesting "unable to contact" is the common practice of link work services.</summary>
    public const int DefaultContactAttempts = 3;

    private Programme() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>ISO 3166-1 alpha-2 country code, upper case.</summary>
    public string Country { get; private set; } = "";

    /// <summary>BCP 47 language tag used for dates, numbers and the default language of pages.</summary>
    public string Locale { get; private set; } = "";

    public RoleTitles RoleTitles { get; private set; } = RoleTitles.EnglandDefaults;

    /// <summary>Days a community organisation has to answer an onward referral before it expires.</summary>
    public int ResponseDeadlineDays { get; private set; }

    /// <summary>Failed attempts to reach a referred person after which "unable to contact" is suggested.</summary>
    public int ContactAttemptsBeforeUnableToContact { get; private set; } = DefaultContactAttempts;

    public CodingProfile CodingProfile { get; private set; }

    /// <summary>The programme's own ethnicity code list; null keeps the default for England (<see cref="EthnicityCategories.England2021"/>).</summary>
    public IReadOnlyList<CodedConcept>? CustomEthnicityCodes { get; private set; }

    /// <summary>The codes a person's ethnicity is recorded in.</summary>
    public IReadOnlyList<CodedConcept> EthnicityCodes => CustomEthnicityCodes ?? EthnicityCategories.England2021;

    /// <summary>The programme's own measures schedule; null keeps <see cref="Measures.MeasureSchedule.Default"/>.</summary>
    public IReadOnlyList<Measures.ScheduledMeasure>? CustomMeasureSchedule { get; private set; }

    /// <summary>Which instruments are taken, and when in an episode.</summary>
    public IReadOnlyList<Measures.ScheduledMeasure> MeasureSchedule => CustomMeasureSchedule ?? Measures.MeasureSchedule.Default;
    public DateTimeOffset CreatedAt { get; private set; }

    public static Programme Create(
        Guid id, string name, string country, string locale, RoleTitles roleTitles,
        int responseDeadlineDays, CodingProfile codingProfile, DateTimeOffset now)
    {
        var programme = new Programme { Id = id, CreatedAt = now };
        programme.Rename(name);
        programme.SetRegion(country, locale);
        programme.RoleTitles = roleTitles;
        programme.SetResponseDeadline(responseDeadlineDays);
        programme.UseCodingProfile(codingProfile);
        return programme;
    }

    public void Rename(string name) => Name = Text.Required(name, "The programme's name", NameMaxLength);

    public void RetitleRoles(RoleTitles titles) => RoleTitles = titles ?? throw new DomainRuleException("Role titles are required.");

    public void UseCodingProfile(CodingProfile profile)
    {
        if (!Enum.IsDefined(profile))
        {
            throw new DomainRuleException($"'{profile}' is not a coding profile.");
        }

        CodingProfile = profile;
    }

    /// <summary>Records ethnicity in the programme's own codes; null goes back to the default list.</summary>
    public void UseEthnicityCodes(IEnumerable<CodedConcept>? codes) =>
        CustomEthnicityCodes = codes is null ? null : EthnicityCategories.Checked(codes);

    /// <summary>Measures with the programme's own schedule; null goes back to the default.</summary>
    public void UseMeasureSchedule(IEnumerable<Measures.ScheduledMeasure>? schedule) =>
        CustomMeasureSchedule = schedule is null ? null : Measures.MeasureSchedule.Checked(schedule);

    public void SetContactAttempts(int attempts)
    {
        if (attempts is < 1 or > MaxContactAttempts)
        {
            throw new DomainRuleException($"The contact attempts before suggesting unable to contact must be between 1 and {MaxContactAttempts}; {attempts} was given.");
        }

        ContactAttemptsBeforeUnableToContact = attempts;
    }

    public void SetResponseDeadline(int days)
    {
        if (days is < MinResponseDeadlineDays or > MaxResponseDeadlineDays)
        {
            throw new DomainRuleException(
                $"The response deadline must be between {MinResponseDeadlineDays} and {MaxResponseDeadlineDays} days; {days} was given.");
        }

        ResponseDeadlineDays = days;
    }

    public void SetRegion(string country, string locale)
    {
        var code = Text.Required(country, "The country", 2).ToUpperInvariant();
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new DomainRuleException($"The country must be a two-letter ISO 3166 code such as GB or US; '{country}' was given.");
        }

        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(Text.Required(locale, "The locale", 35), predefinedOnly: true);
        }
        catch (CultureNotFoundException ex)
        {
            throw new DomainRuleException($"The locale must be a language tag such as en-GB; '{locale}' is not one.", ex);
        }

        Country = code;
        Locale = culture.Name;
    }
}
