namespace Linkwork.Interop.Fhir;

/// <summary>A reference in a transaction, resolved: to another entry of the Bundle (by its urn:uuid fullUrl) or to a record held here.</summary>
/// <param name="Type">The resource type it names.</param>
/// <param name="Id">The id of a record held here ("Patient/{id}"), or null.</param>
/// <param name="Entry">The index of the Bundle entry it names ("urn:uuid:..."), or null.</param>
public sealed record TransactionReference(string Type, Guid? Id, int? Entry);

/// <summary>One entry of a transaction Bundle: a POST of a Patient, ServiceRequest or Task, read into plain facts.</summary>
/// <param name="Index">Its place in Bundle.entry, named in every error about it.</param>
/// <param name="Type">Patient, ServiceRequest or Task.</param>
/// <param name="IfNoneExist">request.ifNoneExist, for a conditional create (of a Patient or a ServiceRequest).</param>
/// <param name="Patient">The Patient's facts, for a Patient entry.</param>
/// <param name="ServiceRequest">The ServiceRequest's facts, for a ServiceRequest entry.</param>
/// <param name="Task">The Task's facts, for a Task entry.</param>
public sealed record TransactionEntry(
    int Index, string Type, string? IfNoneExist, PatientInputFacts? Patient, ServiceRequestInput? ServiceRequest, TaskInput? Task);

/// <summary>What a ServiceRequest asks for.</summary>
/// <param name="Subject">Who for: a Patient entry or a person held here.</param>
/// <param name="Performer">Of whom: a HealthcareService held here for an onward referral; none for a referral into the programme.</param>
/// <param name="Reasons">Why, in words: code, reasonCode and their displays.</param>
/// <param name="Note">ServiceRequest.note: for the provider of an onward referral.</param>
/// <param name="SourceCode">A category coding of our referral-source system (general-practice, hospital...), if any.</param>
/// <param name="Identifier">The requester's own identifier for it (the first with a system and a value), if any: not checked yet.</param>
public sealed record ServiceRequestInput(
    TransactionReference? Subject, TransactionReference? Performer, string? Reasons, string? Note, string? SourceCode, RequesterIdentifierFacts? Identifier);

/// <summary>What a Task asks for.</summary>
/// <param name="Status">Its status: requested (send now) or draft.</param>
/// <param name="Focus">The ServiceRequest it fulfils.</param>
/// <param name="For">The person.</param>
/// <param name="Owner">The organisation asked to do it.</param>
public sealed record TaskInput(string Status, TransactionReference? Focus, TransactionReference? For, TransactionReference? Owner);

/// <summary>What the answer to one entry says: status line, where to read it, its version.</summary>
/// <param name="Status">"201 Created" or "200 OK".</param>
/// <param name="Location">Where the caller reads it, if it may.</param>
/// <param name="Version">Its version, for the ETag.</param>
public sealed record TransactionResult(string Status, string? Location, int? Version);
