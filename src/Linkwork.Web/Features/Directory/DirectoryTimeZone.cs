namespace Linkwork.Web.Features.Directory;

/// <summary>
/// The time zone opening hours are published in (HSDS times are local wall-clock times), from the setting
/// <c>Linkwork:Directory:TimeZone</c>; Europe/London unless a deployment says otherwise.
/// </summary>
public sealed class DirectoryTimeZone(IConfiguration configuration)
{
    public const string Setting = "Linkwork:Directory:TimeZone";

    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(configuration[Setting] ?? "Europe/London");
}
