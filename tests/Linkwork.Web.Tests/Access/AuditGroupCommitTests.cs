using Linkwork.Domain.Access;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Tests.Pathway;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Access;

/// <summary>Reads' audit lines are committed in groups: every caller's lines are on disk when it returns, and a group is all or nothing.</summary>
public abstract class AuditGroupCommitTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Fact]
    public async Task Every_caller_of_many_at_once_returns_with_its_lines_committed()
    {
        var commit = App.Services.GetRequiredService<AuditGroupCommit>();
        var action = "test.read." + Guid.NewGuid().ToString("N")[..8];
        var callers = Enumerable.Range(0, 60).Select(i => Task.Run(async () =>
        {
            var lines = new[] { Line(action, $"{i}-a"), Line(action, $"{i}-b") };
            await commit.CommitAsync(lines);
            // Committed before the caller goes on: a fresh context sees both lines at once.
            return await App.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == action && a.RecordId!.StartsWith(i + "-")));
        })).ToList();

        var seen = await Task.WhenAll(callers);

        Assert.All(seen, count => Assert.Equal(2, count));
        Assert.Equal(120, await App.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == action)));
    }

    [Fact]
    public async Task A_group_that_cannot_be_committed_fails_its_callers_and_leaves_no_line()
    {
        var commit = App.Services.GetRequiredService<AuditGroupCommit>();
        var action = "test.read." + Guid.NewGuid().ToString("N")[..8];
        var committed = Line(action, "committed");
        await commit.CommitAsync([committed]);
        // The database refuses the second line (its id is taken), so the whole group is refused.
        var taken = AuditEntry.Create(committed.Id, null, committed.At, AuditActorKind.System, null, action, "Test", "taken", null);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => commit.CommitAsync([Line(action, "new"), taken]));

        Assert.Equal(["committed"], await App.InDatabaseAsync(db => db.AuditEntries.Where(a => a.Action == action).Select(a => a.RecordId).ToListAsync()));
        await commit.CommitAsync([Line(action, "after")]);
        Assert.Equal(2, await App.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == action)));
    }

    private AuditEntry Line(string action, string recordId)
    {
        var now = App.Clock.GetUtcNow();
        return AuditEntry.Create(Guid.CreateVersion7(now), null, now, AuditActorKind.System, null, action, "Test", recordId, null);
    }
}

public sealed class SqliteAuditGroupCommitTests(SqliteApp app) : AuditGroupCommitTests<SqliteApp>(app);

public sealed class PostgresAuditGroupCommitTests(PostgresApp app) : AuditGroupCommitTests<PostgresApp>(app);
