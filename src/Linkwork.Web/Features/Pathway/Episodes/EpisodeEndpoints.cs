using System.Security.Claims;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Pathway.Episodes;

public static class EpisodeEndpoints
{
    public sealed record MoveBody(string? Reason, DischargeReason? DischargeReason);

    public sealed record ContactAttemptBody(bool Reached, string? Note);

    public sealed record AssignBody(Guid LinkWorkerId);

    public sealed record ProgressBody(int Score, string? Note);

    public sealed record AttendanceBody(Attendance Attendance, string? Note);

    public static void MapEpisodeEndpoints(this RouteGroupBuilder api)
    {
        var episodes = api.MapGroup("/episodes").WithTags("Episodes");

        episodes.MapPost("/", async (ReceiveEpisode.Command command, ClaimsPrincipal user, HttpContext context, ReceiveEpisode receive, GetEpisode get, CancellationToken cancellationToken) =>
            {
                var episode = await receive.HandleAsync(user, command, cancellationToken);
                context.Response.Headers.ETag = Hosting.VersionTag.Of(episode.Version);
                return Results.Created($"/api/v1/episodes/{episode.Id}", await get.ViewAsync(user, episode, cancellationToken));
            })
            .WithIdempotencyKey()
            .WithName("ReceiveEpisode").WithSummary("Refer a person into the programme (staff and referrers).");

        episodes.MapPost("/by-details", async (ReferWithDetails.Command command, ClaimsPrincipal user, HttpContext context, ReferWithDetails refer, GetEpisode get, CancellationToken cancellationToken) =>
            {
                var episode = await refer.HandleAsync(user, command, cancellationToken);
                context.Response.Headers.ETag = Hosting.VersionTag.Of(episode.Version);
                return Results.Created($"/api/v1/episodes/{episode.Id}", await get.ViewAsync(user, episode, cancellationToken));
            })
            .WithIdempotencyKey()
            .WithName("ReferWithDetails").WithSummary("Refer a person described as on a referral letter: a known NHS number joins their record, otherwise a new one is made; the answer is the same either way.");

        episodes.MapGet("/", async (EpisodeState? state, bool? open, bool? mine, bool? unassigned, Guid? personId, string? reference, int? page, int? pageSize,
                ClaimsPrincipal user, ListEpisodes list, CancellationToken cancellationToken) =>
                Results.Ok(await list.HandleAsync(user, new ListEpisodes.Filter(state, open ?? true, mine ?? false, unassigned ?? false, personId, reference), page, pageSize, cancellationToken)))
            .WithName("ListEpisodes").WithSummary("Caseloads and queues: mine, unassigned (triage), by state; a referrer's own referrals; reference= finds the episode of a public form's reference (any case, hyphen optional), open or closed.");

        episodes.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, HttpContext context, GetEpisode get, CancellationToken cancellationToken) =>
            {
                var view = await get.HandleAsync(user, id, cancellationToken);
                return PathwayHttp.WithVersion(context, view, view.Version);
            })
            .WithName("GetEpisode").WithSummary("An episode with its goals, appointments, onward referrals, messages back and history (ETag = version).");

        episodes.MapGet("/{id:guid}/suggested-services", async (Guid id, ClaimsPrincipal user, SuggestServices suggest, CancellationToken cancellationToken) =>
                Results.Ok(await suggest.HandleAsync(user, id, cancellationToken)))
            .WithName("SuggestServices").WithSummary("Directory services for the person's needs (the conversation's, else the screening's), nearest their postcode first; caseload workers only.");

        episodes.MapPost("/{id:guid}/{move}", async (Guid id, string move, MoveBody? body, ClaimsPrincipal user, HttpContext context, MoveEpisode handler, GetEpisode get, CancellationToken cancellationToken) =>
            {
                if (PathwayHttp.MoveNamed<EpisodeMove>(move) is not { } named)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such move",
                        detail: $"Episodes move by: {string.Join(", ", Enum.GetNames<EpisodeMove>())}.");
                }

                var episode = await handler.HandleAsync(user, id, named, new EpisodeMoveDetails(body?.Reason, body?.DischargeReason), PathwayHttp.ExpectedVersion(context.Request), cancellationToken);
                return PathwayHttp.WithVersion(context, await get.ViewAsync(user, episode, cancellationToken), episode.Version);
            })
            .WithName("MoveEpisode").WithSummary("accept, decline, unable-to-contact, agree-plan, discharge or entered-in-error; If-Match guards against a stale version (412); an illegal move answers 409 naming the allowed ones.");

        episodes.MapPost("/{id:guid}/contact-attempts", async (Guid id, ContactAttemptBody body, ClaimsPrincipal user, HttpContext context, RecordContactAttempt handler, CancellationToken cancellationToken) =>
            {
                var (episode, suggest) = await handler.HandleAsync(user, id, body.Reached, body.Note, PathwayHttp.ExpectedVersion(context.Request), cancellationToken);
                return PathwayHttp.WithVersion(context, new { episode.State, episode.ContactAttempts, suggestUnableToContact = suggest }, episode.Version);
            })
            .WithName("RecordContactAttempt").WithSummary("An attempt to reach the person; after the programme's number of failed attempts (three unless set), unable-to-contact is suggested.");

        episodes.MapPost("/{id:guid}/assign", async (Guid id, AssignBody body, ClaimsPrincipal user, HttpContext context, AssignEpisode handler, CancellationToken cancellationToken) =>
            {
                var episode = await handler.HandleAsync(user, id, body.LinkWorkerId, PathwayHttp.ExpectedVersion(context.Request), cancellationToken);
                return PathwayHttp.WithVersion(context, new { episode.Id, episode.LinkWorkerId }, episode.Version);
            })
            .WithName("AssignEpisode").WithSummary("Give the episode to a link worker of the programme.");

        episodes.MapPut("/{id:guid}/what-matters", async (Guid id, RecordWhatMatters.Command command, ClaimsPrincipal user, HttpContext context, RecordWhatMatters handler, CancellationToken cancellationToken) =>
            {
                var episode = await handler.HandleAsync(user, id, command, PathwayHttp.ExpectedVersion(context.Request), cancellationToken);
                return PathwayHttp.WithVersion(context, new { episode.State, episode.WhatMatters }, episode.Version);
            })
            .WithName("RecordWhatMatters").WithSummary("The \"what matters to me\" conversation: their words, needs coded by SDOH category, strengths. Starts the assessment.");

        episodes.MapPost("/{id:guid}/goals", async (Guid id, SetGoal.Command command, ClaimsPrincipal user, SetGoal handler, CancellationToken cancellationToken) =>
            {
                var goal = await handler.HandleAsync(user, id, command, cancellationToken);
                return Results.Created($"/api/v1/episodes/{id}", new GoalView(goal.Id, goal.Text, goal.Category, goal.TargetDate, goal.Progress));
            })
            .WithIdempotencyKey()
            .WithName("SetGoal").WithSummary("Add a goal to the plan, optionally with a baseline score 0–10.");

        episodes.MapPost("/{id:guid}/appointments", async (Guid id, BookAppointment.Command command, ClaimsPrincipal user, BookAppointment handler, CancellationToken cancellationToken) =>
            {
                var appointment = await handler.HandleAsync(user, id, command, cancellationToken);
                return Results.Created($"/api/v1/episodes/{id}", new AppointmentView(appointment.Id, appointment.StartsAt, appointment.Mode, appointment.Attendance, appointment.Note));
            })
            .WithIdempotencyKey()
            .WithName("BookAppointment").WithSummary("Book an appointment: in person, phone, video or at home.");

        episodes.MapPost("/{id:guid}/signposts", async (Guid id, GiveSignpost.Command command, ClaimsPrincipal user, GiveSignpost handler, CancellationToken cancellationToken) =>
                Results.Created($"/api/v1/episodes/{id}", await handler.HandleAsync(user, id, command, cancellationToken)))
            .WithIdempotencyKey()
            .WithName("GiveSignpost").WithSummary("Tell the person about a running service: a light record, not a referral; nothing is sent to the provider.");

        api.MapPost("/goals/{id:guid}/progress", async (Guid id, ProgressBody body, ClaimsPrincipal user, RecordGoalProgress handler, CancellationToken cancellationToken) =>
            {
                var goal = await handler.HandleAsync(user, id, body.Score, body.Note, cancellationToken);
                return Results.Ok(new GoalView(goal.Id, goal.Text, goal.Category, goal.TargetDate, goal.Progress));
            })
            .WithTags("Episodes").WithName("RecordGoalProgress").WithSummary("Score progress on a goal, 0–10.");

        api.MapPost("/appointments/{id:guid}/attendance", async (Guid id, AttendanceBody body, ClaimsPrincipal user, RecordAttendance handler, CancellationToken cancellationToken) =>
            {
                var appointment = await handler.HandleAsync(user, id, body.Attendance, body.Note, cancellationToken);
                return Results.Ok(new AppointmentView(appointment.Id, appointment.StartsAt, appointment.Mode, appointment.Attendance, appointment.Note));
            })
            .WithTags("Episodes").WithName("RecordAttendance").WithSummary("Attended, did not attend, or cancelled.");
    }
}
