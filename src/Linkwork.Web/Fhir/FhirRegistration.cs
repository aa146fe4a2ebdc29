namespace Linkwork.Web.Fhir;

public static class FhirRegistration
{
    /// <summary>The FHIR API's readers; the use cases they build on (GetReferral, GetPerson) are registered with their features.</summary>
    public static IServiceCollection AddFhir(this IServiceCollection services)
    {
        services.AddScoped<FhirReferralFacts>();
        services.AddScoped<FhirPatients>();
        services.AddScoped<ReadReferralResource>();
        services.AddScoped<FhirEpisodeFacts>();
        services.AddScoped<ReadEpisodeResource>();
        services.AddScoped<ReadEpisodeHistory>();
        services.AddScoped<SearchReferralResources>();
        services.AddScoped<SearchPatientResources>();
        services.AddScoped<ReadDirectoryResource>();
        services.AddScoped<ReadReferralHistory>();
        services.AddScoped<FhirPersonRecords>();
        services.AddScoped<FhirStaff>();
        services.AddScoped<UpdateTaskResource>();
        services.AddScoped<ReadProcedureResource>();
        services.AddScoped<CreatePatientResource>();
        services.AddScoped<ProcessTransaction>();
        services.AddScoped<Subscriptions.CreateSubscription>();
        services.AddScoped<Subscriptions.ReadSubscriptions>();
        services.AddScoped<Subscriptions.DeleteSubscription>();
        services.AddSingleton<Subscriptions.SubscriptionSignal>();
        services.AddSingleton<Subscriptions.PathwayMoveSaved>();
        services.AddSingleton<Subscriptions.SubscriptionNotifier>();
        services.AddSingleton<Subscriptions.SubscriptionPass>();
        services.AddHostedService<Subscriptions.SubscriptionWorker>();
        return services;
    }
}
