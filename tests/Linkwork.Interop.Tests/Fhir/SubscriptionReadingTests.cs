using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Xunit;

namespace Linkwork.Interop.Tests.Fhir;

/// <summary>How a Subscription's criteria and body are read: what we can evaluate is taken, everything else named.</summary>
public sealed class SubscriptionReadingTests
{
    [Fact]
    public void Owner_and_status_read_as_an_organisation_and_the_referral_states_behind_the_Task_statuses()
    {
        var organisation = Guid.CreateVersion7();

        var criteria = TaskCriteria.Parse($"Task?owner=Organization/{organisation}&status=accepted,on-hold", out var problem);

        Assert.Null(problem);
        Assert.Equal(organisation, criteria!.OwnerOrganisationId);
        // accepted covers Accepted and Waitlisted (docs/fhir.md), on-hold NeedsInformation.
        Assert.Equal([OnwardReferralState.Accepted, OnwardReferralState.Waitlisted, OnwardReferralState.NeedsInformation], criteria.States.Order());
    }

    [Theory]
    [InlineData("Task")]
    [InlineData("Task?")]
    [InlineData("Task?status=completed")]
    [InlineData("Task?owner=0195f000-0000-7000-8000-000000000003")]
    [InlineData("Task?owner=Organization%2F0195f000-0000-7000-8000-000000000003&status=in-progress")]
    public void Criteria_we_evaluate_are_taken(string text)
    {
        Assert.NotNull(TaskCriteria.Parse(text, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("", "must be a Task search")]
    [InlineData("ServiceRequest?status=active", "must be a Task search")]
    [InlineData("Task?patient=Patient/1", "cannot filter by 'patient'")]
    [InlineData("Task?owner=Practitioner/x", "owner must be Organization/{id}")]
    [InlineData("Task?status=", "is not a Task status code")]
    [InlineData("Task?status=requested&status=accepted", "gives 'status' twice")]
    [InlineData("Task?status=ready", "matches no state")]
    public void Criteria_we_cannot_evaluate_are_named(string text, string expected)
    {
        Assert.Null(TaskCriteria.Parse(text, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_subscription_is_written_as_a_strict_R4_Subscription_that_reads_back_as_the_same_request()
    {
        var facts = new SubscriptionFacts(Guid.CreateVersion7(), Active: true, "Task?status=completed", "Close our cases", null,
            "https://hooks.example.org/linkwork", ["Authorization: Bearer abc"], WithPayload: true, DateTimeOffset.UtcNow);

        var json = SubscriptionMapper.Json(facts).Replace("\"status\":\"active\"", "\"status\":\"requested\"", StringComparison.Ordinal);
        var request = SubscriptionMapper.Read(json, out var problems);

        Assert.Empty(problems);
        Assert.Equal(new SubscriptionRequest("requested", "Task?status=completed", "Close our cases", "https://hooks.example.org/linkwork", request!.Headers, true), request);
        Assert.Equal(["Authorization: Bearer abc"], request.Headers);
    }

    [Fact]
    public void A_subscription_in_error_says_so_with_its_reason()
    {
        var facts = new SubscriptionFacts(Guid.CreateVersion7(), Active: false, "Task", "r", "failed 10 times", "https://x.example", [], WithPayload: false, DateTimeOffset.UtcNow);

        var subscription = SubscriptionMapper.Map(facts);

        Assert.Equal(Hl7.Fhir.Model.Subscription.SubscriptionStatus.Error, subscription.Status);
        Assert.Equal("failed 10 times", subscription.Error);
        Assert.Null(subscription.Channel.Payload);
    }
}
