using Linkwork.Data;
using Linkwork.Domain.Pathway;

namespace Linkwork.Web.Features.Pathway.Safeguarding;

/// <summary>A safeguarding concern on an episode: what was raised, by whom, and how it was resolved.</summary>
public sealed record SafeguardingConcernView(
    Guid Id,
    int Version,
    Guid EpisodeId,
    SafeguardingConcernState State,
    string Concern,
    Guid RaisedById,
    string RaisedBy,
    DateTimeOffset RaisedAt,
    string? Resolution,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt);

internal static class SafeguardingConcernRows
{
    /// <summary>Open ones first, then the most recent.</summary>
    public static IQueryable<SafeguardingConcernView> Project(this IQueryable<SafeguardingConcern> concerns, LinkworkDbContext db) =>
        from c in concerns
        join raiser in db.Users on c.RaisedBy equals raiser.Id
        join resolver in db.Users on c.ResolvedBy equals resolver.Id into resolvers
        from resolver in resolvers.DefaultIfEmpty()
        orderby c.State, c.RaisedAt descending, c.Id
        select new SafeguardingConcernView(
            c.Id, c.Version, c.EpisodeId, c.State, c.Concern, c.RaisedBy, raiser.DisplayName, c.RaisedAt, c.Resolution,
            resolver == null ? null : resolver.DisplayName, c.ResolvedAt);
}
