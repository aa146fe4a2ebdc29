using Linkwork.Data;
using Linkwork.Domain.Measures;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Measures;

/// <summary>
/// An episode's measures: each line of the programme's schedule with the day it falls due (once the episode has
/// reached that moment) and what was done about it, and any questionnaire taken outside the schedule as it now stands.
/// </summary>
public sealed class EpisodeMeasures(LinkworkDbContext db, DirectoryTimeZone zone)
{
    public sealed record Line(
        string InstrumentId, Timepoint Timepoint, int? WeeksAfterPlan, DateOnly? DueOn,
        Guid? AdministrationId, AdministrationState? State, decimal? Score, string? Band, bool? Positive, DateTimeOffset? CompletedAt);

    public async Task<IReadOnlyList<Line>> ForAsync(Episode episode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(episode);
        var schedule = (await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == episode.ProgrammeId, cancellationToken)).MeasureSchedule;
        var dates = await DatesAsync(episode.Id, cancellationToken);
        var taken = await db.MeasureAdministrations.AsNoTracking().Where(a => a.EpisodeId == episode.Id)
            .OrderBy(a => a.StartedAt).ToListAsync(cancellationToken);
        // The latest taking of a line speaks for it: one called off and started again shows the new one.
        var latest = taken.GroupBy(a => a.Measure).ToDictionary(g => g.Key, g => g.Last());
        return schedule.Concat(latest.Keys.Where(measure => !schedule.Contains(measure)))
            .Select(measure => latest.TryGetValue(measure, out var a)
                ? new Line(measure.InstrumentId, measure.Timepoint, measure.WeeksAfterPlan, MeasuresDue.DueOn(measure, dates), a.Id, a.State, a.Score, a.Band, a.Positive, a.CompletedAt)
                : new Line(measure.InstrumentId, measure.Timepoint, measure.WeeksAfterPlan, MeasuresDue.DueOn(measure, dates), null, null, null, null, null, null))
            .ToList();
    }

    /// <summary>The first day the episode entered assessment, an agreed plan and discharge, from its event log.</summary>
    private async Task<MeasuresDue.EpisodeDates> DatesAsync(Guid episodeId, CancellationToken cancellationToken)
    {
        string[] moments = [nameof(EpisodeState.Assessing), nameof(EpisodeState.Active), nameof(EpisodeState.Discharged)];
        var reached = (await db.PathwayEvents.AsNoTracking()
                .Where(e => e.RecordId == episodeId && e.FromState != e.ToState && moments.Contains(e.ToState))
                .Select(e => new { e.ToState, e.At }).ToListAsync(cancellationToken))
            .GroupBy(e => e.ToState).ToDictionary(g => g.Key, g => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(g.Min(e => e.At), zone.Zone).DateTime));
        DateOnly? Reached(EpisodeState state) => reached.TryGetValue(state.ToString(), out var day) ? day : null;
        return new MeasuresDue.EpisodeDates(Reached(EpisodeState.Assessing), Reached(EpisodeState.Active), Reached(EpisodeState.Discharged));
    }
}
