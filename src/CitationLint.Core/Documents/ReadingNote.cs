namespace CitationLint.Documents;

/// <summary>What a reader could not take as written in a document.</summary>
public enum ReadingNoteKind
{
    /// <summary>A front matter <c>date:</c> that is no date (2021-02-30): the document is judged as of the run's date.</summary>
    DateNotADate,

    /// <summary>Markdown nested deeper than Markdig takes: the document was read as plain text, every offset kept.</summary>
    NestedTooDeeply,
}

/// <summary>
/// A note for the host to show as a warning naming the file (the CLI in the run's language, by <see cref="Kind"/>).
/// </summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">The value as written (the date), where there is one.</param>
public sealed record ReadingNote(ReadingNoteKind Kind, string? Value = null)
{
    /// <summary>The note in English.</summary>
    public override string ToString() => Kind switch
    {
        ReadingNoteKind.DateNotADate => $"front matter date '{Value}' is not a date (YYYY-MM-DD); the document is judged as of the run's date",
        _ => "Markdown nested too deeply to parse; read as plain text",
    };
}
