using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;

namespace Linkwork.Domain.Pathway;

/// <summary>Information given about a service, nothing tracked: a signpost is not a referral and has no loop to close.</summary>
public sealed class Signpost
{
    private Signpost() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid EpisodeId { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid ServiceId { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? By { get; private set; }

    public const int NoteMaxLength = 2_000;

    public static Signpost Give(Guid id, Episode episode, Service service, string? note, Guid? by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(service);
        if (!episode.State.IsOpen())
        {
            throw new DomainRuleException($"The episode is {episode.State}: signposts are given while it is open.");
        }

        if (service.Details.Status != ServiceStatus.Active)
        {
            throw new DomainRuleException($"{service.Name} is {service.Details.Status.ToString().ToLowerInvariant()}: signpost the person to a service that is running.");
        }

        return new Signpost
        {
            Id = id, ProgrammeId = episode.ProgrammeId, EpisodeId = episode.Id, PersonId = episode.PersonId, ServiceId = service.Id,
            Note = Text.Optional(note, "The note", NoteMaxLength), At = now, By = by,
        };
    }
}
