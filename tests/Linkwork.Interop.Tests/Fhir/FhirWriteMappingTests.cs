using Hl7.Fhir.Model;
using Linkwork.Domain.Coding;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Xunit;

namespace Linkwork.Interop.Tests.Fhir;

/// <summary>What the writes read back: a Patient we serve reads into the same facts, a Procedure and a completed Task round-trip, and a Task sent back unchanged asks for no move.</summary>
public sealed class FhirWriteMappingTests
{
    [Fact]
    public void A_patient_we_serve_reads_back_into_the_facts_it_was_made_from()
    {
        var facts = FhirSamples.Patient();

        var read = FhirPatientInput.Read(FhirJson.Serialize(PatientMapper.Map(facts)));

        Assert.Equal((facts.GivenName, facts.FamilyName, facts.PreferredName, facts.BirthDate, facts.Sex), (read.GivenName, read.FamilyName, read.PreferredName, read.BirthDate!.Value, read.Sex));
        Assert.Equal(facts.NhsNumber!.Value.Value, read.NhsNumber);
        Assert.Equal(("https://fhir.example.org/riverside", "R-1032702"), read.LocalIdentifiers[0]);
        Assert.Equal(("Riverside Surgery", "1032702"), read.LocalIdentifiers[1]);
        Assert.Equal("01709 555555", read.Phone);
        Assert.Equal("colin@example.org", read.Email);
        Assert.Equal(facts.AddressLines, read.AddressLines);
        Assert.Equal((facts.Postcode, facts.Language, facts.InterpreterNeeded), (read.Postcode, read.Language, read.InterpreterNeeded));
    }

    [Fact]
    public void The_requesters_identifier_is_served_on_the_service_request_and_read_back_from_a_transaction()
    {
        var identifier = new RequesterIdentifierFacts("https://ehr.example.org/referrals", "ORD-1");
        var served = ReferralServiceRequestMapper.Map(FhirSamples.Referral(OnwardReferralState.Sent) with { RequesterIdentifier = identifier });
        Assert.Equal((identifier.System, identifier.Value), (Assert.Single(served.Identifier).System, served.Identifier[0].Value));
        Assert.Empty(ReferralServiceRequestMapper.Map(FhirSamples.Referral(OnwardReferralState.Sent)).Identifier);

        // Sent back in a transaction, the first identifier with both parts is the one read; the condition comes as sent.
        served.Identifier.Insert(0, new Identifier { Type = new CodeableConcept { Text = "Order number" } });
        const string condition = "identifier=https://ehr.example.org/referrals|ORD-1";
        string Transaction() => FhirJson.Serialize(new Bundle
        {
            Type = Bundle.BundleType.Transaction,
            Entry = [new Bundle.EntryComponent
            {
                FullUrl = "urn:uuid:0d000000-0000-4000-8000-000000000001", Resource = served,
                Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.POST, Url = "ServiceRequest", IfNoneExist = condition },
            }],
        });
        var entry = Assert.Single(FhirTransaction.Read(Transaction()));
        Assert.Equal(identifier, entry.ServiceRequest!.Identifier);
        Assert.Equal(condition, entry.IfNoneExist);

        served.Identifier.Insert(0, new Identifier { Value = "ORD-2" });
        var refused = Assert.Throws<FhirInputException>(() => FhirTransaction.Read(Transaction()));
        Assert.Equal(422, refused.Status);
        Assert.StartsWith("Bundle.entry[0]: ServiceRequest.identifier[0] has a value and no system", refused.Diagnostics[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_procedure_and_a_completed_task_round_trip_strictly_and_point_at_each_other()
    {
        var referral = FhirSamples.Referral(OnwardReferralState.Completed, SdohCategory.FoodInsecurity);
        var procedure = ProcedureMapper.Map(new ProcedureFacts(referral.Id, referral.Version, referral.UpdatedAt, referral.PersonId, referral.PersonName,
            referral.OrganisationId, referral.OrganisationName, referral.ServiceName, "710925007", "Provision of food", referral.Needs));
        var task = ReferralTaskMapper.Map(referral);

        foreach (Resource resource in new Resource[] { procedure, task })
        {
            var json = FhirJson.Serialize(resource);
            var parsed = FhirJson.TryParse(json, out var problems);
            Assert.Empty(problems);
            Assert.Equal(json, FhirJson.Serialize(parsed!));
        }

        Assert.Equal($"Procedure/{referral.Id}", ((ResourceReference)task.Output.Single().Value).Reference);
        Assert.Equal($"ServiceRequest/{referral.Id}", procedure.BasedOn.Single().Reference);
        Assert.Equal(["410606002", "food-insecurity"], procedure.Category!.Coding.Select(c => c.Code));
    }

    [Theory]
    [InlineData(OnwardReferralState.Opened)]
    [InlineData(OnwardReferralState.Waitlisted)]
    [InlineData(OnwardReferralState.Declined)]
    [InlineData(OnwardReferralState.Completed)]
    public void A_task_sent_back_as_served_asks_for_no_move(OnwardReferralState state)
    {
        var referral = FhirSamples.Referral(state);

        var change = FhirTaskUpdate.Read(FhirResources.TaskJson(referral), referral);

        Assert.Null(change.Target);
        Assert.Null(change.WhatWasDone);
    }

    [Fact]
    public void A_json_patch_is_applied_in_order_and_a_failed_test_refuses_all_of_it()
    {
        var referral = FhirSamples.Referral(OnwardReferralState.Opened);

        var accepted = FhirTaskUpdate.Patch("""[{"op":"test","path":"/status","value":"received"},{"op":"replace","path":"/status","value":"accepted"}]""", referral);
        var refused = Assert.Throws<FhirInputException>(() =>
            FhirTaskUpdate.Patch("""[{"op":"replace","path":"/status","value":"accepted"},{"op":"test","path":"/status","value":"received"}]""", referral));

        Assert.Equal(OnwardReferralState.Accepted, accepted.Target);
        Assert.Equal(422, refused.Status);
        Assert.StartsWith("Patch operation 1:", refused.Diagnostics.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Business_status_names_the_move_and_a_decline_reads_its_reason_from_our_own_words()
    {
        var referral = FhirSamples.Referral(OnwardReferralState.Opened);
        var task = ReferralTaskMapper.Map(referral);
        task.Status = Hl7.Fhir.Model.Task.TaskStatus.Rejected;
        task.BusinessStatus = new CodeableConcept(FhirCodes.ReferralStateSystem, "declined");
        task.StatusReason = new CodeableConcept { Text = "OutOfArea: lives in Doncaster" };

        var change = FhirTaskUpdate.Read(FhirJson.Serialize(task), referral);

        Assert.Equal((OnwardReferralState.Declined, DeclineReason.OutOfArea, "lives in Doncaster"), (change.Target!.Value, change.DeclineReason!.Value, change.Note));
    }
}
