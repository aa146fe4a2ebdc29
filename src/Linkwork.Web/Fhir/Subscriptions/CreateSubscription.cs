using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Notifications;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Fhir.Subscriptions;

/// <summary>
/// Creates a Subscription (POST /fhir/Subscription) for the calling API client. Every problem with the body is found
/// and answered at once (400), and nothing is stored unless all is well. It is active at once: notifications start
/// with the next move, and it never sees more than its client could read.
/// </summary>
public sealed class CreateSubscription(LinkworkDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <param name="Created">The subscription as stored, when it was.</param>
    /// <param name="Problems">What is wrong with the body, one line each, when it was not.</param>
    public sealed record Result(SubscriptionFacts? Created, IReadOnlyList<string> Problems);

    public async Task<Result> HandleAsync(ClaimsPrincipal user, string json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.ActorKindOf() != AuditActorKind.ApiClient)
        {
            throw new NotPermittedException("Subscriptions are for systems: create one with an API client's bearer token.");
        }

        if (user.SideOf() is null && user.RoleOf() != Role.Referrer)
        {
            throw new NotPermittedException("This API client's role reads no referrals, so a subscription to Tasks would never notify it.");
        }

        if (SubscriptionMapper.Read(json, out var problems) is not { } request)
        {
            return new Result(null, problems);
        }

        var found = new List<string>();
        var criteria = TaskCriteria.Parse(request.Criteria, out var criteriaProblem);
        if (criteriaProblem is not null)
        {
            found.Add(criteriaProblem);
        }
        else if (request.Criteria.Trim().Length > TaskSubscription.CriteriaMaxLength)
        {
            found.Add($"criteria must be at most {TaskSubscription.CriteriaMaxLength} characters.");
        }

        if (request.Reason.Trim().Length > TaskSubscription.ReasonMaxLength)
        {
            found.Add($"reason must be at most {TaskSubscription.ReasonMaxLength} characters.");
        }

        if (SubscriptionEndpoint.Problem(request.Endpoint) is { } endpointProblem)
        {
            found.Add(endpointProblem);
        }

        found.AddRange(SubscriptionHeaders.Problems(request.Headers));
        if (found.Count > 0)
        {
            return new Result(null, found);
        }

        var now = clock.GetUtcNow();
        var subscription = TaskSubscription.Create(
            Guid.CreateVersion7(now), user.ActorId(), user.ProgrammeOf() ?? throw new NotPermittedException("This API client belongs to no programme."),
            request.Criteria, criteria!.OwnerOrganisationId, criteria.States, request.Reason, request.Endpoint!, request.Headers, request.WithPayload, now);
        db.TaskSubscriptions.Add(subscription);
        audit.Record("subscription.create", "Subscription", subscription.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new Result(SubscriptionView.Of(subscription), []);
    }
}
