using System.Globalization;

namespace Linkwork.Domain.Directory.Parts;

/// <summary>
/// When a service or location is open (HSDS schedule, iCalendar RRULE-shaped). Fields are kept as published
/// so an export gives back what was imported; <see cref="WeeklyOpenings"/> reads the regular weekly hours from them.
/// </summary>
public sealed record Schedule
{
    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "H:mm", "HH:mm:ss'Z'", "HH:mm:ss.fff", "HH:mm:ss.fff'Z'"];

    public required Guid Id { get; init; }
    public string? ValidFrom { get; init; }
    public string? ValidTo { get; init; }
    public string? Dtstart { get; init; }
    public double? Timezone { get; init; }
    public string? Until { get; init; }
    public int? Count { get; init; }
    public string? Wkst { get; init; }
    /// <summary>WEEKLY or MONTHLY.</summary>
    public string? Freq { get; init; }
    public int? Interval { get; init; }
    /// <summary>Comma-separated iCalendar days, e.g. "MO,TU" (MONTHLY schedules may prefix an ordinal: "1MO").</summary>
    public string? Byday { get; init; }
    public string? Byweekno { get; init; }
    public string? Bymonthday { get; init; }
    public string? Byyearday { get; init; }
    public string? Description { get; init; }
    public string? OpensAt { get; init; }
    public string? ClosesAt { get; init; }
    public string? ScheduleLink { get; init; }
    public string? AttendingType { get; init; }
    public string? Notes { get; init; }

    public static Schedule Weekly(Guid id, IEnumerable<DayOfWeek> days, TimeOnly opens, TimeOnly closes, string? description = null) => new()
    {
        Id = id,
        Freq = "WEEKLY",
        Wkst = "MO",
        Byday = string.Join(',', days.Distinct().Order().Select(day => DayCodes[(int)day])),
        OpensAt = opens.ToString("HH:mm", CultureInfo.InvariantCulture),
        ClosesAt = closes.ToString("HH:mm", CultureInfo.InvariantCulture),
        Description = description,
    };

    /// <summary>
    /// The regular weekly opening hours this schedule describes: a WEEKLY rule with plain days and both times.
    /// Anything else (monthly rules, missing or unreadable times) has no weekly hours, so "open at" filters skip it.
    /// </summary>
    public IReadOnlyList<WeeklyOpening> WeeklyOpenings()
    {
        if (!string.Equals(Freq, "WEEKLY", StringComparison.OrdinalIgnoreCase) || (Interval ?? 1) != 1
            || !TryReadTime(OpensAt, out var opens) || !TryReadTime(ClosesAt, out var closes) || closes <= opens
            || string.IsNullOrWhiteSpace(Byday))
        {
            return [];
        }

        var openings = new List<WeeklyOpening>();
        foreach (var code in Byday.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var day = Array.IndexOf(DayCodes, code.ToUpperInvariant());
            if (day >= 0)
            {
                openings.Add(new WeeklyOpening((DayOfWeek)day, opens, closes));
            }
        }

        return openings;
    }

    private static bool TryReadTime(string? value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
