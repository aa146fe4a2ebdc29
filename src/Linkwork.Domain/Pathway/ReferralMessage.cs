using Linkwork.Domain.Common;

namespace Linkwork.Domain.Pathway;

/// <summary>One message in a referral's thread between the link worker and the provider.</summary>
public sealed class ReferralMessage
{
    public const int TextMaxLength = 4_000;

    private ReferralMessage() { }

    public Guid Id { get; private set; }
    public Guid ReferralId { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public ReferralSide From { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    /// <summary>A draft has no provider yet and a closed loop has nobody left to answer: the thread runs while the referral is open.</summary>
    public static ReferralMessage Write(Guid id, OnwardReferral referral, ReferralSide from, Guid authorId, string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (!referral.State.IsOpen())
        {
            throw new DomainRuleException($"The referral is {referral.State}: messages are exchanged while it is open.");
        }

        return new ReferralMessage
        {
            Id = id, ReferralId = referral.Id, ProgrammeId = referral.ProgrammeId, From = from, AuthorId = authorId,
            Text = Common.Text.Required(text, "The message", TextMaxLength), At = now,
        };
    }
}
