using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Pathway.Episodes;

public sealed class BookAppointment(LinkworkDbContext db, PathwayRecords records, AuditTrail audit, TimeProvider clock)
{
    public sealed record Command(DateTimeOffset StartsAt, AppointmentMode Mode, string? Note);

    public async Task<Appointment> HandleAsync(ClaimsPrincipal user, Guid episodeId, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var episode = await records.EpisodeToWorkAsync(user, episodeId, expectedVersion: null, cancellationToken);
        var appointment = Appointment.Book(Guid.CreateVersion7(clock.GetUtcNow()), episode, command.StartsAt.ToUniversalTime(), command.Mode, command.Note, user.ActorId());
        db.Appointments.Add(appointment);
        audit.Record("appointment.create", nameof(Appointment), appointment.Id);
        await db.SaveChangesAsync(cancellationToken);
        return appointment;
    }
}
