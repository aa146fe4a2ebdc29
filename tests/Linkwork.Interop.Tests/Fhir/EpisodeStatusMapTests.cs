using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using Linkwork.Domain.Coding;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Xunit;
using TaskStatus = Hl7.Fhir.Model.Task.TaskStatus;

namespace Linkwork.Interop.Tests.Fhir;

/// <summary>A referral into the programme as the team's Task and the referrer's ServiceRequest (docs/fhir.md).</summary>
public sealed class EpisodeStatusMapTests
{
    // Driven by the enum: a state added to the domain without a mapping fails here.
    public static TheoryData<EpisodeState> EveryState => [.. Enum.GetValues<EpisodeState>()];

    [Theory]
    [MemberData(nameof(EveryState))]
    public void Every_state_maps_to_a_task_a_business_status_and_a_request_that_parse_back_strictly(EpisodeState state)
    {
        var task = EpisodeTaskMapper.Map(FhirSamples.Episode(state));
        var request = EpisodeServiceRequestMapper.Map(FhirSamples.Episode(state));

        Assert.Equal(FhirCodes.EpisodeStateSystem, task.BusinessStatus!.Coding.Single().System);
        Assert.Equal(state.ToString(), task.BusinessStatus.Coding.Single().Display);
        // The IG: statusReason.text whenever the Task is rejected, cancelled, on hold or failed.
        if (task.Status is TaskStatus.Rejected or TaskStatus.Cancelled or TaskStatus.OnHold or TaskStatus.Failed)
        {
            Assert.False(string.IsNullOrWhiteSpace(task.StatusReason?.Text), $"{state} needs a statusReason.text");
        }

        foreach (Resource resource in new Resource[] { task, request })
        {
            var json = FhirJson.Serialize(resource);
            Assert.Equal(json, FhirJson.Serialize(FhirJson.TryParse(json, out var problems)!));
            Assert.Empty(problems);
        }
    }

    [Theory]
    [InlineData(EpisodeState.Received, "requested", "active", "received")]
    [InlineData(EpisodeState.Contacting, "received", "active", "contacting")]
    [InlineData(EpisodeState.Accepted, "accepted", "active", "accepted")]
    [InlineData(EpisodeState.Declined, "rejected", "revoked", "declined")]
    [InlineData(EpisodeState.UnableToContact, "failed", "revoked", "unable-to-contact")]
    [InlineData(EpisodeState.Assessing, "in-progress", "active", "assessing")]
    [InlineData(EpisodeState.Active, "in-progress", "active", "active")]
    [InlineData(EpisodeState.Discharged, "completed", "completed", "discharged")]
    [InlineData(EpisodeState.EnteredInError, "entered-in-error", "entered-in-error", "entered-in-error")]
    public void The_table_in_the_docs_holds(EpisodeState state, string taskStatus, string requestStatus, string businessCode)
    {
        var task = EpisodeTaskMapper.Map(FhirSamples.Episode(state));
        var request = EpisodeServiceRequestMapper.Map(FhirSamples.Episode(state));

        Assert.Equal(taskStatus, task.Status!.Value.GetLiteral());
        Assert.Equal(requestStatus, request.Status!.Value.GetLiteral());
        Assert.Equal(businessCode, task.BusinessStatus!.Coding.Single().Code);
    }

    [Fact]
    public void The_team_is_asked_by_the_referrer_for_the_person_with_the_source_reasons_and_needs()
    {
        var facts = FhirSamples.Episode(EpisodeState.Assessing, null, SdohCategory.SocialConnection);
        var task = EpisodeTaskMapper.Map(facts);
        var request = EpisodeServiceRequestMapper.Map(facts);

        Assert.Equal($"Organization/{facts.TeamId}", task.Owner!.Reference);
        Assert.Equal($"Organization/{facts.TeamId}", request.Performer.Single().Reference);
        Assert.Equal($"Organization/{facts.RequesterOrganisationId}", task.Requester!.Reference);
        Assert.Equal("Dr Priya Shah", request.Requester!.Display);
        Assert.Equal($"ServiceRequest/{facts.Id}", task.Focus!.Reference);
        Assert.Equal($"Patient/{facts.PersonId}", request.Subject!.Reference);
        Assert.Equal("Lonely since his wife died", request.ReasonCode.Single().Text);
        Assert.Equal(FhirCodes.ReferralToSocialPrescribing, request.Code!.Coding.Single().Code);
        var categories = request.Category.SelectMany(c => c.Coding).Select(c => (c.System, c.Code)).ToList();
        Assert.Contains((FhirTransaction.ReferralSourceSystem, "general-practice"), categories);
        Assert.Contains((FhirCodes.SdohTemporaryCodes, "social-connection"), categories);
        Assert.Equal("3", task.Meta!.VersionId);
        Assert.Null(task.StatusReason);
    }

    [Fact]
    public void A_self_referral_is_requested_by_the_person_and_a_discharge_says_why_it_ended()
    {
        var facts = FhirSamples.Episode(EpisodeState.Discharged, "MovedAway: to Leeds") with
        {
            Source = ReferralSource.SelfReferral, RequesterOrganisationId = null, RequesterName = null,
        };
        var task = EpisodeTaskMapper.Map(facts);

        Assert.Equal($"Patient/{facts.PersonId}", task.Requester!.Reference);
        Assert.Equal("MovedAway: to Leeds", task.StatusReason!.Text);
        Assert.Equal(TaskStatus.Completed, task.Status);
        Assert.Null(EpisodeTaskMapper.Map(facts with { Source = ReferralSource.Community }).Requester);
    }

    [Theory]
    [InlineData(EpisodeState.Declined, null, "Lives out of area", "Lives out of area")]
    [InlineData(EpisodeState.Discharged, DischargeReason.MovedAway, "to Leeds", "MovedAway: to Leeds")]
    [InlineData(EpisodeState.Discharged, DischargeReason.GoalsMet, null, "GoalsMet")]
    [InlineData(EpisodeState.EnteredInError, null, "Wrong person", "Wrong person")]
    // A working note recorded with a move that ends nothing is the team's: the referrer never sees it.
    [InlineData(EpisodeState.Contacting, null, "Left a voicemail, mentioned her son", null)]
    [InlineData(EpisodeState.Accepted, null, "Keen to start", null)]
    public void The_status_reason_is_the_words_of_a_move_that_ends_the_episode_only(EpisodeState state, DischargeReason? discharged, string? note, string? expected) =>
        Assert.Equal(expected, EpisodeStatusMap.StatusReason(state, discharged, note));
}
