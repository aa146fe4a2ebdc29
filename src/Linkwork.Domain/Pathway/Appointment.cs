using Linkwork.Domain.Common;

namespace Linkwork.Domain.Pathway;

/// <summary>A meeting between the link worker and the person, and whether it happened.</summary>
public sealed class Appointment
{
    private Appointment() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid EpisodeId { get; private set; }
    public Guid PersonId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public AppointmentMode Mode { get; private set; }
    public Attendance? Attendance { get; private set; }
    public string? Note { get; private set; }
    public Guid? BookedBy { get; private set; }
    public int Version { get; private set; }

    public static Appointment Book(Guid id, Episode episode, DateTimeOffset startsAt, AppointmentMode mode, string? note, Guid? by)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (!episode.State.IsOpen())
        {
            throw new DomainRuleException($"The episode is {episode.State}: appointments are booked while it is open.");
        }

        if (!Enum.IsDefined(mode))
        {
            throw new DomainRuleException($"'{mode}' is not a way of meeting.");
        }

        return new Appointment
        {
            Id = id, ProgrammeId = episode.ProgrammeId, EpisodeId = episode.Id, PersonId = episode.PersonId,
            StartsAt = startsAt, Mode = mode, Note = Text.Optional(note, "The note", 2_000), BookedBy = by, Version = 1,
        };
    }

    /// <summary>Attendance is known once the appointment has started, except a cancellation, which can come at any time.</summary>
    public void RecordAttendance(Attendance attendance, string? note, DateTimeOffset now)
    {
        if (!Enum.IsDefined(attendance))
        {
            throw new DomainRuleException($"'{attendance}' is not an attendance.");
        }

        if (attendance != Pathway.Attendance.Cancelled && now < StartsAt)
        {
            throw new DomainRuleException("Attendance can be recorded once the appointment has started.");
        }

        (Attendance, Note, Version) = (attendance, Text.Optional(note, "The note", 2_000) ?? Note, Version + 1);
    }
}

public enum AppointmentMode
{
    InPerson,
    Phone,
    Video,
    Home,
}

public enum Attendance
{
    Attended,
    DidNotAttend,
    Cancelled,
}
