using System.Globalization;
using Linkwork.Domain.Pathway;

namespace Linkwork.Web.Pages.App;

/// <summary>How the pathway pages say states, reasons and times: in words, and in the programme's local time.</summary>
public static class PathwayText
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"UnableToContact" → "Unable to contact".</summary>
    public static string Words<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>A draft is said plainly: nothing has gone to the provider yet.</summary>
    public static string Status(OnwardReferralState state) => state == OnwardReferralState.Draft ? "Draft — not yet sent" : Words(state);

    public static string When(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM yyyy, HH:mm", British);

    public static string Day(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM yyyy", British);

    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", British);
}
