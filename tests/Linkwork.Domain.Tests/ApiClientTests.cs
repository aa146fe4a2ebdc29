using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class ApiClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly string Hash = new('a', 64);

    private static ApiClient Create(Role role = Role.IntegratingSystem, int days = 30) =>
        ApiClient.Create(Guid.CreateVersion7(), "EMIS bridge", role, Guid.CreateVersion7(), Hash, Now, TimeSpan.FromDays(days));

    [Fact]
    public void A_client_is_active_until_it_expires()
    {
        var client = Create(days: 30);

        Assert.Equal(ApiClientStanding.Active, client.StandingAt(Now.AddDays(29)));
        Assert.Equal(ApiClientStanding.Expired, client.StandingAt(Now.AddDays(30)));
    }

    [Fact]
    public void A_revoked_client_stays_revoked_and_cannot_be_revoked_twice()
    {
        var client = Create();
        client.Revoke(Now.AddHours(1));

        Assert.Equal(ApiClientStanding.Revoked, client.StandingAt(Now.AddHours(2)));
        Assert.Throws<DomainRuleException>(() => client.Revoke(Now.AddHours(3)));
    }

    [Fact]
    public void People_sign_in_for_themselves_so_no_client_holds_the_person_role() =>
        Assert.Throws<DomainRuleException>(() => Create(Role.Person));

    [Fact]
    public void A_token_must_live_for_some_time() =>
        Assert.Throws<DomainRuleException>(() => Create(days: 0));

    [Theory]
    [InlineData("link-worker", Role.LinkWorker)]
    [InlineData("LINK_WORKER", Role.LinkWorker)]
    [InlineData("provider staff", Role.ProviderStaff)]
    [InlineData("integratingsystem", Role.IntegratingSystem)]
    public void Role_names_parse_in_the_forms_people_type(string text, Role expected)
    {
        Assert.True(Roles.TryParse(text, out var role));
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData("doctor")]
    [InlineData("3")]
    [InlineData("")]
    public void Unknown_roles_do_not_parse(string text) => Assert.False(Roles.TryParse(text, out _));
}

public sealed class RoleTests
{
    [Theory]
    [InlineData(Role.LinkWorker, true)]
    [InlineData(Role.Administrator, true)]
    [InlineData(Role.ProviderStaff, true)]
    [InlineData(Role.Person, false)]
    [InlineData(Role.IntegratingSystem, false)]
    public void Staff_are_everyone_but_the_person_supported_and_systems(Role role, bool staff) =>
        Assert.Equal(staff, role.IsStaff());
}
