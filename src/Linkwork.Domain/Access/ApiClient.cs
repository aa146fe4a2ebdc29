using Linkwork.Domain.Common;

namespace Linkwork.Domain.Access;

/// <summary>
/// A system (an EHR, a regional directory, a script) that calls the API with a bearer token.
/// Only a hash of the token is kept; the token itself is shown once, at creation.
/// </summary>
public sealed class ApiClient
{
    public const int NameMaxLength = 100;

    private ApiClient() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public Role Role { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>SHA-256 of the token, hex encoded. Tokens carry 256 random bits, so a fast hash is enough.</summary>
    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public static ApiClient Create(Guid id, string name, Role role, Guid organisationId, string tokenHash, DateTimeOffset now, TimeSpan lifetime)
    {
        if (role is Role.Person)
        {
            throw new DomainRuleException("An API client cannot hold the Person role: people sign in for themselves.");
        }

        if (lifetime <= TimeSpan.Zero)
        {
            throw new DomainRuleException("An API client's token must live for at least one day.");
        }

        return new ApiClient
        {
            Id = id,
            Name = Text.Required(name, "The API client's name", NameMaxLength),
            Role = role,
            OrganisationId = organisationId,
            TokenHash = Text.Required(tokenHash, "The token hash", 64),
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
    }

    public ApiClientStanding StandingAt(DateTimeOffset now) =>
        RevokedAt is not null ? ApiClientStanding.Revoked
        : now >= ExpiresAt ? ApiClientStanding.Expired
        : ApiClientStanding.Active;

    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new DomainRuleException($"The API client '{Name}' was already revoked.");
        }

        RevokedAt = now;
    }
}

public enum ApiClientStanding
{
    Active,
    Expired,
    Revoked,
}
