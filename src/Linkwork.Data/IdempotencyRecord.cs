namespace Linkwork.Data;

/// <summary>
/// A create request sent with an <c>Idempotency-Key</c> and what it answered, so a retry of the same request gets the
/// same answer instead of a second record. <see cref="StatusCode"/> is null while the first request is in flight.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int KeyMaxLength = 200;
    public const int CallerMaxLength = 80;
    public const int RequestMaxLength = 300;

    public string Caller { get; set; } = "";
    public string Key { get; set; } = "";

    /// <summary>"POST /api/v1/people": a key belongs to one request, not just one caller.</summary>
    public string Request { get; set; } = "";

    /// <summary>SHA-256 of the request body as bound (hex).</summary>
    public string RequestHash { get; set; } = "";

    public int? StatusCode { get; set; }
    public string? ResponseBody { get; set; }
    public string? ResponseContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
