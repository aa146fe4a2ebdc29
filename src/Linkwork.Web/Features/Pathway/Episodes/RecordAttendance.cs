using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>Whether the person came: attended, did not attend, or cancelled.</summary>
public sealed class RecordAttendance(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public async Task<Appointment> HandleAsync(ClaimsPrincipal user, Guid appointmentId, Attendance attendance, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var appointment = await db.Appointments.SingleOrDefaultAsync(a => a.Id == appointmentId, cancellationToken)
            ?? throw new RecordNotFoundException("appointment", appointmentId);
        await records.EpisodeToWorkAsync(user, appointment.EpisodeId, expectedVersion: null, cancellationToken);
        appointment.RecordAttendance(attendance, note, clock.GetUtcNow());
        audit.Record("appointment.attendance", nameof(Appointment), appointment.Id);
        await db.SaveChangesAsync(cancellationToken);
        return appointment;
    }
}
