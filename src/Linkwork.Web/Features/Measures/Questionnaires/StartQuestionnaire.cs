using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Measures;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Measures.Questionnaires;

/// <summary>
/// Starts a questionnaire in an episode: one line of the programme's schedule, or any instrument the programme has at
/// a timepoint the link worker chooses (a screen the conversation called for).
/// </summary>
public sealed class StartQuestionnaire(LinkworkDbContext db, PathwayRecords records, InstrumentCatalogue instruments, AuditTrail audit, TimeProvider clock)
{
    public sealed record Command(string? Instrument, Timepoint? Timepoint, int? WeeksAfterPlan = null);

    public async Task<Administration> HandleAsync(ClaimsPrincipal user, Guid episodeId, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var episode = await records.EpisodeToWorkAsync(user, episodeId, expectedVersion: null, cancellationToken);
        var errors = new FieldErrors();
        if (command.Timepoint is null)
        {
            errors.Add("timepoint", "Say when in the episode this is: Baseline, FollowUp or Discharge.");
        }

        var measure = errors.Check("instrument", () => new ScheduledMeasure(command.Instrument ?? "", command.Timepoint ?? Timepoint.Baseline, command.WeeksAfterPlan).Checked());
        if (measure is not null && await instruments.FindAsync(episode.ProgrammeId, measure.InstrumentId, cancellationToken) is null)
        {
            errors.Add("instrument", $"There is no instrument '{measure.InstrumentId}'. Use one of: {string.Join(", ", await instruments.IdsAsync(episode.ProgrammeId, cancellationToken))}.");
        }

        errors.ThrowIfAny();
        var now = clock.GetUtcNow();
        var questionnaire = Administration.Start(Guid.CreateVersion7(now), episode, measure!, user.ActorId(), now);
        db.MeasureAdministrations.Add(questionnaire);
        audit.Record("questionnaire.start", nameof(Administration), questionnaire.Id);
        await db.SaveChangesAsync(cancellationToken);
        return questionnaire;
    }
}
