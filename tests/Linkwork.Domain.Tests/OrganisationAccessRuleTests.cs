using Linkwork.Domain.Access;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class OrganisationAccessRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid ProgrammeId = Guid.CreateVersion7();
    private static readonly Organisation Team = Organisation.Create(Guid.CreateVersion7(), ProgrammeId, "Social prescribing team", OrganisationKind.Programme, Now);
    private static readonly Organisation FoodBank = Organisation.Create(Guid.CreateVersion7(), ProgrammeId, "Food bank", OrganisationKind.Provider, Now);
    private static readonly Organisation Gardens = Organisation.Create(Guid.CreateVersion7(), ProgrammeId, "Community gardens", OrganisationKind.Provider, Now);

    [Fact]
    public void Provider_staff_act_for_their_own_organisation_only()
    {
        Assert.True(OrganisationAccessRule.Allows(ProgrammeId, FoodBank.Id, OrganisationKind.Provider, Role.ProviderStaff, FoodBank));
        Assert.False(OrganisationAccessRule.Allows(ProgrammeId, FoodBank.Id, OrganisationKind.Provider, Role.ProviderStaff, Gardens));
    }

    [Theory]
    [InlineData(Role.LinkWorker)]
    [InlineData(Role.Supervisor)]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Administrator)]
    public void The_programme_team_acts_for_every_organisation_in_its_programme(Role role) =>
        Assert.True(OrganisationAccessRule.Allows(ProgrammeId, Team.Id, OrganisationKind.Programme, role, Gardens));

    [Fact]
    public void Nobody_acts_across_programmes()
    {
        var elsewhere = Organisation.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), "Elsewhere", OrganisationKind.Provider, Now);
        Assert.False(OrganisationAccessRule.Allows(ProgrammeId, Team.Id, OrganisationKind.Programme, Role.Administrator, elsewhere));
    }

    [Fact]
    public void A_referrer_in_the_programme_team_organisation_is_still_only_a_member()
    {
        // Only team roles widen access: a referrer account filed under the team sees the team's own records.
        Assert.False(OrganisationAccessRule.Allows(ProgrammeId, Team.Id, OrganisationKind.Programme, Role.Referrer, FoodBank));
        Assert.True(OrganisationAccessRule.Allows(ProgrammeId, Team.Id, OrganisationKind.Programme, Role.Referrer, Team));
    }

    [Fact]
    public void Without_a_role_nothing_is_allowed() =>
        Assert.False(OrganisationAccessRule.Allows(ProgrammeId, FoodBank.Id, OrganisationKind.Provider, null, FoodBank));
}
