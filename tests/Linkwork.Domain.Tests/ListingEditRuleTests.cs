using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class ListingEditRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid ProgrammeId = Guid.CreateVersion7();
    private static readonly Organisation Team = Organisation.Create(Guid.CreateVersion7(), ProgrammeId, "Team", OrganisationKind.Programme, Now);
    private static readonly Organisation FoodBank = Organisation.Create(Guid.CreateVersion7(), ProgrammeId, "Food bank", OrganisationKind.Provider, Now);
    private static readonly Organisation Gardens = Organisation.Create(Guid.CreateVersion7(), ProgrammeId, "Gardens", OrganisationKind.Provider, Now);

    [Theory]
    [InlineData(Role.ProviderStaff, "own", false, true)]
    [InlineData(Role.ProviderStaff, "own", true, false)]
    [InlineData(Role.ProviderStaff, "other", false, false)]
    [InlineData(Role.Supervisor, "team", true, true)]
    [InlineData(Role.Administrator, "team", true, true)]
    [InlineData(Role.LinkWorker, "team", false, false)]
    [InlineData(Role.Analyst, "team", false, false)]
    [InlineData(Role.Referrer, "own", false, false)]
    public void Providers_edit_their_own_and_curators_review_everything(Role role, string memberOf, bool curatorsOnly, bool allowed)
    {
        var organisation = memberOf switch { "own" => FoodBank, "other" => Gardens, _ => Team };
        Assert.Equal(allowed, ListingEditRule.Allows(ProgrammeId, organisation.Id, organisation.Kind, role, FoodBank, curatorsOnly));
    }

    [Fact]
    public void A_curator_of_another_programme_is_refused() =>
        Assert.False(ListingEditRule.Allows(Guid.CreateVersion7(), Team.Id, OrganisationKind.Programme, Role.Administrator, FoodBank, curatorsOnly: true));

    [Theory]
    [InlineData(Role.Supervisor, OrganisationKind.Programme, true)]
    [InlineData(Role.Administrator, OrganisationKind.Programme, true)]
    [InlineData(Role.Supervisor, OrganisationKind.Provider, false)]
    [InlineData(Role.ProviderStaff, OrganisationKind.Provider, false)]
    [InlineData(Role.LinkWorker, OrganisationKind.Programme, false)]
    public void A_place_no_organisation_claims_is_only_the_programme_curators_to_change(Role role, OrganisationKind memberOf, bool allowed) =>
        Assert.Equal(allowed, ListingEditRule.AllowsUnclaimed(memberOf, role));
}
