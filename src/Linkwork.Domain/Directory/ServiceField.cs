using System.Globalization;
using Linkwork.Domain.Common;

namespace Linkwork.Domain.Directory;

/// <summary>The parts of a listing a provider can propose changes to; a curator reviews each proposal.</summary>
public enum ServiceField
{
    Name,
    AlternateName,
    Description,
    Url,
    Email,
    ApplicationProcess,
    EligibilityDescription,
    FeesDescription,
    WaitTime,
    InterpretationServices,
    Alert,
    MinimumAge,
    MaximumAge,
    Status,
    ReferralMode,
    Need,
}

public static class ServiceFields
{
    public static string Label(this ServiceField field) => field switch
    {
        ServiceField.Name => "Name",
        ServiceField.AlternateName => "Other name",
        ServiceField.Description => "Description",
        ServiceField.Url => "Website",
        ServiceField.Email => "Email",
        ServiceField.ApplicationProcess => "How to access",
        ServiceField.EligibilityDescription => "Who it is for",
        ServiceField.FeesDescription => "Cost",
        ServiceField.WaitTime => "Waiting time",
        ServiceField.InterpretationServices => "Interpreting",
        ServiceField.Alert => "Notice",
        ServiceField.MinimumAge => "Minimum age",
        ServiceField.MaximumAge => "Maximum age",
        ServiceField.Status => "Status",
        ServiceField.ReferralMode => "Referrals",
        ServiceField.Need => "Kind of support",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The field's value as text, as a form shows it; null when empty.</summary>
    public static string? ValueIn(this ServiceField field, ServiceDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return field switch
        {
            ServiceField.Name => details.Name,
            ServiceField.AlternateName => details.AlternateName,
            ServiceField.Description => details.Description,
            ServiceField.Url => details.Url,
            ServiceField.Email => details.Email,
            ServiceField.ApplicationProcess => details.ApplicationProcess,
            ServiceField.EligibilityDescription => details.EligibilityDescription,
            ServiceField.FeesDescription => details.FeesDescription,
            ServiceField.WaitTime => details.WaitTime,
            ServiceField.InterpretationServices => details.InterpretationServices,
            ServiceField.Alert => details.Alert,
            ServiceField.MinimumAge => details.MinimumAge?.ToString(CultureInfo.InvariantCulture),
            ServiceField.MaximumAge => details.MaximumAge?.ToString(CultureInfo.InvariantCulture),
            ServiceField.Status => details.Status.Code(),
            ServiceField.ReferralMode => details.ReferralMode.ToString(),
            ServiceField.Need => details.Need?.ToString(),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
    }

    /// <summary>The details with each field set to its value, as a listing form or an accepted proposal sends them.</summary>
    public static ServiceDetails WithAll(this ServiceDetails details, IEnumerable<KeyValuePair<ServiceField, string?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Aggregate(details, (current, value) => value.Key.With(current, value.Value));
    }

    /// <summary>The details with the field set to <paramref name="value"/> (null or blank clears it).</summary>
    public static ServiceDetails With(this ServiceField field, ServiceDetails details, string? value)
    {
        ArgumentNullException.ThrowIfNull(details);
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return field switch
        {
            ServiceField.Name => details with { Name = text ?? "" },
            ServiceField.AlternateName => details with { AlternateName = text },
            ServiceField.Description => details with { Description = text },
            ServiceField.Url => details with { Url = text },
            ServiceField.Email => details with { Email = text },
            ServiceField.ApplicationProcess => details with { ApplicationProcess = text },
            ServiceField.EligibilityDescription => details with { EligibilityDescription = text },
            ServiceField.FeesDescription => details with { FeesDescription = text },
            ServiceField.WaitTime => details with { WaitTime = text },
            ServiceField.InterpretationServices => details with { InterpretationServices = text },
            ServiceField.Alert => details with { Alert = text },
            ServiceField.MinimumAge => details with { MinimumAge = Age(text, field) },
            ServiceField.MaximumAge => details with { MaximumAge = Age(text, field) },
            ServiceField.Status => details with { Status = Status(text) },
            ServiceField.ReferralMode => details with { ReferralMode = Choice<ReferralMode>(text, field) ?? ReferralMode.SignpostOnly },
            ServiceField.Need => details with { Need = Choice<NeedCategory>(text, field) },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
    }

    private static ServiceStatus Status(string? text) =>
        ServiceStatuses.TryParse(text, out var status) ? status
        : throw new DomainRuleException($"Status is active, temporarily closed, inactive or defunct; '{WebAddress.Shorten(text ?? "")}' is not.");

    /// <summary>One of an enum's names, as a form's select sends it; blank is none.</summary>
    private static TEnum? Choice<TEnum>(string? text, ServiceField field)
        where TEnum : struct, Enum =>
        text is null ? null
        // Names only: Enum.TryParse would also take a number such as "7".
        : char.IsLetter(text[0]) && Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value
        : throw new DomainRuleException($"{field.Label()}: '{WebAddress.Shorten(text)}' is not one of the choices.");

    private static int? Age(string? text, ServiceField field) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var age) ? age
        : throw new DomainRuleException($"{field.Label()} must be a whole number of years; '{WebAddress.Shorten(text)}' is not.");
}
