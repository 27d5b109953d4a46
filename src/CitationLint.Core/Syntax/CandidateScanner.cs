namespace CitationLint.Syntax;

/// <summary>
/// Finds the positions where a citation can begin — 《, 第, 本/该/同/前 (本法, 该法, 同法, 前款, 本条), a known law
/// name, and the version prefixes before them (旧《公司法》, 2021年修正的民事诉讼法) — so the grammar runs only there.
/// It must never miss a position where the grammar would succeed; a test checks that against running the grammar
/// at every position.
/// </summary>
public static class CandidateScanner
{
    private static readonly string[] YearPrefixEndings = ["年修正的", "年修订的", "年修正后的", "年修订后的"];

    // The scan tests every character: a law name's start by its first two or three characters (LawNameIndex.MayStartAt:
    // the several hundred characters names start with occur every few characters of Chinese text, their pairs and
    // triples seldom), the words below by one bit each. The bit sets fit in the first-level cache.
    private static readonly ulong[] WordStarts = BitSetOf("《第本该同前新旧原关“\"");

    private static ulong[] BitSetOf(string characters)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        foreach (var c in characters)
            bits[c >> 6] |= 1UL << c;
        return bits;
    }

    /// <summary>Candidate start positions in ascending order, without duplicates.</summary>
    public static List<int> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = LawNameIndex.Default;
        var wordStarts = WordStarts;
        var candidates = new List<int>();
        var span = text.AsSpan();
        var unsorted = false;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            var mayStartName = names.MayStartAt(span, i);
            if (!mayStartName && (wordStarts[c >> 6] & (1UL << c)) == 0)
                continue;
            bool nameStart;
            if (c == '《')
            {
                nameStart = true;
            }
            else
            {
                nameStart = mayStartName && names.LongestMatch(span, i) > 0;
                if (!nameStart && !(c is '第' or '本' or '该' or '同' or '前' or '新' or '旧' or '原' or '关' or '“' or '"' && CanFollow(span, i)))
                    continue;
            }

            if (nameStart)
                unsorted |= AddPrefixes(span, i, candidates);
            candidates.Add(i);
        }

        if (unsorted)
        {
            candidates.Sort();
            RemoveDuplicates(candidates);
        }

        return candidates;
    }

    // What the grammar can read from each of these words: 10 MB of 第第第 must not run it 10 million times, nor
    // every 第三章 and 前三个月 once. (The scan-versus-grammar test proves nothing is lost.)
    private static bool CanFollow(ReadOnlySpan<char> text, int start) => text[start] switch
    {
        '第' => NumberedPartFollows(text, start + 1),
        '本' => (Next(text, start) == '条' && !(start + 2 < text.Length && text[start + 2] is '例' or '文')) // 本条, not 本条例/本条文
            || (Next(text, start) is '法' or '条' or '规' or '办' or '解' or '细' or '实' or '决' or '公' or '准' or '意' && DiFollows(text, start)),
        '该' => Next(text, start) is '法' or '条' or '规' or '办' or '解' or '细' or '决' or '公' && DiFollows(text, start),
        '同' => Next(text, start) == '法' && DiFollows(text, start),
        '前' => Next(text, start) == '款' || Next(text, Lexemes.SkipNumeral(text, start + 1) - 1) == '款',
        '关' => LawTitle.UnmarkedTitleEnd(text, start) > 0,
        '“' or '"' => LawTitle.QuotedTitleEnd(text, start) > 0,
        '新' or '旧' or '原' => Next(text, start) is '法' or '解' or '规' or '条' or '办' && DiFollows(text, start), // 新法第19条, 原解释第14条
        _ => true,
    };

    // 本法, 该条例, 本实施细则: a word of two to six letters, a gap, then an article list (本法所称, 本条例。 and
    // 本法第三章 are no citations: "本条例自…施行" closes most regulations).
    private static bool DiFollows(ReadOnlySpan<char> text, int start)
    {
        for (var wordEnd = start + 2; wordEnd <= start + 6 && wordEnd < text.Length && char.IsLetter(text[wordEnd - 1]); wordEnd++)
        {
            var next = Lexemes.SkipInlineGap(text, wordEnd);
            if (next < text.Length && text[next] == '第' && NumberedPartFollows(text, next + 1))
                return true;
        }

        return false;
    }

    // After 第: a number (and a gap) then 条, 款, 项 or a separator leading to more numbers; or （一）项; or 条 alone.
    private static bool NumberedPartFollows(ReadOnlySpan<char> text, int position)
    {
        position = Lexemes.SkipInlineGap(text, position);
        if (position >= text.Length)
            return false;
        if (text[position] is '（' or '(' or '条' or '條')
            return true;
        var end = Lexemes.SkipNumeral(text, position);
        if (end == position)
            return false;
        end = Lexemes.SkipInlineGap(text, end);
        return end < text.Length
            && (text[end] is '条' or '條' or '款' or '项' || Lexemes.IsOneOf(CitationGrammar.SeparatorStarts, text[end]));
    }

    private static char Next(ReadOnlySpan<char> text, int position) => position + 1 < text.Length ? text[position + 1] : '\0';

    // 旧/新/原/现行 and "2021年修正的" directly before a law name start a citation too.
    private static bool AddPrefixes(ReadOnlySpan<char> text, int nameStart, List<int> candidates)
    {
        var before = text[..nameStart];
        var added = false;
        if (before.EndsWith("现行", StringComparison.Ordinal))
            added |= Add(candidates, nameStart - 2);
        if (before.Length > 0 && before[^1] is '旧' or '新' or '原')
            added |= Add(candidates, nameStart - 1);
        foreach (var ending in YearPrefixEndings)
        {
            var yearStart = nameStart - ending.Length - 4;
            if (yearStart >= 0 && before.EndsWith(ending, StringComparison.Ordinal) && IsYear(text.Slice(yearStart, 4)))
                added |= Add(candidates, yearStart);
        }

        return added;
    }

    private static bool Add(List<int> candidates, int position)
    {
        candidates.Add(position);
        return true;
    }

    private static bool IsYear(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (!ChineseNumeral.IsArabicDigit(c))
                return false;
        }

        return true;
    }

    private static void RemoveDuplicates(List<int> sorted)
    {
        var write = 0;
        for (var read = 0; read < sorted.Count; read++)
        {
            if (write == 0 || sorted[read] != sorted[write - 1])
                sorted[write++] = sorted[read];
        }

        sorted.RemoveRange(write, sorted.Count - write);
    }
}
