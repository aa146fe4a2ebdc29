using Linkwork.Web.Features.Pathway.Episodes;
using Linkwork.Web.Features.Pathway.PublicReferrals;
using Linkwork.Web.Features.Pathway.FollowUps;
using Linkwork.Web.Features.Pathway.Referrals;
using Linkwork.Web.Features.Pathway.Safeguarding;
using Linkwork.Web.Features.Pathway.WorkLists;

namespace Linkwork.Web.Features.Pathway;

public static class PathwayRegistration
{
    public static IServiceCollection AddPathwayFeatures(this IServiceCollection services)
    {
        services.AddScoped<PathwayRecords>();
        services.AddScoped<PathwayNotifications>();
        services.AddScoped<ReceiveEpisode>();
        services.AddScoped<ReferWithDetails>();
        services.AddScoped<PeopleToRefer>();
        services.AddScoped<PathwayCounts>();
        services.AddScoped<GetEpisode>();
        services.AddScoped<Measures.EpisodeMeasures>();
        services.AddScoped<ListEpisodes>();
        services.AddScoped<MoveEpisode>();
        services.AddScoped<RecordContactAttempt>();
        services.AddScoped<AssignEpisode>();
        services.AddScoped<RecordWhatMatters>();
        services.AddScoped<SetGoal>();
        services.AddScoped<GiveSignpost>();
        services.AddScoped<ServicesToSignpost>();
        services.AddScoped<SuggestServices>();
        services.AddScoped<RecordGoalProgress>();
        services.AddScoped<BookAppointment>();
        services.AddScoped<RecordAttendance>();
        services.AddScoped<DraftReferral>();
        services.AddScoped<MoveReferral>();
        services.AddScoped<SendReferral>();
        services.AddScoped<GetReferral>();
        services.AddScoped<ListReferrals>();
        services.AddScoped<WriteReferralMessage>();
        services.AddScoped<ServiceResponsiveness>();
        services.AddScoped<ServicesToReferTo>();
        services.AddScoped<ExpireOverdueReferrals>();
        services.AddScoped<AddFollowUp>();
        services.AddScoped<GetFollowUp>();
        services.AddScoped<ListFollowUps>();
        services.AddScoped<CompleteFollowUp>();
        services.AddScoped<CancelFollowUp>();
        services.AddScoped<RemindDueFollowUps>();
        services.AddScoped<RaiseSafeguardingConcern>();
        services.AddScoped<ResolveSafeguardingConcern>();
        services.AddScoped<GetSafeguardingConcern>();
        services.AddScoped<MyWorkList>();
        services.AddScoped<TeamOverview>();
        services.AddHostedService<ReferralDeadlineService>();
        services.AddScoped<ReceivePublicReferral>();
        services.AddSingleton<PublicFormGuard>();
        services.AddPublicReferralRateLimit();
        return services;
    }

    public static RouteGroupBuilder MapPathwayEndpoints(this RouteGroupBuilder api)
    {
        api.MapEpisodeEndpoints();
        api.MapReferralEndpoints();
        api.MapFollowUpEndpoints();
        api.MapSafeguardingEndpoints();
        api.MapWorkListEndpoints();
        return api;
    }
}
