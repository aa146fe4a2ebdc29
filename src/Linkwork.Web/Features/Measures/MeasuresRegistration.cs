using Linkwork.Interop.Measures;
using Linkwork.Web.Features.Measures.Questionnaires;

namespace Linkwork.Web.Features.Measures;

public static class MeasuresRegistration
{
    public static IServiceCollection AddMeasuresFeatures(this IServiceCollection services)
    {
        // Loaded while the host is composed, not on first use: a broken definition stops the start rather than a scoring.
        services.AddSingleton(BuiltInInstruments.Load());
        services.AddScoped<ListInstruments>();
        services.AddScoped<GetInstrumentDefinition>();
        services.AddScoped<ScoreInstrument>();
        services.AddScoped<LoadProgrammeInstrument>();
        services.AddScoped<InstrumentCatalogue>();
        services.AddScoped<QuestionnaireRecords>();
        services.AddScoped<QuestionnaireAnswering>();
        services.AddScoped<StartQuestionnaire>();
        services.AddScoped<GetQuestionnaire>();
        services.AddScoped<RecordQuestionnaireAnswers>();
        services.AddScoped<CancelQuestionnaire>();
        services.AddScoped<IssueQuestionnaireLink>();
        services.AddScoped<AnswerByLink>();
        services.AddScoped<PersonMeasureChange>();
        return services;
    }

    public static RouteGroupBuilder MapMeasuresEndpoints(this RouteGroupBuilder api)
    {
        api.MapInstrumentEndpoints();
        api.MapQuestionnaireEndpoints();
        api.MapPersonMeasureEndpoints();
        return api;
    }
}
