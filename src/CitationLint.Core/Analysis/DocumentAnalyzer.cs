using CitationLint.Documents;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>A document with its citations found and resolved.</summary>
/// <param name="Document">The document.</param>
/// <param name="Citations">The citations as written.</param>
/// <param name="References">One entry per article referenced.</param>
/// <param name="Date">The date the document's citations are judged at: its front matter's, else the one its header shows, else the run's.</param>
public sealed record AnalyzedDocument(SourceDocument Document, IReadOnlyList<CitationSyntax> Citations, IReadOnlyList<ArticleReference> References, DateOnly Date)
{
    /// <summary>The prose the citations were read from (traditional characters as simplified; positions are the document's).</summary>
    public string Text { get; init; } = Document.Prose;
}

/// <summary>
/// Finds and resolves the citations of one document: candidate scan and grammar over its prose (traditional characters
/// read as simplified), then resolution against the table it is given. Hosts reach it through
/// <see cref="CitationChecker"/>, which hands it the table and quote index they chose.
/// </summary>
/// <param name="table">The statutes names are looked up in.</param>
/// <param name="quoteIndex">The quote index, opened only when an article heading pasted with its text must be placed by its words.</param>
internal sealed class DocumentAnalyzer(StatuteTable table, Func<QuoteIndex> quoteIndex)
{
    /// <summary>
    /// Finds and resolves the citations of <paramref name="document"/>, judged as of the document's own date or, when
    /// it has none, <paramref name="asOf"/>.
    /// </summary>
    public AnalyzedDocument Analyze(SourceDocument document, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Traditional script (條, 訴訟, 關於) is read as simplified, character for character: positions do not move.
        var prose = ScriptVariants.ToSimplified(document.Prose);
        // A page without front matter may show when it was written (发布时间: 2020-05-25); a date after the run's
        // today is not one it could have been judged at.
        var date = document.Date ?? (PageDate.Find(prose) is { } shown && shown <= asOf ? shown : asOf);
        var citations = Confirmed(CitationFinder.Find(prose), prose, table);
        var laws = new LawResolver(table);
        var recognizer = new StatuteTextRecognizer(table, quoteIndex);
        var references = new List<ArticleReference>();
        string? lastName = null;
        VersionQualifier? lastQualifier = null;
        Statute? lastStatute = null;
        StatuteVersion? lastVersion = null;
        foreach (var reference in ReferenceResolver.Resolve(citations, prose, recognizer.DocumentLaw(prose), recognizer.TitleLines(prose), recognizer))
        {
            // Another country's law is named, not looked up: the table holds Chinese law only.
            if (reference.Citation.Law?.Kind == LawNameKind.Foreign)
            {
                references.Add(reference);
                continue;
            }

            // The articles of one citation (and 本法 after 本法) name the same law: it is looked up once for them.
            var qualifier = reference.Citation.Law?.Version;
            if (!ReferenceEquals(reference.LawName, lastName) || !Equals(qualifier, lastQualifier))
            {
                (lastStatute, lastVersion) = laws.Resolve(reference.LawName, qualifier, date);
                (lastName, lastQualifier) = (reference.LawName, qualifier);
            }

            (reference.Statute, reference.Version) = (lastStatute, lastVersion);
            references.Add(reference);
        }

        return new AnalyzedDocument(document, citations, references, date) { Text = prose };
    }

    // A 《》 title that does not end like a statute's is a citation only when the table knows the name (《民法点》);
    // otherwise it is a contract, a book or a form (《租赁合同》第六条) and names no law: its articles are read as bare
    // numbers, which the resolver gives to the law that governs them, if any, and never to a contract.
    private static IReadOnlyList<CitationSyntax> Confirmed(IReadOnlyList<CitationSyntax> citations, string text, StatuteTable table)
    {
        List<CitationSyntax>? kept = null;
        for (var i = 0; i < citations.Count; i++)
        {
            var law = citations[i].Law;
            if (law is not { Unconfirmed: true } || IsMisspeltLaw(law.Name, table))
            {
                kept?.Add(citations[i]);
                continue;
            }

            kept ??= [.. citations.Take(i)];
            if (citations[i].Articles.Count > 0 && CitationFinder.ParseAt(text, citations[i].Articles[0].Span.Start) is { } bare)
                kept.Add(bare);
        }

        return kept ?? citations;
    }

    // A title that does not end like a statute's names a law only when the table knows it as a misspelling — never a
    // contract (《劳动合同》, 《劳动合同书》) — and a title cut short of its ending (《中华人民共和国民事诉讼》) only when it
    // is written in full otherwise, with the state's name or the issuer: 《劳动合同》 is a contract, not 劳动合同法.
    private static bool IsMisspeltLaw(string name, StatuteTable table)
    {
        if (GoverningLaw.EndsLikeNonStatute(name.AsSpan()) || table.Match(name) is not { } match)
            return false;
        var written = StatuteTable.NameKey(name);
        var truncated = StatuteTable.NameKey(match.Statute.Title).StartsWith(written, StringComparison.Ordinal);
        return !truncated || name.StartsWith(StatuteTable.StatePrefix, StringComparison.Ordinal) || name.StartsWith("最高人民", StringComparison.Ordinal);
    }
}
