using Linkwork.Data;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Hosting;

/// <summary>
/// <see cref="Web.Hosting.SqlitePlannerStatistics"/> gives SQLite's planner row counts per index. Without them it guessed that the programme's index
/// (programme and state) beat the person's for a person's open episode, and scanned the programme's episodes inside
/// every FHIR referral's write.
/// </summary>
public sealed class SqlitePlannerTests(SqliteApp app) : AppTests<SqliteApp>(app)
{
    [Fact]
    public async Task A_persons_open_episode_is_found_through_the_persons_index()
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        // As the app does once it serves (the test app's host started before its demo landed).
        await Web.Hosting.SqlitePlannerStatistics.RefreshAsync(db, TestContext.Current.CancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var explain = connection.CreateCommand();
        // The shape of the FHIR transaction's lookup (ProcessTransaction): programme, person, open states, newest first.
        explain.CommandText = """
            EXPLAIN QUERY PLAN SELECT id FROM episodes WHERE programme_id = $programme AND person_id = $person
            AND state IN ('Accepted', 'Assessing', 'Active') ORDER BY created_at DESC LIMIT 1
            """;
        foreach (var name in new[] { "$programme", "$person" })
        {
            var parameter = explain.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, Guid.NewGuid().ToString().ToUpperInvariant());
            explain.Parameters.Add(parameter);
        }

        var plan = new List<string>();
        await using (var steps = await explain.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await steps.ReadAsync(TestContext.Current.CancellationToken))
            {
                plan.Add(steps.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.Contains("ix_episodes_person_id", StringComparison.Ordinal));
    }
}
