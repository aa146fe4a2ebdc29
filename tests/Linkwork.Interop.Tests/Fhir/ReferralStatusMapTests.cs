using Hl7.Fhir.Utility;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Xunit;
using TaskStatus = Hl7.Fhir.Model.Task.TaskStatus;

namespace Linkwork.Interop.Tests.Fhir;

/// <summary>Every onward referral state reads as a Task status, a businessStatus and a ServiceRequest status (docs/fhir.md).</summary>
public sealed class ReferralStatusMapTests
{
    // Driven by the enum: a state added to the domain without a mapping fails here.
    public static TheoryData<OnwardReferralState> EveryState => [.. Enum.GetValues<OnwardReferralState>()];

    [Theory]
    [MemberData(nameof(EveryState))]
    public void Every_state_maps_to_a_task_a_business_status_and_a_request(OnwardReferralState state)
    {
        var task = ReferralTaskMapper.Map(FhirSamples.Referral(state));
        var request = ReferralServiceRequestMapper.Map(FhirSamples.Referral(state));

        Assert.NotNull(task.Status);
        Assert.NotNull(request.Status);
        Assert.Equal(FhirCodes.ReferralStateSystem, task.BusinessStatus!.Coding.Single().System);
        Assert.Equal(state.ToString(), task.BusinessStatus!.Coding.Single().Display);
        // The IG: statusReason.text whenever the Task is rejected, cancelled, on hold or failed.
        if (task.Status is TaskStatus.Rejected or TaskStatus.Cancelled or TaskStatus.OnHold or TaskStatus.Failed)
        {
            Assert.False(string.IsNullOrWhiteSpace(task.StatusReason?.Text), $"{state} needs a statusReason.text");
        }
        else
        {
            Assert.Null(task.StatusReason);
        }
    }

    [Theory]
    [InlineData(OnwardReferralState.Draft, "draft", "draft")]
    [InlineData(OnwardReferralState.Sent, "requested", "active")]
    [InlineData(OnwardReferralState.Opened, "received", "active")]
    [InlineData(OnwardReferralState.Accepted, "accepted", "active")]
    [InlineData(OnwardReferralState.Waitlisted, "accepted", "active")]
    [InlineData(OnwardReferralState.NeedsInformation, "on-hold", "active")]
    [InlineData(OnwardReferralState.Declined, "rejected", "revoked")]
    [InlineData(OnwardReferralState.Engaged, "in-progress", "active")]
    [InlineData(OnwardReferralState.Completed, "completed", "completed")]
    [InlineData(OnwardReferralState.LeftEarly, "failed", "revoked")]
    [InlineData(OnwardReferralState.CouldNotContact, "failed", "revoked")]
    [InlineData(OnwardReferralState.DidNotAttend, "failed", "revoked")]
    [InlineData(OnwardReferralState.NoLongerInterested, "cancelled", "revoked")]
    [InlineData(OnwardReferralState.Rerouted, "cancelled", "revoked")]
    [InlineData(OnwardReferralState.Withdrawn, "cancelled", "revoked")]
    [InlineData(OnwardReferralState.Expired, "cancelled", "revoked")]
    [InlineData(OnwardReferralState.EnteredInError, "entered-in-error", "entered-in-error")]
    public void The_table_in_the_docs_holds(OnwardReferralState state, string taskStatus, string requestStatus)
    {
        var task = ReferralTaskMapper.Map(FhirSamples.Referral(state));
        var request = ReferralServiceRequestMapper.Map(FhirSamples.Referral(state));

        Assert.Equal(taskStatus, task.Status!.Value.GetLiteral());
        Assert.Equal(requestStatus, request.Status!.Value.GetLiteral());
    }

    [Fact]
    public void The_table_in_the_docs_names_every_state()
    {
        var docs = File.ReadAllText(Path.Combine(Linkwork.Tests.RepositoryPaths.Root, "docs", "fhir.md"));

        foreach (var state in Enum.GetValues<OnwardReferralState>())
        {
            Assert.Contains($"| {state} | `{ReferralStatusMap.BusinessCode(state)}` |", docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_status_search_code_finds_every_state_it_stands_for_and_an_unknown_code_none()
    {
        Assert.Equal([OnwardReferralState.LeftEarly, OnwardReferralState.CouldNotContact, OnwardReferralState.DidNotAttend],
            FhirResources.StatesForTaskStatus("failed")!.Order());
        Assert.Equal([OnwardReferralState.Sent], FhirResources.StatesForTaskStatus("requested"));
        Assert.Null(FhirResources.StatesForTaskStatus("finished"));
        Assert.Null(FhirResources.StatesForServiceRequestStatus("requested"));
        Assert.Contains(OnwardReferralState.Engaged, FhirResources.StatesForServiceRequestStatus("active")!);
    }
}
