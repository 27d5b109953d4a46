namespace CitationLint.Cli.Commands;

/// <summary>
/// A failure that escaped while one file was handed on (its report written), naming the file for the top level
/// (Program.cs), which reports it as <c>citationlint: error: FILE: problem</c> and exits with 2.
/// </summary>
internal sealed class FileFailureException(string file, Exception inner) : Exception($"{file}: {inner.Message}", inner)
{
    /// <summary>The file being handled when it failed.</summary>
    public string File { get; } = file;
}

/// <summary>
/// A test-only seam for faults that no input can provoke (a bug in the pipeline): <c>CITATIONLINT_TEST_FAULT</c> set
/// to <c>check:NAME</c> makes checking a file named NAME throw (the file's error; the run goes on), and
/// <c>deliver:NAME</c> makes handing it on throw, outside any file's handling (the CLI's top level reports it). Unset,
/// as in every real run, it does nothing.
/// </summary>
internal static class TestFault
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "CITATIONLINT_TEST_FAULT";

    private static readonly string? Fault = Environment.GetEnvironmentVariable(Variable);

    /// <summary>Throws when the fault set for <paramref name="stage"/> (check, deliver) names <paramref name="file"/>.</summary>
    public static void At(string stage, string file)
    {
        if (Fault is { Length: > 0 } fault && fault == stage + ":" + Path.GetFileName(file))
            throw new InvalidOperationException($"test fault injected at {stage} ({Variable})");
    }
}

/// <summary>Standard output could not be written (a full disk, a closed pipe): the run ends with exit code 2.</summary>
internal sealed class StandardOutputException(IOException inner) : IOException(inner.Message, inner);

/// <summary>
/// Standard output whose write failures are <see cref="StandardOutputException"/>s, so the top level can tell them
/// from a file's: <c>check &gt; /dev/full</c> ends in one clear line and exit code 2.
/// </summary>
internal sealed class StandardOutputStream(Stream inner) : Stream
{
    /// <summary>Opens this process's standard output, guarded.</summary>
    public static Stream Open() => new StandardOutputStream(Console.OpenStandardOutput());

    /// <summary>Makes <see cref="Console.Out"/> write through a guarded stream (UTF-8, flushed at each write, as before).</summary>
    public static void Install() =>
        Console.SetOut(new StreamWriter(Open(), new System.Text.UTF8Encoding(false), 4096, leaveOpen: true) { AutoFlush = true });

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => Guard(inner.Flush);

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e) when (e is not StandardOutputException)
        {
            throw new StandardOutputException(e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    private static void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (IOException e) when (e is not StandardOutputException)
        {
            throw new StandardOutputException(e);
        }
    }
}
