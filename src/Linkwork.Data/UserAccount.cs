using Linkwork.Domain.Access;
using Microsoft.AspNetCore.Identity;

namespace Linkwork.Data;

/// <summary>
/// A local sign-in: staff of the programme, referrers, provider staff, or a person using the portal.
/// Each account holds one role. Staff belong to an organisation; a person's account points at their record.
/// </summary>
public sealed class UserAccount : IdentityUser<Guid>
{
    public Guid ProgrammeId { get; set; }
    public string DisplayName { get; set; } = "";
    public Role Role { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? PersonId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
