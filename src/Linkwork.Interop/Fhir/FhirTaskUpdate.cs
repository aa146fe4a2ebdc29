using Hl7.Fhir.Model;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.CodeSystems;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// Reads a Task sent back by PUT (or made by a JSON Patch of the Task we serve) into the move it asks for. A provider
/// changes only status, businessStatus, statusReason and output (with the Procedure it contains): every other element
/// must say what ours says, because focus, for, owner and the rest are the referral itself, not the provider's to
/// change. businessStatus, our exact state, wins over status when it is changed; a status alone moves to the one state
/// it plainly means, and one that stands for several endings (failed, cancelled) asks for businessStatus.
/// </summary>
public static class FhirTaskUpdate
{
    /// <summary>Our code system for why a provider declined (statusReason of a rejected Task): the reason's name in kebab case.</summary>
    public const string DeclineReasonSystem = FhirCodes.LinkworkBase + "/CodeSystem/decline-reason";

    private static readonly HashSet<string> ProviderElements =
        new(["id", "meta", "text", "status", "businessStatus", "statusReason", "output", "contained", "lastModified"], StringComparer.Ordinal);

    /// <summary>The Task after a JSON Patch of the one we serve, read like a PUT's body.</summary>
    public static TaskChange Patch(string patchJson, ReferralFacts current) =>
        Read(FhirJsonPatch.Apply(FhirResources.TaskJson(current), patchJson), current);

    public static TaskChange Read(string json, ReferralFacts current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var resource = FhirJson.TryParse(json, out var problems) ?? throw FhirInputException.Malformed([.. problems]);
        if (resource is not Hl7.Fhir.Model.Task task)
        {
            throw FhirInputException.Malformed($"The body is a {resource.TypeName}; this takes a Task.");
        }

        if (task.Id != current.Id.ToString())
        {
            throw FhirInputException.Malformed($"The Task's id ('{task.Id}') must be the id in the URL ({current.Id}).");
        }

        if (task.Status is not { } status)
        {
            throw FhirInputException.Malformed("Task.status is required.");
        }

        var ours = ReferralTaskMapper.Map(current);
        var changed = Differences(task, ours);
        if (changed.Count > 0)
        {
            throw FhirInputException.Unprocessable(
                $"A Task's {string.Join(", ", changed.Select(c => "Task." + c))} cannot be changed here: the provider changes only Task.status, "
                + "businessStatus, statusReason and output (the Procedure of what was done, in Task.contained). Send the other elements as read.");
        }

        var target = Target(task, status, ours, current.State);
        var note = task.StatusReason?.Text is { } text && !string.IsNullOrWhiteSpace(text) && text != ours.StatusReason?.Text ? text.Trim() : null;
        DeclineReason? decline = null;
        if (target == OnwardReferralState.Declined)
        {
            (decline, note) = DeclineOf(task.StatusReason);
        }

        if (target == OnwardReferralState.NeedsInformation && note is null)
        {
            throw FhirInputException.Unprocessable("Putting the Task on hold asks the requester for information: write the question in statusReason.text.");
        }

        var done = WhatWasDoneOf(task, current, target);
        return new TaskChange(target, done?.Text ?? note, decline, done);
    }

    private static OnwardReferralState? Target(Hl7.Fhir.Model.Task task, Hl7.Fhir.Model.Task.TaskStatus status, Hl7.Fhir.Model.Task ours, OnwardReferralState current)
    {
        if (task.BusinessStatus is { } business)
        {
            var code = business.Coding.FirstOrDefault(c => c.System == FhirCodes.ReferralStateSystem)?.Code
                ?? throw FhirInputException.Unprocessable($"Task.businessStatus must carry a coding of {FhirCodes.ReferralStateSystem}: {Codes(Enum.GetValues<OnwardReferralState>())}.");
            if (code != ReferralStatusMap.BusinessCode(current))
            {
                return ReferralStatusMap.StateOfBusinessCode(code)
                    ?? throw FhirInputException.Unprocessable($"'{code}' is not a referral state of {FhirCodes.ReferralStateSystem}: {Codes(Enum.GetValues<OnwardReferralState>())}.");
            }
        }

        if (status == ours.Status)
        {
            return null;
        }

        return ReferralStatusMap.PlainStateOf(status)
            ?? throw FhirInputException.Unprocessable(
                $"Task.status '{FhirJson.Literal(status)}' stands for several endings: say which in businessStatus ({FhirCodes.ReferralStateSystem}): "
                + $"{Codes(ReferralStatusMap.StatesWithTaskStatus(status))}.");
    }

    private static string Codes(IEnumerable<OnwardReferralState> states) => string.Join(", ", states.Select(ReferralStatusMap.BusinessCode));

    /// <summary>Why a decline: our decline-reason coding, or text that starts with the reason ("NoCapacity: full until March").</summary>
    private static (DeclineReason Reason, string? Note) DeclineOf(CodeableConcept? statusReason)
    {
        var text = statusReason?.Text?.Trim();
        if (statusReason?.Coding.FirstOrDefault(c => c.System == DeclineReasonSystem)?.Code is { } code)
        {
            return (Named(code) ?? throw FhirInputException.Unprocessable($"'{code}' is not a decline reason of {DeclineReasonSystem}: {DeclineCodes()}."), text);
        }

        if (text is not null)
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var (head, rest) = colon < 0 ? (text, null) : (text[..colon].Trim(), text[(colon + 1)..].Trim());
            if (Named(head) is { } reason)
            {
                return (reason, string.IsNullOrEmpty(rest) ? null : rest);
            }
        }

        throw FhirInputException.Unprocessable(
            $"A decline (status rejected) needs its reason in statusReason: a coding of {DeclineReasonSystem} ({DeclineCodes()}) or text that starts with "
            + $"one of {string.Join(", ", Enum.GetNames<DeclineReason>())}, such as \"NoCapacity: full until March\".");
    }

    private static DeclineReason? Named(string name) =>
        Enum.GetValues<DeclineReason>().Cast<DeclineReason?>().FirstOrDefault(r =>
            string.Equals(r.ToString(), name.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));

    private static string DeclineCodes() => string.Join(", ", Enum.GetValues<DeclineReason>().Select(DeclineCode));

    /// <summary>"NoCapacity" → "no-capacity".</summary>
    public static string DeclineCode(DeclineReason reason) => FhirCodes.KebabCase(reason);

    private static WhatWasDone? WhatWasDoneOf(Hl7.Fhir.Model.Task task, ReferralFacts current, OnwardReferralState? target)
    {
        var ownProcedure = $"Procedure/{current.Id}";
        var sent = new List<Procedure>();
        for (var i = 0; i < task.Output.Count; i++)
        {
            var reference = (task.Output[i].Value as ResourceReference)?.Reference
                ?? throw FhirInputException.Unprocessable($"Task.output[{i}] must be a reference to the Procedure of what was done.");
            if (reference == ownProcedure)
            {
                continue;
            }

            if (!reference.StartsWith('#'))
            {
                throw FhirInputException.Unprocessable(
                    $"Task.output[{i}] refers to {reference}, which is not held here: put the Procedure in Task.contained and refer to it as #its-id.");
            }

            sent.Add(task.Contained.OfType<Procedure>().FirstOrDefault(p => p.Id == reference[1..])
                ?? throw FhirInputException.Unprocessable($"Task.output[{i}] refers to {reference}, but Task.contained has no Procedure with that id."));
        }

        if (task.Contained.Except(sent).FirstOrDefault() is { } extra)
        {
            throw FhirInputException.Unprocessable($"Task.contained may hold only the Procedure that Task.output refers to, not a {extra.TypeName}.");
        }

        if (sent.Count == 0)
        {
            return null;
        }

        if (sent.Count > 1)
        {
            throw FhirInputException.Unprocessable("Send one Procedure of what was done.");
        }

        if (target != OnwardReferralState.Completed)
        {
            throw FhirInputException.Unprocessable("A Procedure of what was done goes with completing the Task (status completed).");
        }

        var procedure = sent[0];
        if (procedure.Status != EventStatus.Completed)
        {
            throw FhirInputException.Unprocessable("The Procedure of what was done must have status completed.");
        }

        if (procedure.Subject?.Reference is { } subject && subject != $"Patient/{current.PersonId}")
        {
            throw FhirInputException.Unprocessable($"Procedure.subject names {subject}, but the Task is for Patient/{current.PersonId}.");
        }

        var snomed = procedure.Code?.Coding.FirstOrDefault(c => c.System == FhirCodes.SnomedCt);
        if (snomed is not null && !SnomedCtId.IsValid(snomed.Code))
        {
            throw FhirInputException.Unprocessable($"Procedure.code's SNOMED CT code '{snomed.Code}' is not a valid concept id.");
        }

        var words = procedure.Code?.Text ?? procedure.Code?.Coding.Select(c => c.Display).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d));
        var notes = procedure.Note.Select(n => n.Text).Where(n => !string.IsNullOrWhiteSpace(n));
        var text = string.Join(". ", new[] { words }.Concat(notes).Where(t => !string.IsNullOrWhiteSpace(t)));
        if (snomed is null && text.Length == 0)
        {
            throw FhirInputException.Unprocessable("Procedure.code must say what was done: a SNOMED CT coding or text.");
        }

        return new WhatWasDone(snomed?.Code, text.Length == 0 ? null : text);
    }

    /// <summary>The elements outside the provider's reach that differ from ours; references compare by their target, not their display.</summary>
    private static List<string> Differences(Hl7.Fhir.Model.Task theirs, Hl7.Fhir.Model.Task ours)
    {
        var (a, b) = (Comparable(theirs), Comparable(ours));
        return a.Keys.Union(b.Keys).Where(name => !(a.TryGetValue(name, out var x) && b.TryGetValue(name, out var y) && Same(x, y))).Order(StringComparer.Ordinal).ToList();
    }

    private static Dictionary<string, object> Comparable(Hl7.Fhir.Model.Task task)
    {
        var copy = (Hl7.Fhir.Model.Task)task.DeepCopy();
        ForgetDisplays(copy);
        return copy.EnumerateElements().Where(e => !ProviderElements.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
    }

    private static bool Same(object a, object b) => (a, b) switch
    {
        (Base x, Base y) => x.IsExactly(y),
        (IEnumerable<Base> x, IEnumerable<Base> y) => x.ToList().IsExactly(y.ToList()),
        _ => Equals(a, b),
    };

    private static void ForgetDisplays(Base element)
    {
        if (element is ResourceReference reference)
        {
            reference.Display = null;
        }

        foreach (var (_, value) in element.EnumerateElements())
        {
            foreach (var child in value switch { Base one => [one], IEnumerable<Base> many => many, _ => [] })
            {
                ForgetDisplays(child);
            }
        }
    }
}
