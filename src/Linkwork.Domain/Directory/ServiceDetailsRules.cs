using Linkwork.Domain.Common;
using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Domain.Directory;

/// <summary>The checks every <see cref="ServiceDetails"/> passes before a service holds it.</summary>
public static class ServiceDetailsRules
{
    public const int NameMaxLength = 500;
    public const int DescriptionMaxLength = 20_000;
    public const int TextMaxLength = 10_000;
    public const int MaxAge = 120;
    public const int MaxParts = 200;

    public static ServiceDetails Checked(ServiceDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.MinimumAge is < 0 or > MaxAge || details.MaximumAge is < 0 or > MaxAge)
        {
            throw new DomainRuleException($"Ages must lie within 0–{MaxAge}; {details.MinimumAge}–{details.MaximumAge} was given.");
        }

        if (details.MinimumAge > details.MaximumAge)
        {
            throw new DomainRuleException($"The minimum age ({details.MinimumAge}) is above the maximum age ({details.MaximumAge}).");
        }

        CheckPartCounts(details);
        foreach (var language in details.Languages)
        {
            LanguageCodes.Check(language.Code);
        }

        var checkedDetails = details with
        {
            Name = Text.Required(details.Name, "The service's name", NameMaxLength),
            AlternateName = Text.Optional(details.AlternateName, "The alternate name", NameMaxLength),
            Description = Text.Optional(details.Description, "The description", DescriptionMaxLength),
            Url = WebAddress.Optional(details.Url, "The service's web address"),
            Email = EmailAddress.Optional(details.Email, "The service's email address"),
            InterpretationServices = Text.Optional(details.InterpretationServices, "Interpretation services", TextMaxLength),
            ApplicationProcess = Text.Optional(details.ApplicationProcess, "How to access the service", TextMaxLength),
            FeesDescription = Text.Optional(details.FeesDescription, "The fees description", TextMaxLength),
            WaitTime = Text.Optional(details.WaitTime, "The wait time", TextMaxLength),
            Fees = Text.Optional(details.Fees, "The fees", TextMaxLength),
            Accreditations = Text.Optional(details.Accreditations, "Accreditations", TextMaxLength),
            EligibilityDescription = Text.Optional(details.EligibilityDescription, "The eligibility description", TextMaxLength),
            AssurerEmail = EmailAddress.Optional(details.AssurerEmail, "The assurer's email address"),
            Licenses = Text.Optional(details.Licenses, "Licences", TextMaxLength),
            Alert = Text.Optional(details.Alert, "The alert", TextMaxLength),
        };
        if (checkedDetails.Modes == DeliveryModes.None)
        {
            checkedDetails = checkedDetails with { Modes = ModesOf(checkedDetails) };
        }

        // A feed classifies by attributes; the need a service meets is the first of Linkwork's need terms among them.
        return checkedDetails.Need is null
            ? checkedDetails with { Need = checkedDetails.Attributes.Select(a => NeedTaxonomy.NeedOf(a.TaxonomyTermId)).FirstOrDefault(n => n is not null) }
            : checkedDetails;
    }

    /// <summary>Whether two details say the same thing, parts included (records compare lists by reference).</summary>
    public static bool Equivalent(ServiceDetails a, ServiceDetails b) => SameContent.Of(a, b);

    public static bool IsFree(ServiceDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return IsFree(details.Fees, details.FeesDescription, details.CostOptions);
    }

    /// <summary>Free: no price above zero and no words about fees. For readers that load only these fields.</summary>
    public static bool IsFree(string? fees, string? feesDescription, IReadOnlyList<CostOption> costOptions)
    {
        ArgumentNullException.ThrowIfNull(costOptions);
        return IsFree(fees, feesDescription, anyPriceAboveZero: costOptions.Any(cost => cost.Amount > 0));
    }

    /// <summary>The same rule for readers that only know whether some cost option has a price above zero.</summary>
    public static bool IsFree(string? fees, string? feesDescription, bool anyPriceAboveZero) =>
        !anyPriceAboveZero && string.IsNullOrWhiteSpace(fees) && string.IsNullOrWhiteSpace(feesDescription);

    private static DeliveryModes ModesOf(ServiceDetails details)
    {
        var modes = DeliveryModes.None;
        if (details.Locations.Count > 0)
        {
            modes |= DeliveryModes.InPerson;
        }

        if (details.Phones.Count > 0 || details.Locations.Any(l => l.Phones.Count > 0))
        {
            modes |= DeliveryModes.Phone;
        }

        var attending = details.Schedules.Concat(details.Locations.SelectMany(l => l.Schedules)).Select(s => s.AttendingType);
        if (attending.Any(type => type is not null && (type.Contains("online", StringComparison.OrdinalIgnoreCase) || type.Contains("virtual", StringComparison.OrdinalIgnoreCase))))
        {
            modes |= DeliveryModes.Online;
        }

        return modes;
    }

    private static void CheckPartCounts(ServiceDetails details)
    {
        (string What, int Count)[] parts =
        [
            ("phones", details.Phones.Count), ("schedules", details.Schedules.Count), ("service areas", details.ServiceAreas.Count),
            ("languages", details.Languages.Count), ("funding sources", details.Funding.Count), ("cost options", details.CostOptions.Count),
            ("required documents", details.RequiredDocuments.Count), ("contacts", details.Contacts.Count),
            ("attributes", details.Attributes.Count), ("locations", details.Locations.Count),
        ];
        foreach (var (what, count) in parts)
        {
            if (count > MaxParts)
            {
                throw new DomainRuleException($"A service can list at most {MaxParts} {what}; {count} were given.");
            }
        }

        var duplicate = details.Locations.GroupBy(l => l.LocationId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainRuleException($"Location {duplicate.Key} is listed more than once for the service.");
        }
    }
}
