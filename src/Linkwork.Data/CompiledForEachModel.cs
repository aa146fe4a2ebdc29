using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Linkwork.Data;

/// <summary>
/// An EF compiled query, compiled once for each model it runs against. A compiled query skips the per-call work of
/// building, hashing and parameterising the LINQ tree, which is most of a hot read's CPU. EF binds one to the model
/// of the first context that runs it, and a process may open both databases (the tests do), so each model gets its own.
/// </summary>
/// <param name="compile">Compiles the query: <c>() =&gt; EF.CompileAsyncQuery(...)</c>.</param>
public sealed class CompiledForEachModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConcurrentDictionary<IModel, TQuery> compiled = new();

    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return compiled.GetOrAdd(db.Model, _ => compile());
    }
}
