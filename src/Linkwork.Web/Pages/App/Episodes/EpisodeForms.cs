using Linkwork.Domain.Coding;
using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Pathway.Episodes;
using Linkwork.Web.Features.Pathway.FollowUps;
using Linkwork.Web.Features.Pathway.Referrals;

namespace Linkwork.Web.Pages.App.Episodes;

/// <summary>The "what matters to me" form: their words, the needs ticked (each with an optional note), strengths.</summary>
public sealed class WhatMattersForm
{
    public string? InTheirWords { get; set; }
    public List<SdohCategory> Needs { get; set; } = [];
    public Dictionary<SdohCategory, string?> NeedNotes { get; set; } = [];
    public string? Strengths { get; set; }

    public static WhatMattersForm From(WhatMatters conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var needs = NeedsOf(conversation);
        return new WhatMattersForm
        {
            InTheirWords = conversation.InTheirWords,
            Needs = needs.Select(n => n.Category).ToList(),
            NeedNotes = needs.ToDictionary(n => n.Category, n => n.Note),
            Strengths = conversation.Strengths,
        };
    }

    /// <summary>A conversation stored with no needs reads back from the database with none at all (null), not an empty list.</summary>
    public static IReadOnlyList<IdentifiedNeed> NeedsOf(WhatMatters conversation) => conversation?.Needs ?? [];

    // A note typed beside a need that is not ticked is not a need: only ticked needs are sent.
    public RecordWhatMatters.Command ToCommand() =>
        new(InTheirWords ?? "", Needs.Distinct().Select(c => new IdentifiedNeed(c, NeedNotes.GetValueOrDefault(c))).ToList(), Strengths);
}

public sealed class GoalForm
{
    public string? Text { get; set; }
    public SdohCategory Category { get; set; } = SdohCategory.SocialConnection;
    public DateOnly? TargetDate { get; set; }
    public int? BaselineScore { get; set; }

    public SetGoal.Command ToCommand() => new(Text ?? "", Category, TargetDate, BaselineScore);
}

/// <summary>A date and time as typed (the programme's local time), and how they will meet.</summary>
public sealed class AppointmentForm
{
    public DateTime? StartsAt { get; set; }
    public AppointmentMode Mode { get; set; }
    public string? Note { get; set; }

    public BookAppointment.Command ToCommand(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = StartsAt ?? throw new DomainRuleException("Give the date and time of the appointment.");
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new BookAppointment.Command(new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)), Mode, Note);
    }
}

public sealed class ReferralForm
{
    public Guid? ServiceId { get; set; }
    public string? Note { get; set; }

    public DraftReferral.Command ToCommand(Guid episodeId) =>
        new(episodeId, ServiceId ?? throw new DomainRuleException("Choose the service to refer the person to."), Note ?? "");
}

public sealed class SignpostForm
{
    public Guid? ServiceId { get; set; }
    public string? Note { get; set; }

    public GiveSignpost.Command ToCommand() =>
        new(ServiceId ?? throw new DomainRuleException("Choose the service to signpost the person to."), Note);
}

/// <summary>A follow-up as typed: what, by which day, for whom (the episode's link worker when left alone).</summary>
public sealed class FollowUpForm
{
    public string? Title { get; set; }
    public string? Note { get; set; }
    public DateOnly? DueOn { get; set; }
    public Guid? AssigneeId { get; set; }

    public AddFollowUp.Command ToCommand(Guid episodeId) => new(episodeId, Title, Note, DueOn, AssigneeId);
}
