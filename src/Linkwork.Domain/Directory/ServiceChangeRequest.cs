using Linkwork.Domain.Common;

namespace Linkwork.Domain.Directory;

/// <summary>
/// A provider's proposed edit to one of its listings. A curator accepts it (the changes are applied to the
/// service as it is then) or rejects it with a reason. Requests are never deleted: they are the listing's history.
/// </summary>
public sealed class ServiceChangeRequest
{
    public const int ReasonMaxLength = 2_000;

    private ServiceChangeRequest() { }

    public Guid Id { get; private set; }
    public Guid ServiceId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public IReadOnlyList<ProposedChange> Changes { get; private set; } = [];
    public string? Note { get; private set; }
    public Guid ProposedBy { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public ChangeRequestStatus Status { get; private set; }
    public Guid? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewNote { get; private set; }

    /// <summary>Proposes the fields of <paramref name="proposed"/> that differ from the service as it is now.</summary>
    public static ServiceChangeRequest Propose(
        Guid id, Service service, ServiceDetails proposed, string? note, Guid proposedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(proposed);

        // Checking the proposal as a whole now spares the curator a proposal that could never be accepted.
        var checkedProposal = ServiceDetailsRules.Checked(proposed);
        var changes = Enum.GetValues<ServiceField>()
            .Select(field => new ProposedChange(field, field.ValueIn(service.Details), field.ValueIn(checkedProposal)))
            .Where(change => change.From != change.To)
            .ToList();
        if (changes.Count == 0)
        {
            throw new DomainRuleException("Nothing has changed: the proposal is the same as the listing.");
        }

        return new ServiceChangeRequest
        {
            Id = id,
            ServiceId = service.Id,
            OrganisationId = service.OrganisationId,
            Changes = changes,
            Note = Text.Optional(note, "The note", ReasonMaxLength),
            ProposedBy = proposedBy,
            ProposedAt = now,
            Status = ChangeRequestStatus.Pending,
        };
    }

    /// <summary>Applies the proposed values to the service as it is now; fields nobody proposed keep any newer edits.</summary>
    public void Accept(Service service, Guid curator, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (service.Id != ServiceId)
        {
            throw new DomainRuleException("A change request can only be applied to the service it was made for.");
        }

        EnsurePending();
        var details = service.Details.WithAll(Changes.Select(change => KeyValuePair.Create(change.Field, change.To)));
        service.Revise(details, now);
        Review(ChangeRequestStatus.Accepted, curator, Text.Optional(note, "The note", ReasonMaxLength), now);
    }

    public void Reject(Guid curator, string reason, DateTimeOffset now)
    {
        EnsurePending();
        Review(ChangeRequestStatus.Rejected, curator, Text.Required(reason, "The reason for rejecting", ReasonMaxLength), now);
    }

    public void Withdraw(Guid by, DateTimeOffset now)
    {
        EnsurePending();
        if (by != ProposedBy)
        {
            throw new DomainRuleException("Only the person who proposed a change can withdraw it.");
        }

        Review(ChangeRequestStatus.Withdrawn, by, null, now);
    }

    private void EnsurePending()
    {
        if (Status != ChangeRequestStatus.Pending)
        {
            throw new DomainRuleException($"This change request has already been {Status.ToString().ToLowerInvariant()}.");
        }
    }

    private void Review(ChangeRequestStatus status, Guid by, string? note, DateTimeOffset now) =>
        (Status, ReviewedBy, ReviewNote, ReviewedAt) = (status, by, note, now);
}
