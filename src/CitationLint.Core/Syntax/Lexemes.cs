using Sprache;

namespace CitationLint.Syntax;

/// <summary>
/// Leaf parsers for the grammar. Unlike Sprache's Parse.Char/Parse.String they fail without formatting a message or
/// allocating (each has one <see cref="NoMatch{T}"/>), which matters because most attempts at a candidate position fail.
/// </summary>
internal static class Lexemes
{
    /// <summary>One of <paramref name="chars"/>.</summary>
    public static Parser<char> OneOf(string chars, string name)
    {
        var failure = new NoMatch<char>(name);
        return input =>
        {
            if (!input.AtEnd && IsOneOf(chars, input.Current))
                return new Matched<char>(input.Current, input.Advance());
            return failure;
        };
    }

    /// <summary>One of <paramref name="words"/>, the longest that matches.</summary>
    public static Parser<string> Word(params string[] words)
    {
        var ordered = words.OrderByDescending(w => w.Length).ToArray();
        var failure = new NoMatch<string>(string.Join("|", ordered));
        return input =>
        {
            if (input is CandidateInput candidate)
            {
                foreach (var word in ordered)
                {
                    if (candidate.Position + word.Length <= candidate.End
                        && string.CompareOrdinal(candidate.Source, candidate.Position, word, 0, word.Length) == 0)
                    {
                        return new Matched<string>(word, new CandidateInput(candidate.Source, candidate.Position + word.Length, candidate.End));
                    }
                }
            }

            return failure;
        };
    }

    /// <summary>A run of <paramref name="min"/> to <paramref name="max"/> characters satisfying <paramref name="predicate"/>.</summary>
    public static Parser<string> Run(Func<char, bool> predicate, string name, int min = 1, int max = int.MaxValue)
    {
        var failure = new NoMatch<string>(name);
        return input =>
        {
            if (input is CandidateInput candidate)
            {
                var end = candidate.Position;
                while (end < candidate.End && end - candidate.Position < max && predicate(candidate.Source[end]))
                    end++;
                if (end - candidate.Position >= min)
                {
                    var text = candidate.Source.Substring(candidate.Position, end - candidate.Position);
                    return new Matched<string>(text, new CandidateInput(candidate.Source, end, candidate.End));
                }
            }

            return failure;
        };
    }

    /// <summary>Zero or more layout characters; never fails.</summary>
    public static Parser<int> Skip(string chars) => input =>
    {
        if (input is not CandidateInput candidate)
            return new Matched<int>(0, input);
        var end = candidate.Position;
        while (end < candidate.End && IsOneOf(chars, candidate.Source[end]))
            end++;
        return end == candidate.Position
            ? candidate.NothingSkipped
            : new Matched<int>(end - candidate.Position, new CandidateInput(candidate.Source, end, candidate.End));
    };

    /// <summary>
    /// Whether <paramref name="c"/> is one of a handful of <paramref name="chars"/>: a plain loop, because a
    /// vectorized search costs more to set up than these few characters take to compare.
    /// </summary>
    public static bool IsOneOf(string chars, char c)
    {
        foreach (var candidate in chars)
        {
            if (candidate == c)
                return true;
        }

        return false;
    }

    /// <summary>Past the inline gap (<see cref="CitationGrammar.InlineGapChars"/>) at <paramref name="position"/>.</summary>
    public static int SkipInlineGap(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && IsOneOf(CitationGrammar.InlineGapChars, text[position]))
            position++;
        return position;
    }

    /// <summary>Past the numeral the grammar reads at <paramref name="position"/>: a run of digits, else of Chinese numeral characters.</summary>
    public static int SkipNumeral(ReadOnlySpan<char> text, int position)
    {
        if (position < text.Length && ChineseNumeral.IsArabicDigit(text[position]))
        {
            while (position < text.Length && ChineseNumeral.IsArabicDigit(text[position]))
                position++;
            return position;
        }

        while (position < text.Length && ChineseNumeral.IsChineseNumeralChar(text[position]))
            position++;
        return position;
    }
}
