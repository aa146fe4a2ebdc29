using Linkwork.Data;
using Linkwork.Domain.Measures;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Measures.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Measures;

/// <summary>
/// Episodes' measures: each line of the programme's schedule with the day it falls due (once the episode has reached
/// that moment) and what was done about it, and the needs its screens found; and, across a caseload, the
/// questionnaires due by a day.
/// </summary>
public sealed class EpisodeMeasures(LinkworkDbContext db, DirectoryTimeZone zone)
{
    public sealed record Line(
        string InstrumentId, Timepoint Timepoint, int? WeeksAfterPlan, DateOnly? DueOn,
        Guid? AdministrationId, AdministrationState? State, decimal? Score, string? Band, bool? Positive, DateTimeOffset? CompletedAt);

    /// <summary>A need the episode's screening shows, coded in the programme's profile, with the instrument and day that found it.</summary>
    public sealed record ScreenedNeed(QuestionnaireView.NeedView Need, string InstrumentId, DateTimeOffset FoundAt);

    public sealed record OfEpisode(IReadOnlyList<Line> Lines, IReadOnlyList<ScreenedNeed> ScreenedNeeds);

    public sealed record DueRow(Guid EpisodeId, string PersonName, ScheduledMeasure Measure, DateOnly DueOn);

    private static readonly string[] Moments = [nameof(EpisodeState.Assessing), nameof(EpisodeState.Active), nameof(EpisodeState.Discharged)];

    /// <summary>One episode's schedule, and any questionnaire taken outside the schedule, as it now stands; and the needs screened.</summary>
    public async Task<OfEpisode> ForAsync(Episode episode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(episode);
        var programme = await ProgrammeAsync(episode.ProgrammeId, cancellationToken);
        var schedule = programme.MeasureSchedule;
        var dates = (await DatesAsync(db.Episodes.Where(e => e.Id == episode.Id), cancellationToken)).GetValueOrDefault(episode.Id) ?? NotYet;
        var taken = await db.MeasureAdministrations.AsNoTracking().Where(a => a.EpisodeId == episode.Id)
            .OrderBy(a => a.StartedAt).ToListAsync(cancellationToken);
        // The latest taking of a line speaks for it: one called off and started again shows the new one.
        var latest = taken.GroupBy(a => a.Measure).ToDictionary(g => g.Key, g => g.Last());
        var lines = schedule.Concat(latest.Keys.Where(measure => !schedule.Contains(measure)))
            .Select(measure => latest.TryGetValue(measure, out var a)
                ? new Line(measure.InstrumentId, measure.Timepoint, measure.WeeksAfterPlan, MeasuresDue.DueOn(measure, dates), a.Id, a.State, a.Score, a.Band, a.Positive, a.CompletedAt)
                : new Line(measure.InstrumentId, measure.Timepoint, measure.WeeksAfterPlan, MeasuresDue.DueOn(measure, dates), null, null, null, null, null, null))
            .ToList();
        var needs = ScreenedNeeds.From(taken)
            .Select(found => new ScreenedNeed(QuestionnaireView.Need(found.Category, programme.CodingProfile), found.InstrumentId, found.At))
            .ToList();
        return new OfEpisode(lines, needs);
    }

    /// <summary>The questionnaires of <paramref name="episodes"/> (one programme's) due on <paramref name="by"/> or before and not yet dealt with.</summary>
    public async Task<IReadOnlyList<DueRow>> DueByAsync(Guid programmeId, IQueryable<Episode> episodes, DateOnly by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        var schedule = (await ProgrammeAsync(programmeId, cancellationToken)).MeasureSchedule;
        var people = await (from e in episodes
                            join p in db.People on e.PersonId equals p.Id
                            select new { e.Id, Name = p.GivenName + " " + p.FamilyName }).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var dates = await DatesAsync(episodes, cancellationToken);
        var dealtWith = (await (from a in db.MeasureAdministrations.AsNoTracking()
                                join e in episodes on a.EpisodeId equals e.Id
                                select a).ToListAsync(cancellationToken))
            .ToLookup(a => a.EpisodeId, a => a.Measure);
        return people
            .SelectMany(person => MeasuresDue.For(schedule, dates.GetValueOrDefault(person.Key) ?? NotYet, dealtWith[person.Key])
                .Where(due => due.DueOn <= by)
                .Select(due => new DueRow(person.Key, person.Value, due.Measure, due.DueOn)))
            .OrderBy(row => row.DueOn).ThenBy(row => row.PersonName, StringComparer.Ordinal).ThenBy(row => row.Measure.InstrumentId, StringComparer.Ordinal)
            .ToList();
    }

    private static readonly MeasuresDue.EpisodeDates NotYet = new(null, null, null);

    private async Task<Domain.Programmes.Programme> ProgrammeAsync(Guid programmeId, CancellationToken cancellationToken) =>
        await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == programmeId, cancellationToken);

    /// <summary>The first day each episode entered assessment, an agreed plan and discharge, from the event log.</summary>
    private async Task<Dictionary<Guid, MeasuresDue.EpisodeDates>> DatesAsync(IQueryable<Episode> episodes, CancellationToken cancellationToken)
    {
        var moves = await (from ev in db.PathwayEvents.AsNoTracking()
                           join e in episodes on ev.RecordId equals e.Id
                           where ev.FromState != ev.ToState && Moments.Contains(ev.ToState)
                           select new { ev.RecordId, ev.ToState, ev.At }).ToListAsync(cancellationToken);
        return moves.GroupBy(m => m.RecordId).ToDictionary(g => g.Key, g =>
        {
            DateOnly? Reached(EpisodeState state) => g.Where(m => m.ToState == state.ToString()).Select(m => (DateTimeOffset?)m.At).Min() is { } at
                ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone.Zone).DateTime)
                : null;
            return new MeasuresDue.EpisodeDates(Reached(EpisodeState.Assessing), Reached(EpisodeState.Active), Reached(EpisodeState.Discharged));
        });
    }
}
