using Linkwork.Interop.Measures;

namespace Linkwork.Web.Features.Measures;

public static class MeasuresRegistration
{
    public static IServiceCollection AddMeasuresFeatures(this IServiceCollection services)
    {
        // Loaded while the host is composed, not on first use: a broken definition stops the start rather than a scoring.
        services.AddSingleton(BuiltInInstruments.Load());
        services.AddSingleton<ListInstruments>();
        services.AddSingleton<GetInstrumentDefinition>();
        services.AddSingleton<ScoreInstrument>();
        return services;
    }

    public static RouteGroupBuilder MapMeasuresEndpoints(this RouteGroupBuilder api)
    {
        api.MapInstrumentEndpoints();
        return api;
    }
}
