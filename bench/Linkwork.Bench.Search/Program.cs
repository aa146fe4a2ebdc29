using System.Diagnostics;
using System.Globalization;
using Linkwork.Bench.Search;
using Linkwork.Data.Search;

// Directory search benchmark: builds the in-memory index over N synthetic services and times each class of
// query. Usage: bench/search.sh [--services N] [--queries N] [--seed N] [--only CLASS]
// (--only 1..9 times a single class, for profiling; --emit-http DIR writes the target mix's --queries queries
// per class as URLs and SQL for bench/http.sh instead).
var services = Option("--services", 1_000_000);
var queries = Option("--queries", 2_000);
var seed = Option("--seed", 2026);
var only = Option("--only", 0);
var today = new DateOnly(2026, 11, 24);
var culture = CultureInfo.InvariantCulture;

var emit = Array.IndexOf(args, "--emit-http");
if (emit >= 0)
{
    // The target mix as URL and SQL files for bench/http.sh; builds no index.
    var terms = new SyntheticDirectory(1_000, seed);
    HttpMixFiles.Write(new QueryMix(terms, seed), terms, args[emit + 1], queries);
    return;
}

Console.WriteLine(string.Create(culture, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}"));
var directory = new SyntheticDirectory(services, seed);
System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
var before = GC.GetTotalMemory(forceFullCollection: true);
var build = Stopwatch.StartNew();
using var index = DirectorySearchIndex.Build(directory.Services());
build.Stop();
// Building leaves a lot of garbage (every generated document); an aggressive collection compacts and
// gives the freed memory back to the system, as a host should do once after loading the index.
GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
var heap = GC.GetTotalMemory(forceFullCollection: true) - before;
using var process = Process.GetCurrentProcess();
process.Refresh();
Console.WriteLine(string.Create(culture, $"services generated: {services:N0}; indexed (active or temporarily closed): {index.Count:N0}"));
Console.WriteLine(string.Create(culture, $"build (generation included): {build.Elapsed.TotalSeconds:F1} s; managed heap after full GC: {heap / 1048576.0:F0} MiB; working set: {process.WorkingSet64 / 1048576.0:F0} MiB"));
Console.WriteLine(index.Statistics());
Console.WriteLine();

var probe = Array.IndexOf(args, "--text");
if (probe >= 0)
{
    // Times individual text queries, for tuning: --text "food bank|counselling|walking group"
    foreach (var text in args[probe + 1].Split('|'))
    {
        var timings = new double[queries];
        var found = 0;
        for (var i = -100; i < queries; i++)
        {
            var start = Stopwatch.GetTimestamp();
            found = index.Search(new SearchQuery { Text = text }, today).Total;
            if (i >= 0)
            {
                timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        Array.Sort(timings);
        Console.WriteLine(index.Explain(text));
        Console.WriteLine(string.Create(culture, $"{text}: p50 {Percentile(timings, 0.5):F2} ms, p99 {Percentile(timings, 0.99):F2} ms, {found:N0} matches"));
    }

    return;
}

var mix = new QueryMix(directory, seed);
if (args.Contains("--breakdown"))
{
    // Times the second class text by text, for tuning.
    var pickOnly = Environment.GetEnvironmentVariable("BENCH_PICK");
    foreach (var (pick, byNeed) in QueryMix.TextWithNeed.SelectMany(p => new[] { (p, true), (p, false) }))
    {
        if (pickOnly is not null && $"{pick.Text} {(byNeed ? "need" : "taxonomy")}" != pickOnly)
        {
            continue;
        }

        var random = mix.NewRandom(99);
        var timings = new double[queries];
        for (var i = -50; i < queries; i++)
        {
            var query = mix.TextRadiusNeedAge(random, pick, byNeed);
            var start = ThreadClock.IsAvailable ? ThreadClock.Milliseconds() : 0;
            index.Search(query, today);
            if (i >= 0)
            {
                timings[i] = ThreadClock.Milliseconds() - start;
            }
        }

        Array.Sort(timings);
        Console.WriteLine(string.Create(culture, $"{pick.Text} + {(byNeed ? "need" : "taxonomy")}: CPU p50 {Percentile(timings, 0.5):F2} ms, p99 {Percentile(timings, 0.99):F2} ms; {index.Explain(pick.Text).Replace('\n', ' ')}"));
    }

    return;
}

Console.WriteLine(string.Create(culture, $"| query class | runs | p50 ms | p99 ms | mean ms | CPU p50 ms | CPU p99 ms | mean matches |"));
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
var salt = 0;
var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
var allocated = GC.GetTotalAllocatedBytes();
var paused = GC.GetTotalPauseDuration();
foreach (var (name, inTargetMix, next) in mix.Classes)
{
    var random = mix.NewRandom(++salt);
    if (only != 0 && only != salt)
    {
        continue;
    }

    // Warm up long enough for every code path of the class to reach the JIT's optimised tier.
    for (var i = 0; i < Math.Max(1_000, queries / 2); i++)
    {
        index.Search(next(random), today);
    }

    var times = new double[queries];
    var cpu = new double[queries];
    long matches = 0;
    for (var i = 0; i < queries; i++)
    {
        var query = next(random);
        var cpuStart = ThreadClock.Milliseconds();
        var start = Stopwatch.GetTimestamp();
        var results = index.Search(query, today);
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        cpu[i] = ThreadClock.Milliseconds() - cpuStart;
        matches += results.Total;
    }

    if (Environment.GetEnvironmentVariable("BENCH_SLOWEST") is not null)
    {
        Console.WriteLine("slowest: " + string.Join(", ", cpu.Select((t, i) => (t, i)).OrderByDescending(p => p.t).Take(8).Select(p => string.Create(culture, $"#{p.i} {p.t:F1}ms"))));
    }

    Array.Sort(times);
    Array.Sort(cpu);
    var cpuColumns = ThreadClock.IsAvailable ? string.Create(culture, $"{Percentile(cpu, 0.50):F2} | {Percentile(cpu, 0.99):F2}") : "– | –";
    Console.WriteLine(string.Create(culture,
        $"| {name}{(inTargetMix ? " *" : string.Empty)} | {queries:N0} | {Percentile(times, 0.50):F2} | {Percentile(times, 0.99):F2} | {times.Average():F2} | {cpuColumns} | {matches / queries:N0} |"));
}

Console.WriteLine();
Console.WriteLine("* the target mix: p99 ≤ 5 ms each over 1,000,000 services on 2 cores.");
Console.WriteLine(string.Create(culture, $"load average at the end (other work on the machine inflates wall-clock times, not CPU times): {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown")}"));
var searches = mix.Classes.Count * (queries + Math.Max(1_000, queries / 2));
Console.WriteLine(string.Create(culture,
    $"garbage collections while searching: gen0 {GC.CollectionCount(0) - collections.Item1}, gen1 {GC.CollectionCount(1) - collections.Item2}, gen2 {GC.CollectionCount(2) - collections.Item3}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F1} ms in all; allocated {(GC.GetTotalAllocatedBytes() - allocated) / (double)searches / 1024:F0} KiB per search"));

if (only != 0)
{
    return;
}

// Throughput: the target mix from as many threads as there are cores.
var threads = Environment.ProcessorCount;
var perThread = queries * 2;
var clock = Stopwatch.StartNew();
Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
{
    var random = mix.NewRandom(1_000 + t);
    var targetMix = mix.Classes.Where(c => c.InTargetMix).ToArray();
    for (var i = 0; i < perThread; i++)
    {
        index.Search(targetMix[i % targetMix.Length].Next(random), today);
    }
});
clock.Stop();
Console.WriteLine(string.Create(culture, $"throughput, target mix on {threads} threads: {threads * perThread / clock.Elapsed.TotalSeconds:N0} searches/s"));

static double Percentile(double[] sorted, double fraction) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
