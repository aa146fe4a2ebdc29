using Linkwork.Data;
using Linkwork.Web.Features.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Linkwork.Web.Hosting;

public static class AccessRegistration
{
    private const string SelectScheme = "Linkwork";

    /// <summary>Local accounts with cookies for pages, bearer tokens for systems, and the role and organisation policies.</summary>
    public static IServiceCollection AddLinkworkAccess(this IServiceCollection services)
    {
        services.AddIdentityCore<UserAccount>(options =>
            {
                // Length over composition rules (NCSC and NIST guidance), with lockout against guessing.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 5;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<LinkworkDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<LinkworkClaimsPrincipalFactory>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = SelectScheme;
                options.DefaultChallengeScheme = SelectScheme;
                options.DefaultForbidScheme = SelectScheme;
            })
            .AddPolicyScheme(SelectScheme, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    ApiTokenAuthenticationHandler.BearerToken(context.Request) is not null
                        ? ApiTokenAuthenticationHandler.SchemeName
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "linkwork";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized,
                "Authentication required", "Send a bearer token (Authorization: Bearer lwk_...) or sign in.");
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden,
                "Forbidden", "Your role or organisation does not allow this.");
        });

        services.AddDataProtection().SetApplicationName("Linkwork");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceScopeFactory>((options, scopes) => options.XmlRepository = new DatabaseKeyRepository(scopes));
        services.AddAuthorization(Policies.Add);
        services.AddSingleton<IAuthorizationHandler, OrganisationAccessHandler>();
        return services;
    }

    /// <summary>Pages redirect to sign-in; the API never redirects, it answers with a ProblemDetails.</summary>
    private static async Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int status, string title, string detail)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
            return;
        }

        context.Response.StatusCode = status;
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
