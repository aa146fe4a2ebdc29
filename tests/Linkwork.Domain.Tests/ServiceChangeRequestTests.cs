using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class ServiceChangeRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Provider = Guid.CreateVersion7();
    private static readonly Guid Curator = Guid.CreateVersion7();

    private static Service Lunch() => Service.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), new ServiceDetails
    {
        Name = "Lunch club",
        Description = "A hot meal and company.",
        MinimumAge = 60,
    }, Now);

    [Fact]
    public void Only_the_fields_that_differ_are_proposed()
    {
        var service = Lunch();
        var request = ServiceChangeRequest.Propose(Guid.CreateVersion7(), service, service.Details with { Description = "A hot meal, company and a quiz.", MinimumAge = 55 }, "New menu", Provider, Now);

        Assert.Equal(ChangeRequestStatus.Pending, request.Status);
        Assert.Equal([ServiceField.Description, ServiceField.MinimumAge], request.Changes.Select(c => c.Field));
        Assert.Equal("60", request.Changes[1].From);
        Assert.Equal("55", request.Changes[1].To);
    }

    [Fact]
    public void A_proposal_that_changes_nothing_or_breaks_a_rule_is_refused()
    {
        var service = Lunch();
        Assert.Throws<DomainRuleException>(() => ServiceChangeRequest.Propose(Guid.CreateVersion7(), service, service.Details, null, Provider, Now));
        Assert.Throws<DomainRuleException>(() => ServiceChangeRequest.Propose(Guid.CreateVersion7(), service, service.Details with { MaximumAge = 30 }, null, Provider, Now));
    }

    [Fact]
    public void Accepting_applies_the_proposal_over_newer_edits_to_other_fields()
    {
        var service = Lunch();
        var request = ServiceChangeRequest.Propose(Guid.CreateVersion7(), service, service.Details with { Description = "Now with a quiz." }, null, Provider, Now);
        service.Revise(service.Details with { Alert = "Closed over Christmas." }, Now.AddHours(1));

        request.Accept(service, Curator, "Thanks", Now.AddHours(2));

        Assert.Equal("Now with a quiz.", service.Details.Description);
        Assert.Equal("Closed over Christmas.", service.Details.Alert);
        Assert.Equal(ChangeRequestStatus.Accepted, request.Status);
        Assert.Equal(Curator, request.ReviewedBy);
        Assert.Equal(Now.AddHours(2), service.LastModified);
        Assert.Throws<DomainRuleException>(() => request.Reject(Curator, "Too late", Now));
    }

    [Fact]
    public void A_rejection_needs_a_reason_and_only_the_proposer_withdraws()
    {
        var service = Lunch();
        var request = ServiceChangeRequest.Propose(Guid.CreateVersion7(), service, service.Details with { Name = "Friday lunch club" }, null, Provider, Now);

        Assert.Throws<DomainRuleException>(() => request.Reject(Curator, " ", Now));
        Assert.Throws<DomainRuleException>(() => request.Withdraw(Curator, Now));
        request.Reject(Curator, "There is already a Friday club of that name.", Now);
        Assert.Equal(ChangeRequestStatus.Rejected, request.Status);
        Assert.Equal("Lunch club", service.Name);
    }

    [Fact]
    public void Ages_must_be_whole_numbers()
    {
        var details = Lunch().Details;
        Assert.Equal(18, ServiceField.MinimumAge.With(details, "18").MinimumAge);
        Assert.Null(ServiceField.MinimumAge.With(details, "").MinimumAge);
        Assert.Throws<DomainRuleException>(() => ServiceField.MinimumAge.With(details, "eighteen"));
    }
}
