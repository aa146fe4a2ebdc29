using System.Runtime.InteropServices;

namespace Linkwork.Bench.Search;

/// <summary>
/// CPU time used by the current thread (Linux CLOCK_THREAD_CPUTIME_ID). On a machine shared with other work,
/// wall-clock latency includes time spent waiting for a core; CPU time shows what a query costs by itself.
/// Elsewhere it reports nothing and the benchmark shows wall-clock times only.
/// </summary>
internal static partial class ThreadClock
{
    private const int ClockThreadCpuTime = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Milliseconds of CPU time this thread has used.</summary>
    public static double Milliseconds() => TryRead(out var value) ? value : 0;

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = 0;
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var time) != 0)
        {
            return false;
        }

        milliseconds = (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec value);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
