using System.Security.Cryptography;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace Linkwork.Web.Features.Access;

/// <summary>
/// Creates a staff account in an organisation with one role, and a random first password that is shown once.
/// People's own portal accounts come with the pathway, where a person record exists to link them to.
/// </summary>
public sealed class CreateUserAccount(UserManager<UserAccount> users, FindOrganisation organisations, AuditTrail audit, TimeProvider clock)
{
    public sealed record Command(string Email, string DisplayName, string Role, string? Organisation);

    public sealed record Result(UserAccount Account, string OrganisationName, string Password);

    public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!Roles.TryParse(command.Role, out var role) || !role.IsStaff())
        {
            throw new DomainRuleException(
                $"'{command.Role}' is not a staff role. Use one of: {string.Join(", ", Roles.All.Where(r => r.IsStaff()))}.");
        }

        var organisation = await organisations.HandleAsync(command.Organisation, cancellationToken);
        var now = clock.GetUtcNow();
        var account = new UserAccount
        {
            Id = Guid.CreateVersion7(now),
            UserName = command.Email?.Trim(),
            Email = command.Email?.Trim(),
            EmailConfirmed = true,
            DisplayName = Text.Required(command.DisplayName, "The name", 200),
            Role = role,
            ProgrammeId = organisation.ProgrammeId,
            OrganisationId = organisation.Id,
            CreatedAt = now,
        };
        var password = NewPassword();
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            throw new DomainRuleException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await audit.RecordNowAsync("user-account.created", nameof(UserAccount), account.Id, programmeId: organisation.ProgrammeId, cancellationToken: cancellationToken);
        return new Result(account, organisation.Name, password);
    }

    /// <summary>Twenty characters from an alphabet without look-alikes: about 115 bits, easy to read aloud.</summary>
    private static string NewPassword() =>
        RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 20);
}
