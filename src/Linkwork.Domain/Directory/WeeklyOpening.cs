using Linkwork.Domain.Common;

namespace Linkwork.Domain.Directory;

/// <summary>One regular weekly opening of a service (HSDS schedule with freq WEEKLY and one BYDAY).</summary>
public sealed record WeeklyOpening
{
    public WeeklyOpening(DayOfWeek day, TimeOnly opens, TimeOnly closes)
    {
        if (closes <= opens)
        {
            throw new DomainRuleException($"A {day} opening must close after it opens ({opens:HH\\:mm}–{closes:HH\\:mm}).");
        }

        Day = day;
        Opens = opens;
        Closes = closes;
    }

    public DayOfWeek Day { get; }
    public TimeOnly Opens { get; }
    public TimeOnly Closes { get; }

    public bool IsOpenAt(DayOfWeek day, TimeOnly time) => day == Day && time >= Opens && time < Closes;
}
