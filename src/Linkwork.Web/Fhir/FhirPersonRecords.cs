using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Measures;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;
using Linkwork.Interop.Fhir;
using Linkwork.Interop.Measures;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.People;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// A person's consents, needs, goals and completed questionnaires, by the REST API's rules. The needs, goals and
/// measures are in the episode view only the programme's team gets (<see cref="PathwayAccess.WorksCaseload"/>); anyone
/// else is refused (403), since no id of theirs would ever show one. Consent is the team's, and a provider's as far
/// as consent allows: the decisions on sharing with referred organisations (given or withdrawn, which is what a
/// provider must know) of a person a referral sent to it names (<see cref="PathwayAccess"/>), never the rest.
/// Everyone else, and every person outside those rules, is not found. Each record read is audited.
/// </summary>
public sealed class FhirPersonRecords(LinkworkDbContext db, BuiltInInstruments instruments, AuditTrail audit)
{
    /// <summary>A person's consent decisions (or one, by id), newest first.</summary>
    public async Task<IReadOnlyList<ConsentFacts>> ConsentsAsync(ClaimsPrincipal user, Guid? personId, Guid? id, CancellationToken cancellationToken)
    {
        var provider = user.SideOf() == ReferralSide.Provider;
        if (!user.WorksCaseload() && !provider)
        {
            throw new NotPermittedException("Consent records are for the programme's team and the providers people are referred to.");
        }

        var decisions = db.ConsentDecisions.AsNoTracking().Where(d => d.PersonId == personId || d.Id == id);
        var person = await PersonAsync(user, await decisions.Select(d => (Guid?)d.PersonId).FirstOrDefaultAsync(cancellationToken) ?? personId, providersToo: true, cancellationToken);
        if (person is null)
        {
            return [];
        }

        var all = await db.ConsentDecisions.AsNoTracking().Where(d => d.PersonId == person.Id).ToListAsync(cancellationToken);
        var consents = new PersonConsents(all);
        var recorders = await NamesAsync(all.Select(d => d.RecordedBy), cancellationToken);
        var shown = consents.History
            .Where(d => (id is null || d.Id == id) && (!provider || d.Kind == ConsentKind.ShareWithReferredOrganisations))
            .Select(d => new ConsentFacts(d.Id, person.Id, person.Name, d.Kind, d.Given, consents.Current(d.Kind)?.Id == d.Id, d.RecordedAt,
                recorders.TryGetValue(d.RecordedBy ?? Guid.Empty, out var by) && by.Staff ? d.RecordedBy : null, by?.Name))
            .ToList();
        return await AuditedAsync(shown, "consent.read", nameof(ConsentDecision), c => c.Id, cancellationToken);
    }

    /// <summary>The needs of the person's episodes (or one, by its id "{episode}-{category number}").</summary>
    public async Task<IReadOnlyList<NeedFacts>> NeedsAsync(ClaimsPrincipal user, Guid? personId, string? id, CancellationToken cancellationToken)
    {
        RequireTeam(user);
        Guid? episodeId = null;
        if (id is not null)
        {
            episodeId = NeedId.EpisodeOf(id);
            if (episodeId is null)
            {
                return [];
            }
        }

        var episodes = await db.Episodes.AsNoTracking().VisibleTo(user)
            .Where(e => (e.PersonId == personId || e.Id == episodeId) && e.WhatMatters != null)
            .OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.PersonId, e.State, e.WhatMatters })
            .ToListAsync(cancellationToken);
        var people = await PeopleNamesAsync(episodes.Select(e => e.PersonId), cancellationToken);
        var recorders = await NamesAsync(episodes.Select(e => e.WhatMatters!.RecordedBy), cancellationToken);
        var needs = episodes
            .SelectMany(e => e.WhatMatters!.Needs.DistinctBy(n => n.Category).Select(n => new NeedFacts(
                NeedId.Of(e.Id, n.Category), e.PersonId, people[e.PersonId], n.Category, n.Note, e.State.IsOpen(), e.WhatMatters.RecordedAt,
                recorders.TryGetValue(e.WhatMatters.RecordedBy ?? Guid.Empty, out var by) && by.Staff ? e.WhatMatters.RecordedBy : null, by?.Name)))
            .Where(n => id is null || n.Id == id)
            .ToList();
        return await AuditedAsync(needs, "need.read", nameof(Episode), n => n.Id, cancellationToken);
    }

    /// <summary>The goals of the person's plans (or one, by id), in the order they were set.</summary>
    public async Task<IReadOnlyList<GoalFacts>> GoalsAsync(ClaimsPrincipal user, Guid? personId, Guid? id, CancellationToken cancellationToken)
    {
        RequireTeam(user);
        var goals = await (from g in db.Goals.AsNoTracking()
                           join e in db.Episodes.VisibleTo(user) on g.EpisodeId equals e.Id
                           where g.PersonId == personId || g.Id == id
                           orderby g.CreatedAt, g.Id
                           select new { Goal = g, e.State }).ToListAsync(cancellationToken);
        var people = await PeopleNamesAsync(goals.Select(g => g.Goal.PersonId), cancellationToken);
        var facts = goals.Select(row => row.Goal).Zip(goals.Select(row => row.State)).Select(pair => new GoalFacts(
            pair.First.Id, pair.First.Version, pair.First.PersonId, people[pair.First.PersonId], pair.First.Text, pair.First.Category, pair.First.TargetDate,
            pair.First.CreatedAt, pair.Second.IsOpen(), pair.First.Progress.Select(p => (p.Score, p.Note, p.At)).ToList())).ToList();
        return await AuditedAsync(facts, "goal.read", nameof(Goal), g => g.Id, cancellationToken);
    }

    /// <summary>The person's completed questionnaires (or one, by id), in the order they were finished.</summary>
    public async Task<IReadOnlyList<MeasureFacts>> MeasuresAsync(ClaimsPrincipal user, Guid? personId, Guid? id, CancellationToken cancellationToken)
    {
        RequireTeam(user);
        var done = await (from a in db.MeasureAdministrations.AsNoTracking()
                          join e in db.Episodes.VisibleTo(user) on a.EpisodeId equals e.Id
                          where (a.PersonId == personId || a.Id == id) && a.State == AdministrationState.Completed
                          orderby a.CompletedAt, a.Id
                          select a).ToListAsync(cancellationToken);
        var people = await PeopleNamesAsync(done.Select(a => a.PersonId), cancellationToken);
        // An administration of an instrument no longer shipped cannot be read back against its Questionnaire.
        var facts = done.Where(a => instruments.Find(a.InstrumentId) is not null).Select(a => new MeasureFacts(
            a.Id, a.Version, a.PersonId, people[a.PersonId], instruments.Find(a.InstrumentId)!, a.Answers, a.Score, a.Band, a.CompletedAt!.Value)).ToList();
        return await AuditedAsync(facts, "measure.read", nameof(Administration), m => m.Id, cancellationToken);
    }

    private static void RequireTeam(ClaimsPrincipal user)
    {
        if (!user.WorksCaseload())
        {
            throw new NotPermittedException("Needs, goals and questionnaires are the programme team's: link workers and supervisors.");
        }
    }

    private sealed record PersonRow(Guid Id, string Name);

    /// <summary>The person, if the caller may see them: the team in its programme, a provider while a referral names them.</summary>
    private async Task<PersonRow?> PersonAsync(ClaimsPrincipal user, Guid? personId, bool providersToo, CancellationToken cancellationToken)
    {
        if (personId is not { } id)
        {
            return null;
        }

        var seen = user.WorksCaseload()
            ? db.People.AsNoTracking().OfCallersProgramme(user).Where(p => p.Id == id)
            : providersToo && user.SideOf() == ReferralSide.Provider
                ? db.People.AsNoTracking().Where(p => p.Id == id && db.OnwardReferrals.VisibleTo(user).Any(r => r.PersonId == id))
                : db.People.Where(_ => false);
        return await seen.Select(p => new PersonRow(p.Id, p.GivenName + " " + p.FamilyName)).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<Dictionary<Guid, string>> PeopleNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToArray();
        return await db.People.AsNoTracking().Where(p => wanted.Contains(p.Id))
            .Select(p => new PersonRow(p.Id, p.GivenName + " " + p.FamilyName)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
    }

    private sealed record Recorder(string Name, bool Staff);

    /// <summary>Who recorded something: a member of the programme's team (a Practitioner here) or an API client (a name only).</summary>
    private async Task<Dictionary<Guid, Recorder>> NamesAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToArray();
        var users = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Role }).ToListAsync(cancellationToken);
        var clients = await db.ApiClients.AsNoTracking().Where(c => wanted.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        return users.Select(u => (u.Id, Recorder: new Recorder(u.DisplayName, FhirStaff.IsPractitioner(u.Role))))
            .Concat(clients.Select(c => (c.Id, Recorder: new Recorder(c.Name, false))))
            .ToDictionary(r => r.Id, r => r.Recorder);
    }

    private async Task<IReadOnlyList<T>> AuditedAsync<T>(IReadOnlyList<T> records, string action, string recordType, Func<T, object> id, CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            audit.Record(action, recordType, id(record));
        }

        await db.SaveChangesAsync(cancellationToken);
        return records;
    }
}

/// <summary>A need has no row of its own: its Condition id is the episode's id and the category's number, which stay put.</summary>
internal static class NeedId
{
    public static string Of(Guid episodeId, Domain.Coding.SdohCategory category) =>
        $"{episodeId}-{((int)category).ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static Guid? EpisodeOf(string id) =>
        id.Length > 37 && id[36] == '-' && Guid.TryParse(id[..36], out var episode) ? episode : null;
}
