using System.Threading.RateLimiting;
using Linkwork.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Features.Pathway.PublicReferrals;

/// <summary>
/// A few public form submissions per client address per window (<see cref="SelfReferralSettings"/>); reading the form
/// is never limited. Over the limit the answer is 429, which the error page explains in plain words.
/// </summary>
public static class PublicReferralRateLimit
{
    public const string Policy = "public-referral";

    public static IServiceCollection AddPublicReferralRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                PublicReferralLog.RateLimited(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PublicReferralRateLimit)));
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, Partition);
        });

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var settings = context.RequestServices.GetRequiredService<IOptions<LinkworkSettings>>().Value.SelfReferral;
        // Behind a reverse proxy every client has the proxy's address: forward the client's (UseForwardedHeaders) first.
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, settings.PermitsPerWindow),
            Window = TimeSpan.FromMinutes(Math.Max(1, settings.WindowMinutes)),
            QueueLimit = 0,
        });
    }
}
