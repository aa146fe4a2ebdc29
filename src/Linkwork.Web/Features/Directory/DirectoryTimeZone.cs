namespace Linkwork.Web.Features.Directory;

/// <summary>
/// The time zone opening hours are published in (HSDS times are local wall-clock times), from the setting
/// <c>Linkwork:Directory:TimeZone</c>; Europe/London unless a deployment says otherwise.
/// </summary>
public sealed class DirectoryTimeZone(IConfiguration configuration)
{
    public const string Setting = "Linkwork:Directory:TimeZone";

    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(configuration[Setting] ?? "Europe/London");

    /// <summary>Today's date where the directory is, as people there would write it (an assured date, say).</summary>
    public DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
    }
}
