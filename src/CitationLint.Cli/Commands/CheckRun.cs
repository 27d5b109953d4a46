using System.Reflection;
using CitationLint.Analysis;
using CitationLint.Configuration;
using CitationLint.Documents;
using CitationLint.Output;
using CitationLint.Rules;

namespace CitationLint.Cli.Commands;

/// <summary>
/// One check over the paths a user gave: expand them, read, analyze and lint every file, apply the configuration.
/// Shared by <c>check</c> and <c>baseline</c>. Problems with inputs are written to <paramref name="errors"/> naming the
/// file; the run goes on.
/// </summary>
internal sealed class CheckRun(TextWriter errors)
{
    /// <summary>True when some input could not be read (exit code 2).</summary>
    public bool InputFailed { get; private set; }

    /// <summary>How many files are checked at once (--jobs); all cores by default.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Keep each reference's provision check for the report (the HTML report shows them; others do not).</summary>
    public bool KeepChecks { get; init; }

    public CheckReport Run(IReadOnlyList<string> paths, DateOnly asOf, Baseline baseline)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!InputFiles.TryAdd(path, files, out var problem))
                Fail($"{path}: {problem}");
        }

        files.Sort(StringComparer.Ordinal);
        // --as-of moves "today" too: stale numbers are judged against the version in force on that day.
        var linter = new Linter(asOf);
        var results = new (AnalyzedDocument? Analysis, IReadOnlyList<ProvisionCheck>? Checks, IReadOnlyList<Diagnostic>? Diagnostics, DocumentReadException? Error)[files.Count];
        var done = 0;
        using (var progress = new Progress(files.Count))
        {
            // Files are read and linted in parallel; results keep the path order, and the configuration (whose
            // baseline forgives each recorded finding once) is applied afterwards, in that order.
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Jobs) }, i =>
            {
                try
                {
                    var analysis = DocumentAnalyzer.Analyze(DocumentReader.ReadFile(files[i]), asOf);
                    var (checks, diagnostics) = linter.LintWithChecks(analysis);
                    results[i] = (analysis, KeepChecks ? checks : null, diagnostics, null);
                }
                catch (DocumentReadException e)
                {
                    results[i] = (null, null, null, e);
                }

                progress.Report(Interlocked.Increment(ref done), files[i]);
            });
        }

        var policy = new DiagnosticPolicy(new EditorConfigSeverities(), baseline);
        var checkedFiles = new List<CheckedDocument>(files.Count);
        foreach (var (analysis, checks, diagnostics, error) in results)
        {
            if (error is { Skipped: true })
                errors.WriteLine($"citationlint: note: {error.Message}");
            else if (error is not null)
                Fail(error.Message);
            else
                checkedFiles.Add(new CheckedDocument(analysis!, policy.Apply(analysis!, diagnostics!)) { Checks = KeepChecks ? checks : null });
        }

        foreach (var problem in policy.Severities.Problems)
            Fail(problem);
        return new CheckReport(ToolVersion, asOf, checkedFiles);
    }

    public static string ToolVersion { get; } = ReadToolVersion();

    /// <summary>
    /// "checked 120/1719 files" on stderr, redrawn at most ten times a second — only when stderr is a terminal and
    /// not in CI, so logs and redirected output stay clean.
    /// </summary>
    private sealed class Progress(int total) : IDisposable
    {
        private readonly bool _enabled = total >= 20 && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") != "true";
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private readonly Lock _lock = new();
        private long _lastDrawn = -1000;
        private int _width;

        public void Report(int done, string file)
        {
            if (!_enabled || _clock.ElapsedMilliseconds - _lastDrawn < 100)
                return;
            lock (_lock)
                Draw(done, file);
        }

        private void Draw(int done, string file)
        {
            _lastDrawn = _clock.ElapsedMilliseconds;
            var line = $"checked {done}/{total} files — {Path.GetFileName(file)}";
            if (line.Length > 78)
                line = line[..78];
            Console.Error.Write("\r" + line.PadRight(_width));
            _width = line.Length;
        }

        public void Dispose()
        {
            if (_enabled && _width > 0)
                Console.Error.Write("\r" + new string(' ', _width) + "\r");
        }
    }

    private void Fail(string message)
    {
        errors.WriteLine($"citationlint: error: {message}");
        InputFailed = true;
    }

    private static string ReadToolVersion()
    {
        var version = typeof(CheckRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
