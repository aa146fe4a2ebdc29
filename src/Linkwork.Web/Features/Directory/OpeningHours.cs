using System.Globalization;
using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Web.Features.Directory;

/// <summary>Says when a schedule is open in plain words: "Thursday and Friday, 10:00 to 16:00".</summary>
public static class OpeningHours
{
    public static string Describe(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var openings = schedule.WeeklyOpenings();
        if (openings.Count == 0)
        {
            return schedule.Description ?? schedule.Notes ?? "Ask the service when it is open.";
        }

        var days = openings.Select(o => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(o.Day)).ToList();
        var dayText = days.Count == 1 ? days[0] : string.Join(", ", days[..^1]) + " and " + days[^1];
        var hours = string.Create(CultureInfo.InvariantCulture, $"{openings[0].Opens:HH\\:mm} to {openings[0].Closes:HH\\:mm}");
        return schedule.Description is { Length: > 0 } description ? $"{dayText}, {hours} ({description})" : $"{dayText}, {hours}";
    }
}
