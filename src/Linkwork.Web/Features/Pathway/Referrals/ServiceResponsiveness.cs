using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>
/// How a service answers referrals, shown before anyone refers to it: the median days from sending to its first
/// answer (a question counts), and of the referrals it decided, the share it took (accepted or waitlisted) rather
/// than declined. The event log says whether a referral was ever taken, whatever happened to it later.
/// </summary>
public sealed class ServiceResponsiveness(LinkworkDbContext db)
{
    public sealed record Figures(int Sent, int Answered, double? MedianDaysToRespond, double? ShareAccepted);

    private static readonly string[] Taken = [nameof(OnwardReferralState.Accepted), nameof(OnwardReferralState.Waitlisted)];

    /// <summary>
    /// For the API: the programme's staff see any of its services' figures (they describe a service, never a person);
    /// a service of another programme is as absent as one that never existed.
    /// </summary>
    public async Task<Figures> HandleAsync(ClaimsPrincipal user, Guid serviceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.RoleOf()?.IsStaff() != true)
        {
            throw new NotPermittedException("A service's responsiveness is shown to the programme's staff.");
        }

        var programme = user.ProgrammeOf();
        if (!await db.Services.AnyAsync(s => s.Id == serviceId && db.Organisations.Any(o => o.Id == s.OrganisationId && o.ProgrammeId == programme), cancellationToken))
        {
            throw new RecordNotFoundException("service", serviceId);
        }

        return await HandleAsync(serviceId, cancellationToken);
    }

    public async Task<Figures> HandleAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        var sent = db.OnwardReferrals.AsNoTracking()
            .Where(r => r.ServiceId == serviceId && r.SentAt != null && r.State != OnwardReferralState.EnteredInError);
        var rows = await sent.Select(r => new { r.SentAt, r.RespondedAt, Declined = r.State == OnwardReferralState.Declined }).ToListAsync(cancellationToken);
        var taken = await db.PathwayEvents.AsNoTracking()
            .Where(e => Taken.Contains(e.ToState) && sent.Any(r => r.Id == e.RecordId))
            .Select(e => e.RecordId).Distinct().CountAsync(cancellationToken);
        var days = rows.Where(r => r.RespondedAt is not null).Select(r => (r.RespondedAt!.Value - r.SentAt!.Value).TotalDays).Order().ToList();
        var decided = taken + rows.Count(r => r.Declined);
        return new Figures(rows.Count, days.Count, Median(days), decided == 0 ? null : (double)taken / decided);
    }

    private static double? Median(List<double> sorted) =>
        sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
