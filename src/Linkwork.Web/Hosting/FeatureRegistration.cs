using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Measures;
using Linkwork.Web.Features.Notifications;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.People;
using Linkwork.Web.Features.Programmes;

namespace Linkwork.Web.Hosting;

public static class FeatureRegistration
{
    /// <summary>Every use case handler; pages, REST endpoints and the command line resolve the same ones.</summary>
    public static IServiceCollection AddLinkworkFeatures(this IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
        services.AddSingleton<AuditGroupCommit>();
        services.AddScoped<FindOrganisation>();
        services.AddScoped<CreateApiClient>();
        services.AddScoped<CreateUserAccount>();
        services.AddScoped<RevokeApiClient>();
        services.AddScoped<ListApiClients>();
        services.AddScoped<GetProgramme>();
        services.AddScoped<UpdateProgrammeSettings>();
        services.AddScoped<CreateProgramme>();
        services.AddScoped<SetEthnicityCodes>();
        services.AddScoped<DirectoryOverview>();
        services.AddScoped<GetServiceListing>();
        services.AddScoped<ListOrganisationServices>();
        services.AddScoped<Features.Directory.Import.ImportDirectory>();
        services.AddScoped<Features.Directory.Search.SearchDocumentSource>();
        services.AddScoped<Features.Directory.Search.SearchPageReader>();
        services.AddScoped<Features.Directory.Search.SearchDirectory>();
        services.AddSingleton<Features.Directory.Search.DirectorySearch>();
        services.AddSingleton<DirectoryTimeZone>();
        services.AddScoped<Hsds.HsdsLookups>();
        services.AddScoped<Hsds.HsdsServicesQuery>();
        services.AddScoped<Hsds.HsdsSearchMatches>();
        services.AddScoped<Hsds.HsdsServiceAtLocationsQuery>();
        services.AddScoped<Features.Directory.Curation.UpdateServiceCapacity>();
        services.AddScoped<Features.Directory.Curation.ProposeServiceChange>();
        services.AddScoped<Features.Directory.Curation.ReviewServiceChange>();
        services.AddScoped<Features.Directory.Curation.EditService>();
        services.AddScoped<Features.Directory.Curation.AssureService>();
        services.AddScoped<Features.Directory.Curation.EditOrganisationListing>();
        services.AddScoped<Features.Directory.Curation.EditLocation>();
        services.AddScoped<Features.Directory.Curation.ListChangeRequests>();
        services.AddScoped<Features.Directory.Curation.ListStaleServices>();
        services.AddScoped<Features.Directory.Curation.GetListingForEditing>();
        services.AddScoped<Features.Directory.Curation.FindOrganisationsByName>();
        services.AddHostedService<Features.Directory.Search.DirectorySearchLoader>();
        services.AddPathwayFeatures();
        services.AddMeasuresFeatures();
        services.AddScoped<ListTeam>();
        services.AddScoped<PeopleProfile>();
        services.AddScoped<GetOrganisation>();
        services.AddScoped<GetMyRecord>();
        services.AddScoped<PostcodeLookup>();
        services.AddScoped<FindDuplicates>();
        services.AddScoped<PossibleDuplicatesOf>();
        services.AddScoped<RegisterPerson>();
        services.AddScoped<GetPerson>();
        services.AddScoped<SearchPeople>();
        services.AddScoped<UpdatePerson>();
        services.AddScoped<RecordConsent>();
        services.AddScoped<ConsentCheck>();
        services.AddScoped<AddHouseholdContact>();
        services.AddScoped<UpdateHouseholdContact>();
        services.AddScoped<RemoveHouseholdContact>();
        services.AddScoped<AddLocalIdentifier>();
        services.AddScoped<RemoveLocalIdentifier>();
        services.AddScoped<MergePeople>();
        services.AddScoped<ImportDeprivation>();
        services.AddScoped<ReadAuditTrail>();
        services.AddScoped<Outbox>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDelivery>();
        services.AddHostedService<OutboxWorker>();
        services.AddScoped<Notify>();
        services.AddScoped<ListNotifications>();
        services.AddScoped<CountUnreadNotifications>();
        services.AddScoped<MarkNotificationRead>();
        services.AddScoped<MarkAllNotificationsRead>();
        return services;
    }
}
