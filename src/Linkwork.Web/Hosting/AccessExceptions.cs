namespace Linkwork.Web.Hosting;

/// <summary>
/// The record does not exist, or the caller may not know it does: both answer 404, so ids cannot be probed.
/// Thrown by use cases; answered by <see cref="AccessExceptionHandler"/> (API) and <see cref="AccessExceptionPageFilter"/> (pages).
/// </summary>
public sealed class RecordNotFoundException : Exception
{
    public RecordNotFoundException(string what, Guid id) : base($"There is no {what} with id {id} that you can see.") { }

    public RecordNotFoundException() { }

    public RecordNotFoundException(string message) : base(message) { }

    public RecordNotFoundException(string message, Exception innerException) : base(message, innerException) { }
}

/// <summary>The caller can see the record but their role or organisation may not do this to it (403). The message says who may.</summary>
public sealed class NotPermittedException : Exception
{
    public NotPermittedException() { }

    public NotPermittedException(string message) : base(message) { }

    public NotPermittedException(string message, Exception innerException) : base(message, innerException) { }
}
