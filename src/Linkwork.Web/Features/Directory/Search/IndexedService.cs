using Linkwork.Data.Search;

namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// What the directory's in-memory indexes keep about one service: its search document, and the ids of its
/// service_at_location records in their stored order (for <see cref="ServiceAtLocationMap"/>).
/// </summary>
public sealed record IndexedService(SearchDocument Document, IReadOnlyList<Guid> ServiceAtLocationIds);
