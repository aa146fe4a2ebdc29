using Linkwork.Domain.Access;
using Linkwork.Domain.Coding;
using Linkwork.Domain.Common;
using Linkwork.Domain.Measures;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Measures;
using Linkwork.Web.Features.Measures.Questionnaires;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.Pathway.Episodes;
using Linkwork.Web.Features.Pathway.FollowUps;
using Linkwork.Web.Features.Pathway.Referrals;
using Linkwork.Web.Features.People;
using Linkwork.Web.Features.Pathway.Safeguarding;
using Linkwork.Web.Hosting;
using Linkwork.Web.Pages.App.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Episodes;

/// <summary>
/// One episode. The programme team works it here: every form calls the same use case as the REST API, and the forms
/// that change the episode itself carry the version the page was read at, so a stale page is refused rather than
/// overwriting someone else's change. A referrer sees the status, its history and the messages back, read-only.
/// </summary>
public sealed class EpisodeDetailsModel(
    GetEpisode get, MoveEpisode moveEpisode, RecordContactAttempt contact, AssignEpisode assign, RecordWhatMatters whatMatters,
    SetGoal setGoal, RecordGoalProgress progress, BookAppointment book, RecordAttendance recordAttendance, DraftReferral draft,
    ServicesToReferTo services, GiveSignpost signpost, ServicesToSignpost signpostable, ListTeam team, PossibleDuplicatesOf possibleDuplicates,
    InstrumentCatalogue instruments, SuggestServices suggest, DirectoryTimeZone timeZone, TimeProvider clock) : PageModel
{
    public EpisodeView Episode { get; private set; } = null!;
    public bool WorksCaseload { get; private set; }
    public IReadOnlyList<ListTeam.Member> Assignable { get; private set; } = [];

    /// <summary>The instruments the programme has, for a questionnaire started outside the schedule.</summary>
    public IReadOnlyList<string> Instruments { get; private set; } = [];
    public IReadOnlyList<ServicesToReferTo.Choice> ServiceChoices { get; private set; } = [];
    public IReadOnlyList<Features.Directory.Search.SearchDirectory.Hit> SignpostChoices { get; private set; } = [];

    /// <summary>Services near the person for their needs, while the episode is open.</summary>
    public SuggestServices.Suggestions? Suggestions { get; private set; }

    /// <summary>People already known who may be this person, for an open referral from the public form, where nobody checked.</summary>
    public IReadOnlyList<FindDuplicates.Candidate> PossibleDuplicates { get; private set; } = [];

    /// <summary>Who a follow-up can be given to: the programme's link workers and supervisors.</summary>
    public IReadOnlyList<ListTeam.Member> Team { get; private set; } = [];

    /// <summary>Today in the programme's calendar: the earliest day a follow-up can be due, and the line for overdue.</summary>
    public DateOnly Today => timeZone.Today(clock);
    public TimeZoneInfo Zone => timeZone.Zone;

    /// <summary>The words typed to find a service to refer to.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    /// <summary>The words typed to find a service to signpost to.</summary>
    [BindProperty(SupportsGet = true)]
    public string? SignpostFind { get; set; }

    [BindProperty]
    public SignpostForm SignpostInput { get; set; } = new();

    [BindProperty]
    public WhatMattersForm WhatMattersInput { get; set; } = new();

    [BindProperty]
    public GoalForm GoalInput { get; set; } = new();

    [BindProperty]
    public AppointmentForm AppointmentInput { get; set; } = new();

    [BindProperty]
    public ReferralForm ReferralInput { get; set; } = new();

    [BindProperty]
    public FollowUpForm FollowUpInput { get; set; } = new();

    [BindProperty]
    public string? ConcernInput { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (Episode.WhatMatters is { } conversation)
        {
            WhatMattersInput = WhatMattersForm.From(conversation);
        }
        else
        {
            // Until the conversation is recorded, the screening's needs start it: the link worker confirms or unticks them.
            WhatMattersInput.Needs = [.. (Episode.ScreenedNeeds ?? []).Select(n => n.Need.Category)];
        }

        return Page();
    }

    public Task<IActionResult> OnPostMoveAsync(Guid id, EpisodeMove move, int version, string? reason, DischargeReason? dischargeReason, CancellationToken cancellationToken) =>
        AttemptAsync(id, "moves", async () =>
        {
            var moved = await moveEpisode.HandleAsync(User, id, move, new EpisodeMoveDetails(reason, dischargeReason), version, cancellationToken);
            return $"Done: the episode is now {PathwayText.Words(moved.State).ToLowerInvariant()}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostContactAsync(Guid id, int version, bool reached, string? note, CancellationToken cancellationToken) =>
        AttemptAsync(id, "contact", async () =>
        {
            await contact.HandleAsync(User, id, reached, note, version, cancellationToken);
            return reached ? "Contact recorded: the person was reached." : "Contact attempt recorded: the person was not reached.";
        }, cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(Guid id, int version, Guid? linkWorkerId, CancellationToken cancellationToken) =>
        AttemptAsync(id, "summary", async () =>
        {
            await assign.HandleAsync(User, id, linkWorkerId ?? User.ActorId(), version, cancellationToken);
            return "Assigned.";
        }, cancellationToken);

    public Task<IActionResult> OnPostWhatMattersAsync(Guid id, int version, CancellationToken cancellationToken) =>
        AttemptAsync(id, "what-matters", async () =>
        {
            await whatMatters.HandleAsync(User, id, WhatMattersInput.ToCommand(), version, cancellationToken);
            return "What matters to them is recorded.";
        }, cancellationToken);

    public Task<IActionResult> OnPostGoalAsync(Guid id, CancellationToken cancellationToken) =>
        AttemptAsync(id, "goals", async () =>
        {
            await setGoal.HandleAsync(User, id, GoalInput.ToCommand(), cancellationToken);
            return "The goal is added to the plan.";
        }, cancellationToken);

    public Task<IActionResult> OnPostProgressAsync(Guid id, Guid goalId, int? score, string? note, CancellationToken cancellationToken) =>
        AttemptAsync(id, "goals", async () =>
        {
            await progress.HandleAsync(User, goalId, score ?? throw new DomainRuleException("Give a score from 0 to 10."), note, cancellationToken);
            return $"Progress recorded: {score} out of 10.";
        }, cancellationToken);

    public Task<IActionResult> OnPostAppointmentAsync(Guid id, CancellationToken cancellationToken) =>
        AttemptAsync(id, "appointments", async () =>
        {
            await book.HandleAsync(User, id, AppointmentInput.ToCommand(Zone), cancellationToken);
            return "The appointment is booked.";
        }, cancellationToken);

    public Task<IActionResult> OnPostAttendanceAsync(Guid id, Guid appointmentId, Attendance attendance, string? note, CancellationToken cancellationToken) =>
        AttemptAsync(id, "appointments", async () =>
        {
            await recordAttendance.HandleAsync(User, appointmentId, attendance, note, cancellationToken);
            return $"Attendance recorded: {PathwayText.Words(attendance).ToLowerInvariant()}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostReferAsync(Guid id, CancellationToken cancellationToken) =>
        AttemptAsync(id, "onward", async () =>
        {
            await draft.HandleAsync(User, ReferralInput.ToCommand(id), cancellationToken);
            return "The onward referral is drafted. It is not sent yet.";
        }, cancellationToken);

    public Task<IActionResult> OnPostSignpostAsync(Guid id, CancellationToken cancellationToken) =>
        AttemptAsync(id, "signposts", async () =>
        {
            var given = await signpost.HandleAsync(User, id, SignpostInput.ToCommand(), cancellationToken);
            return $"Signpost to {given.ServiceName} recorded.";
        }, cancellationToken);

    // The follow-up and safeguarding use cases come in per handler, so the page's constructor does not grow with each section.
    public Task<IActionResult> OnPostFollowUpAsync(Guid id, [FromServices] AddFollowUp add, CancellationToken cancellationToken) =>
        AttemptAsync(id, "follow-ups", async () =>
        {
            await add.HandleAsync(User, FollowUpInput.ToCommand(id), cancellationToken);
            return "The follow-up is planned.";
        }, cancellationToken, nameof(FollowUpInput));

    public Task<IActionResult> OnPostFollowUpDoneAsync(Guid id, Guid followUpId, int version, [FromServices] CompleteFollowUp complete, CancellationToken cancellationToken) =>
        AttemptAsync(id, "follow-ups", async () =>
        {
            var done = await complete.HandleAsync(User, followUpId, version, cancellationToken);
            return $"Done: {done.Title}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostFollowUpCancelAsync(Guid id, Guid followUpId, int version, [FromServices] CancelFollowUp cancel, CancellationToken cancellationToken) =>
        AttemptAsync(id, "follow-ups", async () =>
        {
            var cancelled = await cancel.HandleAsync(User, followUpId, reason: null, version, cancellationToken);
            return $"Cancelled: {cancelled.Title}.";
        }, cancellationToken);

    public async Task<IActionResult> OnPostStartQuestionnaireAsync(Guid id, string instrument, Timepoint timepoint, int? weeksAfterPlan, [FromServices] StartQuestionnaire start, CancellationToken cancellationToken)
    {
        Guid? started = null;
        var result = await AttemptAsync(id, "measures", async () =>
        {
            started = (await start.HandleAsync(User, id, new StartQuestionnaire.Command(instrument, timepoint, weeksAfterPlan), cancellationToken)).Id;
            return "The questionnaire is started.";
        }, cancellationToken);
        return started is { } questionnaire ? Redirect($"/app/questionnaires/{questionnaire}") : result;
    }

    public Task<IActionResult> OnPostRaiseConcernAsync(Guid id, [FromServices] RaiseSafeguardingConcern raise, CancellationToken cancellationToken) =>
        AttemptAsync(id, "safeguarding", async () =>
        {
            await raise.HandleAsync(User, id, new RaiseSafeguardingConcern.Command(ConcernInput), cancellationToken);
            return "The safeguarding concern is raised and the supervisors are told.";
        }, cancellationToken);

    public Task<IActionResult> OnPostResolveConcernAsync(Guid id, Guid concernId, int version, string? resolution, [FromServices] ResolveSafeguardingConcern resolve, CancellationToken cancellationToken) =>
        AttemptAsync(id, "safeguarding", async () =>
        {
            await resolve.HandleAsync(User, concernId, new ResolveSafeguardingConcern.Command(resolution), version, cancellationToken);
            return "The safeguarding concern is resolved.";
        }, cancellationToken);

    /// <summary>Whether the signed-in user may resolve the concern: a supervisor, or whoever raised it.</summary>
    public bool MayResolve(SafeguardingConcernView concern) =>
        concern is not null && (User.RoleOf() == Role.Supervisor || concern.RaisedById == User.Id());

    /// <summary>
    /// Runs one change. A refusal (a rule, a move not allowed from here, a stale version) is shown on the page with
    /// the episode as it is now; success returns to the section the form was in.
    /// </summary>
    private async Task<IActionResult> AttemptAsync(Guid id, string section, Func<Task<string>> change, CancellationToken cancellationToken, string? formPrefix = null)
    {
        try
        {
            StatusMessage = await change();
        }
        catch (InvalidFieldsException invalid)
        {
            if (formPrefix is null)
            {
                ModelState.AddModelError("", invalid.Message);
            }
            else
            {
                PageFieldErrors.AddTo(ModelState, invalid, formPrefix);
            }

            await LoadAsync(id, cancellationToken);
            return Page();
        }
        catch (Exception refused) when (refused is DomainRuleException or IllegalTransitionException or StaleVersionException
            or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", EpisodeMessages.Explain(refused));
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        return Redirect($"/app/episodes/{id}#{section}");
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Episode = await get.HandleAsync(User, id, cancellationToken);
        WorksCaseload = User.WorksCaseload();
        if (!WorksCaseload)
        {
            return;
        }

        if (Episode.PublicReference is not null && Episode.State.IsOpen())
        {
            PossibleDuplicates = await possibleDuplicates.HandleAsync(User, Episode.Person.Id, cancellationToken);
        }

        if (Episode.State.IsOpen() && User.ProgrammeOf() is { } programme)
        {
            Team = (await team.HandleAsync(programme, role: null, clock.GetUtcNow(), cancellationToken))
                .Where(m => m.Role is Role.LinkWorker or Role.Supervisor).ToList();
            Assignable = User.RoleOf() == Role.Supervisor ? Team : [];
            Instruments = await instruments.IdsAsync(programme, cancellationToken);
            Suggestions = await suggest.ForAsync(Episode.Person.Id, Episode.WhatMatters, Episode.ScreenedNeeds ?? [], cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(Find))
        {
            ServiceChoices = await services.HandleAsync(Find, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(SignpostFind))
        {
            SignpostChoices = await signpostable.HandleAsync(SignpostFind, cancellationToken);
        }
    }

    /// <summary>The button a target state stands for, when the page offers it as a move.</summary>
    public static EpisodeMove? MoveTo(EpisodeState to) => to switch
    {
        EpisodeState.Accepted => EpisodeMove.Accept,
        EpisodeState.Declined => EpisodeMove.Decline,
        EpisodeState.UnableToContact => EpisodeMove.UnableToContact,
        EpisodeState.Active => EpisodeMove.AgreePlan,
        EpisodeState.Discharged => EpisodeMove.Discharge,
        EpisodeState.EnteredInError => EpisodeMove.EnteredInError,
        _ => null,
    };

    public static IReadOnlyList<SdohCategory> Categories { get; } = Enum.GetValues<SdohCategory>();
}
