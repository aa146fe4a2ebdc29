using Linkwork.Domain.Coding;
using Linkwork.Domain.Measures;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;

namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// Gives the demo's people a living pathway: episodes in every state, and for those past assessment a plan with
/// goals and progress, appointments, signposts and onward referrals in every state of their loop. Every record is
/// made through the domain's own moves, so the event log is what the app itself would have written (about ten
/// events a person). The same seed gives the same pathway.
/// </summary>
public sealed class DemoPathwayBuilder(DemoPathwayCast cast, DateTimeOffset asOf, int seed)
{
    /// <summary>What one person's pathway adds to the database.</summary>
    public sealed record Records(
        List<Episode> Episodes, List<Goal> Goals, List<Appointment> Appointments, List<Signpost> Signposts,
        List<OnwardReferral> Referrals, List<MessageToReferrer> MessagesBack, List<FollowUp> FollowUps,
        List<SafeguardingConcern> SafeguardingConcerns, List<Administration> Questionnaires)
    {
        public static Records Empty() => new([], [], [], [], [], [], [], [], []);

        /// <summary>Adds every record to the unit of work, each to its table.</summary>
        public void AddTo(Data.LinkworkDbContext db)
        {
            ArgumentNullException.ThrowIfNull(db);
            db.Episodes.AddRange(Episodes);
            db.Goals.AddRange(Goals);
            db.Appointments.AddRange(Appointments);
            db.Signposts.AddRange(Signposts);
            db.OnwardReferrals.AddRange(Referrals);
            db.MessagesToReferrers.AddRange(MessagesBack);
            db.FollowUps.AddRange(FollowUps);
            db.SafeguardingConcerns.AddRange(SafeguardingConcerns);
            db.MeasureAdministrations.AddRange(Questionnaires);
        }
    }

    /// <summary>How many of the demo link worker's people have a safeguarding concern: two open, then one resolved.</summary>
    private const int OpenConcerns = 2;
    private const int ConcernsInAll = 3;

    private static readonly string[] FollowUpTitles =
    [
        "Ring to see how the first session went", "Check the benefits letter arrived", "Chase the housing officer",
        "Drop in the walking group timetable", "Ask whether the food bank voucher was used", "Book the review conversation",
    ];

    private static readonly string[] Concerns =
    [
        "Said her son takes her pension each week and she is frightened to say no.",
        "Neighbour says he has not been seen for days and the house is cold; may be neglecting himself.",
        "Mentioned bruises from a fall at home but would not say how it happened.",
    ];

    // Counted across people, so the demo link worker's list looks the same however large the demo: For is called in order.
    private int _concernsRaised;
    private int _followUpsPlanned;

    private static readonly WeightedChoice<(EpisodeState State, int Weight)> EpisodeStates = new(
    [
        (EpisodeState.Received, 8), (EpisodeState.Contacting, 8), (EpisodeState.Accepted, 6), (EpisodeState.Declined, 5),
        (EpisodeState.UnableToContact, 5), (EpisodeState.Assessing, 10), (EpisodeState.Active, 38), (EpisodeState.Discharged, 18),
        (EpisodeState.EnteredInError, 2),
    ], choice => choice.Weight);

    private static readonly WeightedChoice<(ReferralSource Source, int Weight)> Sources = new(
    [
        (ReferralSource.GeneralPractice, 50), (ReferralSource.Nurse, 8), (ReferralSource.Hospital, 8), (ReferralSource.MentalHealth, 7),
        (ReferralSource.EmergencyDepartment, 3), (ReferralSource.SocialCare, 7), (ReferralSource.Community, 7), (ReferralSource.SelfReferral, 10),
    ], choice => choice.Weight);

    // Referrals of an active plan are still running more often than not; a discharged person's are all closed.
    private static readonly OnwardReferralState[] Running =
    [
        OnwardReferralState.Draft, OnwardReferralState.Sent, OnwardReferralState.Opened, OnwardReferralState.NeedsInformation,
        OnwardReferralState.Waitlisted, OnwardReferralState.Accepted, OnwardReferralState.Engaged,
    ];

    private static readonly OnwardReferralState[] Ended =
    [
        OnwardReferralState.Completed, OnwardReferralState.Completed, OnwardReferralState.Completed, OnwardReferralState.LeftEarly,
        OnwardReferralState.CouldNotContact, OnwardReferralState.NoLongerInterested, OnwardReferralState.DidNotAttend,
        OnwardReferralState.Rerouted, OnwardReferralState.Declined, OnwardReferralState.Withdrawn, OnwardReferralState.Expired,
        OnwardReferralState.EnteredInError,
    ];

    private static readonly SdohCategory[] CommonNeeds =
    [
        SdohCategory.SocialConnection, SdohCategory.SocialConnection, SdohCategory.Stress, SdohCategory.FinancialInsecurity,
        SdohCategory.FoodInsecurity, SdohCategory.HousingInstability, SdohCategory.EmploymentStatus, SdohCategory.DigitalLiteracy,
        SdohCategory.TransportationInsecurity, SdohCategory.MaterialHardship,
    ];

    private static readonly string[] GoalTexts =
    [
        "Get out of the house twice a week", "Make a new friend", "Sort out my debts", "Eat a hot meal every day",
        "Walk to the shops without getting breathless", "Feel less anxious in the mornings", "Learn to video call my grandchildren",
        "Find some volunteering", "Get my benefits checked", "Sleep better",
    ];

    /// <summary>
    /// The pathway of one person, or nothing for the one in seven who was never referred. The demo link worker's open
    /// episodes also get their work list: follow-ups due today, overdue, to come and done, and a few safeguarding concerns.
    /// </summary>
    public Records For(Person person, int index)
    {
        ArgumentNullException.ThrowIfNull(person);
        // One generator per person, so a person's pathway does not depend on who came before. Not HashCode.Combine:
        // it is salted per process (the demo would differ run to run) and two people could share a seed, and so ids.
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var records = PathwayOf(person, random);
        if (records.Episodes is [var episode] && episode.LinkWorkerId == cast.DemoLinkWorker && episode.State.IsOpen())
        {
            AddFollowUps(records, episode, random);
            AddSafeguardingConcern(records, episode, random);
        }

        return records;
    }

    private Records PathwayOf(Person person, Random random)
    {
        var records = Records.Empty();
        if (random.Next(7) == 0)
        {
            return records;
        }

        var target = EpisodeStates.Pick(random).State;
        // Episodes still waiting for their first moves were received recently; closed ones up to a year ago.
        var clock = asOf.AddDays(-(target is EpisodeState.Received or EpisodeState.Contacting ? random.Next(1, 10) : random.Next(30, 330))).AddMinutes(random.Next(480, 1_000));
        var source = Sources.Pick(random).Source;
        var viaDemoReferrer = source == ReferralSource.GeneralPractice && random.Next(3) == 0;
        var worker = random.Next(5) < 2 ? cast.DemoLinkWorker : cast.LinkWorkers[random.Next(cast.LinkWorkers.Count)];
        var episode = Episode.Receive(
            Id(clock, random), cast.Programme.Id, person.Id, source, DemoReasons(random), viaDemoReferrer ? cast.ReferrerOrganisation : null,
            viaDemoReferrer ? cast.Referrer : worker, clock);
        records.Episodes.Add(episode);
        DateTimeOffset Step(int maxDays) => clock = Min(clock.AddDays(random.Next(1, maxDays)).AddMinutes(random.Next(0, 300)), asOf);

        if (target != EpisodeState.Received || random.Next(2) == 0)
        {
            episode.AssignTo(worker, worker, Step(2));
        }

        if (target == EpisodeState.EnteredInError)
        {
            episode.MarkEnteredInError("Duplicate referral for the same person", worker, Step(3));
            return records;
        }

        if (target != EpisodeState.Received && (target != EpisodeState.Accepted || random.Next(2) == 0))
        {
            var failures = target == EpisodeState.UnableToContact ? 3 : random.Next(0, 3);
            for (var attempt = 0; attempt < failures; attempt++)
            {
                episode.RecordContactAttempt(reached: false, "No answer; left a message", worker, Step(3));
            }

            if (target is not (EpisodeState.Contacting or EpisodeState.UnableToContact))
            {
                episode.RecordContactAttempt(reached: true, null, worker, Step(3));
            }
        }

        switch (target)
        {
            case EpisodeState.Received or EpisodeState.Contacting:
                return records;
            case EpisodeState.UnableToContact:
                episode.MarkUnableToContact(worker, Step(5));
                return WithMessageBack(records, episode, person, clock, random);
            case EpisodeState.Declined:
                episode.Decline("Does not want support at the moment", worker, Step(5));
                return WithMessageBack(records, episode, person, clock, random);
        }

        episode.Accept(worker, Step(5));
        WithMessageBack(records, episode, person, clock, random);
        if (target == EpisodeState.Accepted)
        {
            return records;
        }

        var needs = Enumerable.Range(0, random.Next(1, 4)).Select(_ => CommonNeeds[random.Next(CommonNeeds.Length)]).Distinct().ToList();
        episode.RecordWhatMatters(
            "Feeling part of things again and getting on top of money worries", needs.Select(n => new IdentifiedNeed(n, null)).ToList(),
            "Good sense of humour; close to a daughter nearby", worker, Step(10));
        records.Questionnaires.AddRange(DemoMeasures.AtAssessment(episode, worker, clock, random));
        records.Appointments.Add(Attended(episode, clock, AppointmentMode.Home, worker, random));
        var goals = needs.Select(need =>
        {
            var goal = Goal.Set(Id(clock, random), episode, GoalTexts[random.Next(GoalTexts.Length)], need, null, worker, clock);
            goal.RecordProgress(random.Next(0, 4), "Baseline", worker, clock);
            return goal;
        }).ToList();
        records.Goals.AddRange(goals);
        if (target == EpisodeState.Assessing)
        {
            return records;
        }

        episode.AgreePlan(goals.Count, worker, Step(7));
        var planAgreed = clock;
        if (cast.OtherServices.Count > 0 && random.Next(3) == 0)
        {
            records.Signposts.Add(Signpost.Give(Id(clock, random), episode, AnyService(random), "Gave the leaflet and opening times", worker, clock));
        }

        var referralCount = cast.OtherServices.Count == 0 ? 0 : random.Next(1, 4);
        var sharing = person.Consents.IsGiven(ConsentKind.ShareWithReferredOrganisations);
        for (var r = 0; r < referralCount; r++)
        {
            var end = target == EpisodeState.Discharged ? Ended[random.Next(Ended.Length)] : PickRunningOrEnded(random);
            // Without consent to share, a referral can only be drafted: the demo shows that too.
            records.Referrals.Add(Referral(episode, sharing ? end : OnwardReferralState.Draft, worker, random, ref clock));
        }

        foreach (var goal in goals)
        {
            goal.RecordProgress(Math.Min(10, goal.Latest!.Score + random.Next(0, 6)), null, worker, Step(20));
        }

        records.Appointments.Add(Attended(episode, Step(14), random.Next(2) == 0 ? AppointmentMode.Phone : AppointmentMode.InPerson, worker, random));
        if (target == EpisodeState.Discharged)
        {
            var reason = random.Next(10) switch { < 6 => DischargeReason.GoalsMet, < 8 => DischargeReason.Disengaged, 8 => DischargeReason.MovedAway, _ => DischargeReason.ReferredToClinicalCare };
            episode.Discharge(reason, null, worker, Step(30));
            records.Questionnaires.AddRange(DemoMeasures.AtDischarge(episode, worker, clock, random));
            WithMessageBack(records, episode, person, clock, random);
        }
        else
        {
            records.Questionnaires.AddRange(DemoMeasures.AtFollowUp(episode, worker, planAgreed, asOf, random));
            // A future appointment keeps an active caseload's diary populated.
            records.Appointments.Add(Appointment.Book(Id(clock, random), episode, asOf.AddDays(random.Next(1, 21)).AddHours(random.Next(9, 16)), AppointmentMode.InPerson, null, worker));
        }

        return records;
    }

    /// <summary>Planned after the episode's last event, so the log stays in order; done ones were done before the demo's moment.</summary>
    private void AddFollowUps(Records records, Episode episode, Random random)
    {
        var worker = cast.DemoLinkWorker;
        var (planned, today) = (episode.UpdatedAt, DateOnly.FromDateTime(asOf.UtcDateTime));
        var plannedOn = DateOnly.FromDateTime(planned.UtcDateTime);
        string Title() => FollowUpTitles[random.Next(FollowUpTitles.Length)];
        if (random.Next(3) == 0)
        {
            var done = FollowUp.Add(Id(planned, random), episode, Title(), null, plannedOn.AddDays(random.Next(0, 7)), plannedOn, worker, worker, planned);
            done.Complete(episode, worker, Min(planned.AddHours(random.Next(1, 72)), asOf));
            records.FollowUps.Add(done);
            (planned, plannedOn) = (episode.UpdatedAt, DateOnly.FromDateTime(episode.UpdatedAt.UtcDateTime));
        }

        // Taken in turn rather than at random, so even a small demo has something due today and something overdue.
        DateOnly? due = (_followUpsPlanned++ % 4) switch
        {
            1 when plannedOn < today => plannedOn.AddDays(random.Next(0, today.DayNumber - plannedOn.DayNumber)),
            0 or 1 => today,
            2 => (DateOnly?)today.AddDays(random.Next(1, 15)),
            _ => null,
        };
        if (due is { } day)
        {
            records.FollowUps.Add(FollowUp.Add(Id(planned, random), episode, Title(), null, day, plannedOn, worker, worker, planned));
        }
    }

    private void AddSafeguardingConcern(Records records, Episode episode, Random random)
    {
        if (_concernsRaised >= ConcernsInAll || episode.State is not (EpisodeState.Assessing or EpisodeState.Active))
        {
            return;
        }

        var (worker, raisedAt) = (cast.DemoLinkWorker, episode.UpdatedAt);
        var concern = SafeguardingConcern.Raise(Id(raisedAt, random), episode, Concerns[_concernsRaised], worker, raisedAt);
        if (++_concernsRaised > OpenConcerns)
        {
            concern.Resolve(episode, "Talked it through with the supervisor; referred to adult social care, who visited.", worker, bySupervisor: false, Min(raisedAt.AddDays(1), asOf));
        }

        records.SafeguardingConcerns.Add(concern);
    }

    private OnwardReferral Referral(Episode episode, OnwardReferralState end, Guid worker, Random random, ref DateTimeOffset clock)
    {
        var toProvider = random.Next(10) < 3 && cast.ProviderServices.Count > 0;
        var service = toProvider ? cast.ProviderServices[random.Next(cast.ProviderServices.Count)] : AnyService(random);
        var provider = cast.ProviderStaff;
        // Referrals still owed an answer were sent in the last few days, inside the response deadline.
        var at = end.AwaitsResponse() ? Max(clock, asOf.AddDays(-random.Next(1, cast.Programme.ResponseDeadlineDays - 2))) : clock;
        var referral = OnwardReferral.Draft(Id(at, random), episode, service, "Would really benefit from meeting people; prefers mornings.", worker, at);
        if (end == OnwardReferralState.Draft)
        {
            return referral;
        }

        // A deadline that has not passed yet cannot have expired: that referral was withdrawn instead.
        if (end == OnwardReferralState.Expired && at.AddDays(cast.Programme.ResponseDeadlineDays) > asOf)
        {
            end = OnwardReferralState.Withdrawn;
        }

        referral.Send(consentToShare: true, cast.Programme.ResponseDeadlineDays, worker, at);
        var moves = PathTo(end, random);
        foreach (var move in moves)
        {
            at = Min(at.AddDays(random.Next(1, 6)), asOf);
            Apply(referral, move, provider, worker, at);
        }

        clock = Max(clock, at);
        return referral;
    }

    /// <summary>The moves from Sent that end in <paramref name="end"/>, taking a realistic route.</summary>
    private static IReadOnlyList<OnwardReferralState> PathTo(OnwardReferralState end, Random random) => end switch
    {
        OnwardReferralState.Sent => [],
        OnwardReferralState.Opened => [OnwardReferralState.Opened],
        OnwardReferralState.NeedsInformation => [OnwardReferralState.Opened, OnwardReferralState.NeedsInformation],
        OnwardReferralState.Expired => [OnwardReferralState.Expired],
        OnwardReferralState.Declined => [OnwardReferralState.Opened, OnwardReferralState.Declined],
        OnwardReferralState.Waitlisted => [OnwardReferralState.Opened, OnwardReferralState.Waitlisted],
        OnwardReferralState.Withdrawn => [OnwardReferralState.Opened, OnwardReferralState.Withdrawn],
        OnwardReferralState.EnteredInError => [OnwardReferralState.EnteredInError],
        OnwardReferralState.Accepted => random.Next(4) == 0 ? [OnwardReferralState.Opened, OnwardReferralState.Waitlisted, OnwardReferralState.Accepted] : [OnwardReferralState.Opened, OnwardReferralState.Accepted],
        OnwardReferralState.Engaged => [OnwardReferralState.Opened, OnwardReferralState.Accepted, OnwardReferralState.Engaged],
        OnwardReferralState.CouldNotContact or OnwardReferralState.DidNotAttend or OnwardReferralState.NoLongerInterested or OnwardReferralState.Rerouted =>
            [OnwardReferralState.Opened, OnwardReferralState.Accepted, end],
        _ => [OnwardReferralState.Opened, OnwardReferralState.Accepted, OnwardReferralState.Engaged, end],
    };

    private static void Apply(OnwardReferral referral, OnwardReferralState move, Guid provider, Guid worker, DateTimeOffset at)
    {
        switch (move)
        {
            case OnwardReferralState.Opened: referral.Open(provider, at); break;
            case OnwardReferralState.Accepted: referral.Accept(provider, at); break;
            case OnwardReferralState.Waitlisted: referral.Waitlist("About four weeks", provider, at); break;
            case OnwardReferralState.NeedsInformation: referral.AskForInformation("Can they get here on their own?", provider, at); break;
            case OnwardReferralState.Declined: referral.Decline(DeclineReason.NoCapacity, "Full until the new year", provider, at); break;
            case OnwardReferralState.Engaged: referral.RecordEngagement("Came to the first session", provider, at); break;
            case OnwardReferralState.Withdrawn: referral.Withdraw("The person changed their mind", worker, at); break;
            case OnwardReferralState.Expired: referral.ExpireIfOverdue(referral.RespondBy!.Value); break;
            case OnwardReferralState.EnteredInError: referral.MarkEnteredInError("Sent to the wrong service", worker, at); break;
            default: referral.RecordOutcome(move, null, provider, at); break;
        }
    }

    private static OnwardReferralState PickRunningOrEnded(Random random) =>
        random.Next(3) == 0 ? Ended[random.Next(Ended.Length)] : Running[random.Next(Running.Length)];

    private Records WithMessageBack(Records records, Episode episode, Person person, DateTimeOffset at, Random random)
    {
        if (episode.Source != ReferralSource.SelfReferral)
        {
            records.MessagesBack.Add(MessageToReferrer.Compose(Id(at, random), episode, cast.Programme, $"{person.GivenName} {person.FamilyName}", at));
        }

        return records;
    }

    private static Appointment Attended(Episode episode, DateTimeOffset at, AppointmentMode mode, Guid worker, Random random)
    {
        var appointment = Appointment.Book(Id(at, random), episode, at, mode, null, worker);
        appointment.RecordAttendance(random.Next(8) == 0 ? Attendance.DidNotAttend : Attendance.Attended, null, at);
        return appointment;
    }

    private Service AnyService(Random random) => cast.OtherServices[random.Next(cast.OtherServices.Count)];

    private static string DemoReasons(Random random) => random.Next(4) switch
    {
        0 => "Lives alone since bereavement; low mood and not leaving the house.",
        1 => "Worried about debts and rent arrears; sleeping badly.",
        2 => "Frequent attender with long-term pain; would benefit from activity and company.",
        _ => "Recently retired, lonely, asked about groups nearby.",
    };

    private static Guid Id(DateTimeOffset at, Random random) => DeterministicIds.Create(at.ToUnixTimeMilliseconds(), random);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
