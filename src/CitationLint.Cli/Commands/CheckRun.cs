using CitationLint.Analysis;
using CitationLint.Caching;
using CitationLint.Configuration;
using CitationLint.Documents;
using CitationLint.Output;
using CitationLint.Rules;
using CitationLint.Statutes.Table;

namespace CitationLint.Cli.Commands;

/// <summary>
/// One check over the paths a user gave: expand them, read, analyze and lint every file, apply the configuration.
/// Shared by <c>check</c>, <c>baseline</c> and <c>report</c>. Problems with inputs are written to
/// <paramref name="errors"/> naming the file; the run goes on. The messages, its own and the rules', are in
/// <paramref name="language"/>.
/// </summary>
internal sealed class CheckRun(TextWriter errors, OutputLanguage language)
{
    // The first reason the cache could not be written: told once, at the end.
    private string? _cacheFailure;

    /// <summary>True when some input could not be read (exit code 2).</summary>
    public bool InputFailed { get; private set; }

    /// <summary>How many files are checked at once (--jobs); all cores by default.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Keep every reference's provision check for the report (the HTML report shows them). Otherwise they are kept
    /// only for a file whose citations have evidence to list (JSON's <c>evidence</c>): most files held in flight have none.
    /// </summary>
    public bool KeepChecks { get; init; }

    /// <summary>Fingerprint each file's bytes as read, for --fix (which leaves a file that changed since alone).</summary>
    public bool KeepFingerprints { get; init; }

    /// <summary>Check only this part of the files (--shard K/N); all of them when null.</summary>
    public Shard? Shard { get; init; }

    /// <summary>
    /// Where unchanged files' reports are kept between runs (--cache DIR), for <see cref="StreamReports"/>; none when
    /// null.
    /// </summary>
    public ResultCache? Cache { get; init; }

    /// <summary>Checks the files and returns every checked document (for --fix, SARIF, the baseline and the HTML report).</summary>
    public CheckReport Run(Inputs inputs, DateOnly asOf, Baseline baseline)
    {
        var files = new List<CheckedDocument>();
        Stream(inputs, asOf, baseline, files.Add);
        return new CheckReport(ToolVersion.Current, asOf, files);
    }

    /// <summary>
    /// Checks the files and hands each checked document to <paramref name="deliver"/> in path order, as soon as it
    /// and every file before it are done, so a report can be written while later files are still being checked and
    /// the run keeps only the documents in flight. The configuration (whose baseline forgives each recorded finding
    /// once) is applied in that order too. <paramref name="deliver"/> is called from one thread at a time.
    /// </summary>
    public void Stream(Inputs inputs, DateOnly asOf, Baseline baseline, Action<CheckedDocument> deliver)
    {
        ArgumentNullException.ThrowIfNull(deliver);
        Stream(inputs, asOf, baseline, deliver, null);
    }

    /// <summary>
    /// As <see cref="Stream(Inputs, DateOnly, Baseline, Action{CheckedDocument})"/>, handing on each file's report — from
    /// the <see cref="Cache"/>, when it holds the file's result for the same bytes and settings, else checked and kept
    /// there — and telling on standard error how many came from the cache.
    /// </summary>
    public void StreamReports(Inputs inputs, DateOnly asOf, Baseline baseline, Action<FileReport> deliver)
    {
        ArgumentNullException.ThrowIfNull(deliver);
        Stream(inputs, asOf, baseline, null, deliver);
    }

    private void Stream(Inputs inputs, DateOnly asOf, Baseline baseline, Action<CheckedDocument>? deliverChecked, Action<FileReport>? deliverReport)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var input = new InputFiles(inputs.UseIgnoreFiles, language);
        foreach (var path in inputs.Paths)
        {
            if (!input.TryAdd(path, out var problem))
                Fail($"{path}: {problem}");
        }

        if (inputs.FilesFrom is not null)
            AddListed(input, inputs);
        foreach (var problem in input.Problems)
            Fail(problem);
        var files = input.Files;
        // Paths that hold no file to check (an empty folder, a glob that matches nothing) are a warning naming them
        // and exit code 2, or with --allow-empty a note.
        if (files.Count == 0 && !InputFailed)
        {
            var named = inputs.Named;
            if (inputs.AllowEmpty)
            {
                errors.WriteLine(language.Note(language.Text("NoFilesAllowed", named)));
            }
            else
            {
                errors.WriteLine(language.Warning(language.Text("NoFiles", named)));
                InputFailed = true;
            }
        }

        files.Sort(StringComparer.Ordinal);
        // The same file named twice (a.md ./a.md, a folder and a file in it, a link and its target) is checked once.
        files = InputFiles.Unique(files);
        // A shard takes its part of the whole list, after the same expansion and de-duplication on every machine: an
        // empty part is no problem (more shards than files).
        if (Shard is { } shard)
            files = files.FindAll(shard.Holds);
        // --as-of moves "today" too: undated documents are judged at it, and stale numbers against the version in force
        // on that day.
        var checker = new CitationChecker(StatuteTable.Default, () => QuoteIndex.Default, asOf, language.Culture);
        var policy = new DiagnosticPolicy(new EditorConfigSeverities(), baseline);
        var cache = deliverReport is null ? null : Cache;
        var runKey = ResultKey.ForRun(asOf, language.Culture);
        var hits = 0;
        var done = new FileResult?[files.Count];
        var delivered = 0;
        var delivering = false;
        var started = -1;
        var finished = 0;
        var gate = new Lock();
        using (var progress = new Progress(files.Count, language))
        {
            // Each worker takes the next file in path order, so finished files are delivered with little waiting.
            Parallel.For(0, Math.Max(1, Math.Min(Jobs, files.Count)), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Jobs) }, _ =>
            {
                for (var i = Interlocked.Increment(ref started); i < files.Count; i = Interlocked.Increment(ref started))
                {
                    var result = cache is null || files[i] == InputFiles.StandardInput
                        ? Check(files[i], checker, inputs)
                        : CheckOrRecall(files[i], checker, cache, runKey, policy.Severities, baseline, ref hits);
                    bool deliverer;
                    lock (gate)
                    {
                        done[i] = result;
                        deliverer = !delivering;
                        delivering = true;
                    }

                    if (deliverer)
                        DeliverReady();
                    progress.Report(Interlocked.Increment(ref finished), files[i]);
                }
            });
        }

        // One worker at a time delivers every file ready in order, outside the lock: writing the report must not hold
        // up the others handing in their files (they leave theirs for the worker delivering).
        void DeliverReady()
        {
            while (true)
            {
                FileResult? ready;
                lock (gate)
                {
                    ready = delivered < done.Length ? done[delivered] : null;
                    if (ready is null)
                    {
                        delivering = false;
                        return;
                    }

                    done[delivered++] = null;
                }

                Deliver(ready, policy, deliverChecked, deliverReport);
            }
        }

        if (cache is not null)
        {
            if (_cacheFailure is not null)
                errors.WriteLine(language.Warning(language.Text("CacheNotWritten", cache.Folder, _cacheFailure)));
            errors.WriteLine(language.Note(language.Text("CacheHits", hits, files.Count, cache.Folder)));
        }

        foreach (var problem in policy.Severities.Problems)
            Fail(problem);
        foreach (var warning in policy.Severities.Warnings.OrderBy(w => w.File, StringComparer.Ordinal).ThenBy(w => w.Line))
            errors.WriteLine(language.Text("ToolLine", warning));
    }

    // --files-from: each line is a path as if given on the command line (a file, a folder or a glob), relative to the
    // current folder; blank lines are skipped, a CR before the line break is dropped. Problems name the list and line.
    private void AddListed(InputFiles input, Inputs inputs)
    {
        var list = inputs.FilesFromName;
        string text;
        try
        {
            if (inputs.FilesFrom == InputFiles.StandardInput)
            {
                using var reader = new StreamReader(Console.OpenStandardInput(), System.Text.Encoding.UTF8);
                text = reader.ReadToEnd();
            }
            else
            {
                text = File.ReadAllText(inputs.FilesFrom!, System.Text.Encoding.UTF8);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(language.Text("ListNotRead", list, e is FileNotFoundException or DirectoryNotFoundException ? language.Text("NoSuchFileOrFolder") : e.Message));
            return;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var path = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(path))
                continue;
            if (path == InputFiles.StandardInput)
                Fail(language.Text("ListLine", list, i + 1, path, language.Text("StandardInputInList")));
            else if (!input.TryAdd(path, out var problem))
                Fail(language.Text("ListLine", list, i + 1, path, problem));
        }
    }

    private FileResult Check(string file, CitationChecker checker, Inputs inputs) =>
        Check(file, () => file == InputFiles.StandardInput ? ReadStandardInput(inputs) : DocumentReader.ReadFile(file, KeepFingerprints), checker);

    // With a cache: the file's bytes are read once, for its key and, when the cache lacks it, for the check.
    private FileResult CheckOrRecall(
        string file, CitationChecker checker, ResultCache cache, string runKey, EditorConfigSeverities severities, Baseline baseline, ref int hits)
    {
        byte[] bytes;
        string key;
        try
        {
            bytes = DocumentReader.ReadBytes(file);
            key = ResultKey.ForFile(runKey, file, bytes, severities.ForFile(file), baseline);
            if (cache.TryGet(key, file, out var report))
            {
                Interlocked.Increment(ref hits);
                return new FileResult(null, null, null, null) { Recalled = report };
            }
        }
        catch (DocumentReadException e)
        {
            return new FileResult(null, null, null, e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever else went wrong on the way to the key: the file is checked as without a cache, which tells it.
            return Check(file, () => DocumentReader.ReadFile(file, KeepFingerprints), checker);
        }

        return Check(file, () => DocumentReader.Read(file, bytes, DocumentReader.FormatOf(file) ?? DocumentFormat.PlainText, KeepFingerprints), checker) with { Key = key };
    }

    private FileResult Check(string file, Func<SourceDocument> read, CitationChecker checker)
    {
        try
        {
            var document = read();
            TestFault.At("check", file);
            var result = checker.Check(document);
            var keep = KeepChecks || result.Checks.Any(c => c.Evidence is not null);
            return new FileResult(result.Analysis, keep ? result.Checks : null, result.Diagnostics, null);
        }
        catch (DocumentReadException e)
        {
            return new FileResult(null, null, null, e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Design §9: whatever reading or checking one file throws (a bug the pipeline should not have) is that
            // file's error; the run goes on with the others and exits with 2.
            return new FileResult(null, null, null, new DocumentReadException(file, language.Text("CheckFailed", e.GetType().Name, e.Message), e));
        }
    }

    private void Deliver(FileResult result, DiagnosticPolicy policy, Action<CheckedDocument>? deliverChecked, Action<FileReport>? deliverReport)
    {
        if (result.Recalled is { } recalled)
        {
            if (recalled.ReadingNote is { } recalledNote)
                errors.WriteLine(language.Warning($"{recalled.Path}: {ReadingNote(recalledNote)}"));
            DeliverNamingFile(recalled.Path, () => deliverReport!(recalled));
            return;
        }

        if (result.Error is { Skipped: true })
        {
            errors.WriteLine(language.Note(result.Error.Message));
            return;
        }

        if (result.Error is not null)
        {
            Fail(result.Error.Message);
            return;
        }

        var document = result.Analysis!.Document;
        // What the reader could not take as written (a front matter date that is no date, Markdown nested too deeply):
        // a warning naming the file; the file is still checked and the exit code stays as the findings make it.
        if (document.ReadingNote is { } note)
            errors.WriteLine(language.Warning($"{document.Path}: {ReadingNote(note)}"));
        DeliverNamingFile(document.Path, () =>
        {
            var kept = policy.Apply(result.Analysis!, result.Diagnostics!, out var forgiven);
            TestFault.At("deliver", document.Path);
            var checkedDocument = new CheckedDocument(result.Analysis!, kept) { Checks = result.Checks, Forgiven = forgiven };
            if (deliverChecked is not null)
            {
                deliverChecked(checkedDocument);
                return;
            }

            var report = FileReport.Of(checkedDocument);
            if (result.Key is not null)
                Keep(result.Key, report);
            deliverReport!(report);
        });
    }

    // A report for the cache; a cache that cannot be written is told once, at the end, and the run goes on.
    private void Keep(string key, FileReport report)
    {
        try
        {
            Cache!.Set(key, report);
        }
        catch (IOException e)
        {
            _cacheFailure ??= e.Message;
        }
    }

    private static void DeliverNamingFile(string path, Action deliver)
    {
        try
        {
            deliver();
        }
        catch (Exception e) when (e is not (StandardOutputException or FileFailureException or OutOfMemoryException))
        {
            // Past the point where the file could be left out (its report may be half written): the top level names it.
            throw new FileFailureException(path, e);
        }
    }

    // A reading note in the run's language, by its kind.
    private string ReadingNote(ReadingNote note) => note.Kind switch
    {
        ReadingNoteKind.DateNotADate => language.Text("NoteDateNotADate", note.Value),
        _ => language.Text("NoteNestedTooDeeply"),
    };

    // The document given as -: standard input's bytes, read and decoded as a file's are.
    private static SourceDocument ReadStandardInput(Inputs inputs)
    {
        using var bytes = new MemoryStream();
        try
        {
            using var stream = Console.OpenStandardInput();
            stream.CopyTo(bytes);
        }
        catch (IOException e)
        {
            throw new DocumentReadException(inputs.StandardInputName, $"standard input could not be read: {e.Message}", e);
        }

        return DocumentReader.Read(inputs.StandardInputName, bytes.GetBuffer().AsSpan(0, (int)bytes.Length), inputs.StandardInputFormat);
    }

    private sealed record FileResult(
        AnalyzedDocument? Analysis, IReadOnlyList<ProvisionCheck>? Checks, IReadOnlyList<Diagnostic>? Diagnostics, DocumentReadException? Error)
    {
        /// <summary>The file's report, from the cache.</summary>
        public FileReport? Recalled { get; init; }

        /// <summary>The key the file's report is kept under in the cache, once checked.</summary>
        public string? Key { get; init; }
    }

    /// <summary>
    /// "checked 120/1719 files" on stderr, redrawn at most ten times a second — only when stderr is a terminal and
    /// not in CI, so logs and redirected output stay clean.
    /// </summary>
    private sealed class Progress(int total, OutputLanguage language) : IDisposable
    {
        private const int Columns = 78;

        private readonly bool _enabled = total >= 20 && !Console.IsErrorRedirected && !Terminal.InContinuousIntegration(Environment.GetEnvironmentVariable);
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
            // Chinese characters take two columns: the line is cut, and the last one blanked, by the columns it takes.
            var line = language.Text("Progress", done, total, Path.GetFileName(file));
            var length = 0;
            var width = 0;
            for (; length < line.Length && width + Width(line[length]) <= Columns; length++)
                width += Width(line[length]);
            Console.Error.Write("\r" + line[..length] + new string(' ', Math.Max(0, _width - width)));
            _width = width;
        }

        // East Asian wide characters (CJK, full-width forms) are two columns on a terminal.
        private static int Width(char c) => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1;

        public void Dispose()
        {
            if (_enabled && _width > 0)
                Console.Error.Write("\r" + new string(' ', _width) + "\r");
        }
    }

    private void Fail(string message)
    {
        errors.WriteLine(language.Error(message));
        InputFailed = true;
    }
}
