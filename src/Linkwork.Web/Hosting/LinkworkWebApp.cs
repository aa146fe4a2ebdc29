using Linkwork.Data;
using Linkwork.Web.Features.Directory.Search;
using Linkwork.Web.Fhir;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using Scalar.AspNetCore;

namespace Linkwork.Web.Hosting;

/// <summary>Composes the one web host: services, middleware and endpoints. Holds no business rules.</summary>
public static class LinkworkWebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Named explicitly because tests host the app from their own assemblies; static assets and
            // Razor pages are found by this name.
            ApplicationName = typeof(LinkworkWebApp).Assembly.GetName().Name,
            // ./linkwork runs the app from its build folder, where its pages and assets live; host tooling
            // (WebApplicationFactory) names its own content root.
            ContentRootPath = args.Any(a => a.StartsWith("--contentRoot=", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);

        if (!builder.Environment.IsDevelopment())
        {
            // One JSON object per line. Messages carry ids, never names or other personal data.
            builder.Logging.ClearProviders().AddJsonConsole();
        }

        // Standard output belongs to the command line's answers (a token, a table); logs go to standard error.
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        var services = builder.Services;
        services.Configure<LinkworkSettings>(builder.Configuration.GetSection(LinkworkSettings.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddLinkworkDatabase();
        services.AddLinkworkAccess();
        services.AddLinkworkFeatures();
        services.AddFhir();
        services.AddProblemDetails();
        // Enums travel as their names ("AcceptsReferrals"), which callers can read without a code table.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddExceptionHandler<DomainRuleExceptionHandler>();
        // Before ConcurrencyExceptionHandler, which answers every other bad request.
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<ConcurrencyExceptionHandler>();
        services.AddExceptionHandler<InvalidFieldsExceptionHandler>();
        // Unreadable requests reach the exception handlers in every environment; BadRequestExceptionHandler names the field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<AccessExceptionHandler>();
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/App", Features.Access.Policies.Staff);
            options.Conventions.AuthorizeFolder("/App/Admin", Features.Access.Policies.Administrators);
            options.Conventions.AuthorizeFolder("/App/Directory", Features.Access.Policies.Curators);
            options.Conventions.AuthorizeFolder("/Me", Features.Access.Policies.PersonPortal);
            options.Conventions.AuthorizePage("/Account/TwoFactor");
            options.Conventions.AuthorizePage("/Account/Password");
        }).AddMvcOptions(options =>
        {
            // Blank fields reach the domain, whose messages say which setting is missing in plain words.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            options.Filters.Add<AccessExceptionPageFilter>();
        });
        services.AddOpenApi();
        services.AddHealthChecks().AddDbContextCheck<LinkworkDbContext>("database");
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http")
            .AddPrometheusExporter());

        var app = builder.Build();
        // The API answers errors with ProblemDetails; people get a page that says what happened.
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        // FHIR answers every error with an OperationOutcome, including the routing's own (405, and so on).
        app.UseWhen(FhirHttp.IsFhir, fhir => fhir.UseStatusCodePages(FhirStatusCodes.WriteAsync));
        app.UseWhen(context => !IsApi(context) && !FhirHttp.IsFhir(context), pages => pages
            .UseExceptionHandler("/error/500")
            .UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        // After routing: only endpoints that name a policy (the public referral form) are limited.
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorPages();
        app.MapLinkworkApi();
        Hsds.HsdsEndpoints.MapHsds(app);
        app.MapFhir();
        app.MapHealthChecks("/healthz");
        app.MapReadiness();
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapOpenApi();
        app.MapScalarApiReference();
        return app;
    }

    /// <summary>Machine-read routes: errors come back as problem details, never as an HTML page.</summary>
    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hsds");
}
