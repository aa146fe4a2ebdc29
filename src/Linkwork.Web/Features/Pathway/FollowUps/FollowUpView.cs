using Linkwork.Data;
using Linkwork.Domain.Pathway;

namespace Linkwork.Web.Features.Pathway.FollowUps;

/// <summary>A follow-up as the API, the episode page and the work lists show it: whose, what, by when, and where it stands.</summary>
public sealed record FollowUpView(
    Guid Id,
    int Version,
    Guid EpisodeId,
    Guid PersonId,
    string PersonName,
    string Title,
    string? Note,
    DateOnly DueOn,
    FollowUpState State,
    bool Overdue,
    Guid AssigneeId,
    string Assignee,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt)
{
    public IReadOnlyList<FollowUpState> AllowedMoves => FollowUpMoves.Table.AllowedFrom(State);
}

internal static class FollowUpRows
{
    /// <summary>Soonest due first; <paramref name="today"/> (the programme's calendar) decides what is overdue.</summary>
    public static IQueryable<FollowUpView> Project(this IQueryable<FollowUp> followUps, LinkworkDbContext db, DateOnly today) =>
        from f in followUps
        join p in db.People on f.PersonId equals p.Id
        join u in db.Users on f.AssigneeId equals u.Id
        orderby f.DueOn, f.CreatedAt, f.Id
        select new FollowUpView(
            f.Id, f.Version, f.EpisodeId, f.PersonId, p.GivenName + " " + p.FamilyName, f.Title, f.Note, f.DueOn, f.State,
            f.State == FollowUpState.Open && f.DueOn < today, f.AssigneeId, u.DisplayName, f.CreatedAt, f.ClosedAt);
}
