using System.Diagnostics.Tracing;

namespace CitationLint.Benchmarks;

/// <summary>
/// What a stage allocates, by type: the runtime's allocation ticks (one event about every 100 KB allocated, naming the
/// type of the object that crossed the mark), so each type's share of ticks estimates its share of the bytes.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int GcKeyword = 0x1;
    private const int AllocationTickEvent = 10;
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private bool _sampling;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_sampling || e.EventId != AllocationTickEvent || e.Payload is null)
            return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
        lock (_bytes)
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }

    /// <summary>Runs <paramref name="run"/> and prints the types that took the most of what it allocated.</summary>
    public void Report(string stage, Action run, int top = 15)
    {
        lock (_bytes)
            _bytes.Clear();
        _sampling = true;
        run();
        _sampling = false;
        Thread.Sleep(500); // the listener's events arrive on a thread of their own
        lock (_bytes)
        {
            var total = _bytes.Values.Sum();
            Console.WriteLine($"{stage}: ~{total / 1e6:F1} MB sampled");
            foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
                Console.WriteLine($"  {bytes * 100.0 / total,5:F1} %  {type}");
        }
    }
}
