using Linkwork.Domain.Common;

namespace Linkwork.Domain.People;

/// <summary>
/// One decision, given or withdrawn, as it was recorded. Decisions are appended and never changed: the history is
/// what shows that a referral was made with consent at the time.
/// </summary>
public sealed class ConsentDecision
{
    public const int NoteMaxLength = 500;

    private ConsentDecision() { }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public ConsentKind Kind { get; private set; }
    public bool Given { get; private set; }

    /// <summary>The user or API client who recorded it; null for the system (a demo, an import).</summary>
    public Guid? RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The person's record version the decision made: orders two decisions recorded in the same instant.</summary>
    public int Sequence { get; private set; }

    internal static ConsentDecision Create(Guid id, Guid personId, int sequence, ConsentKind kind, bool given, Guid? recordedBy, DateTimeOffset now, string? note)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException($"'{kind}' is not a kind of consent.");
        }

        return new ConsentDecision
        {
            Id = id,
            PersonId = personId,
            Sequence = sequence,
            Kind = kind,
            Given = given,
            RecordedBy = recordedBy,
            RecordedAt = now,
            Note = Text.Optional(note, "The consent note", NoteMaxLength),
        };
    }

    /// <summary>A merge moves the decision, unchanged, to the record that stays.</summary>
    internal void MoveTo(Person survivor) => PersonId = survivor.Id;
}
