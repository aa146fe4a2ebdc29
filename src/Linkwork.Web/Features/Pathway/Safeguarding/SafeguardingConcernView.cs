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
    /// <summary>Open ones first, then the most recent. Whoever raised it may be a person's account or an API client acting for the team.</summary>
    public static IQueryable<SafeguardingConcernView> Project(this IQueryable<SafeguardingConcern> concerns, LinkworkDbContext db) =>
        from c in concerns
        join raiser in db.Users on c.RaisedBy equals raiser.Id into raisers
        from raiser in raisers.DefaultIfEmpty()
        join client in db.ApiClients on c.RaisedBy equals client.Id into clients
        from client in clients.DefaultIfEmpty()
        join resolver in db.Users on c.ResolvedBy equals resolver.Id into resolvers
        from resolver in resolvers.DefaultIfEmpty()
        join resolvingClient in db.ApiClients on c.ResolvedBy equals resolvingClient.Id into resolvingClients
        from resolvingClient in resolvingClients.DefaultIfEmpty()
        orderby c.State, c.RaisedAt descending, c.Id
        select new SafeguardingConcernView(
            c.Id, c.Version, c.EpisodeId, c.State, c.Concern, c.RaisedBy,
            raiser != null ? raiser.DisplayName : client != null ? client.Name : "Unknown", c.RaisedAt, c.Resolution,
            resolver != null ? resolver.DisplayName : resolvingClient != null ? resolvingClient.Name : null, c.ResolvedAt);
}
