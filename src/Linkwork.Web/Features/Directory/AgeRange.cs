using System.Globalization;

namespace Linkwork.Web.Features.Directory;

/// <summary>How pages say who a service is for by age.</summary>
public static class AgeRange
{
    public static string Describe(int? minimum, int? maximum) => (minimum, maximum) switch
    {
        (null or 0, null) => "All ages",
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"{min} and over"),
        (null or 0, { } max) => string.Create(CultureInfo.InvariantCulture, $"Up to {max}"),
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"{min}–{max}"),
    };
}
