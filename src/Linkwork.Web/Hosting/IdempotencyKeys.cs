namespace Linkwork.Web.Hosting;

/// <summary>
/// <c>.WithIdempotencyKey()</c> on a POST that creates: a client that sends an <c>Idempotency-Key</c> header may retry
/// after a timeout or a dropped connection and get the first answer back rather than a second record.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    /// <summary>Set on an answer replayed from the store rather than made again.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>How long an answer is kept for replay; older records are purged.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter<RouteHandlerBuilder, IdempotencyFilter>();
    }
}
