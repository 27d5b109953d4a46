using Sprache;

namespace CitationLint.Syntax;

/// <summary>
/// Leaf parsers for the grammar (<see cref="GrammarParser{T}"/>s). Unlike Sprache's Parse.Char/Parse.String they fail
/// without formatting a message or making a result (each has one <see cref="Expectation"/>), and without consuming
/// input, which matters because most attempts at a candidate position fail. They read any Sprache input, a
/// <see cref="CandidateInput"/> directly and any other (Sprache's own <see cref="Input"/>) a character at a time.
/// </summary>
internal static class Lexemes
{
    /// <summary>Where the input is, consuming nothing: spans take it at both ends of each part.</summary>
    public static readonly Parser<int> Position = new PositionParser().Parser;

    /// <summary>One of <paramref name="chars"/>.</summary>
    public static Parser<char> OneOf(string chars, string name) => new OneOfParser(chars, new Expectation(name)).Parser;

    /// <summary>One of <paramref name="words"/>, the longest that matches.</summary>
    public static Parser<string> Word(params string[] words)
    {
        var ordered = words.OrderByDescending(w => w.Length).ToArray();
        return new WordParser(ordered, new Expectation(string.Join("|", ordered))).Parser;
    }

    /// <summary>A run of <paramref name="min"/> to <paramref name="max"/> characters satisfying <paramref name="predicate"/>.</summary>
    public static Parser<string> Run(Func<char, bool> predicate, string name, int min = 1, int max = int.MaxValue) =>
        new RunParser(predicate, new Expectation(name), min, max).Parser;

    /// <summary>Zero or more layout characters, counted; never fails.</summary>
    public static Parser<int> Skip(string chars) => new SkipParser(chars).Parser;

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

    private static CandidateInput At(CandidateInput input, int position) => new(input.Text, position, input.End);

    // Any other input, a character at a time.
    private static bool TryRead(IInput input, string word, out IInput remainder)
    {
        remainder = input;
        foreach (var c in word)
        {
            if (remainder.AtEnd || remainder.Current != c)
                return false;
            remainder = remainder.Advance();
        }

        return true;
    }

    private static int ReadWhile(IInput input, Func<char, bool> predicate, int max, out IInput remainder)
    {
        var length = 0;
        remainder = input;
        while (length < max && !remainder.AtEnd && predicate(remainder.Current))
        {
            remainder = remainder.Advance();
            length++;
        }

        return length;
    }

    private sealed class PositionParser : GrammarParser<int>
    {
        public override bool TryParse(IInput input, out int value, out IInput remainder, out Expectation? expected)
        {
            value = input.Position;
            remainder = input;
            expected = null;
            return true;
        }
    }

    private sealed class OneOfParser(string chars, Expectation expectation) : GrammarParser<char>
    {
        public override bool TryParse(IInput input, out char value, out IInput remainder, out Expectation? expected)
        {
            if (!input.AtEnd && IsOneOf(chars, input.Current))
            {
                value = input.Current;
                remainder = input.Advance();
                expected = null;
                return true;
            }

            value = default;
            remainder = input;
            expected = expectation;
            return false;
        }
    }

    private sealed class WordParser(string[] ordered, Expectation expectation) : GrammarParser<string>
    {
        public override bool TryParse(IInput input, out string value, out IInput remainder, out Expectation? expected)
        {
            expected = null;
            if (input is CandidateInput candidate)
            {
                foreach (var word in ordered)
                {
                    if (candidate.Position + word.Length <= candidate.End
                        && string.CompareOrdinal(candidate.Text, candidate.Position, word, 0, word.Length) == 0)
                    {
                        value = word;
                        remainder = At(candidate, candidate.Position + word.Length);
                        return true;
                    }
                }
            }
            else
            {
                foreach (var word in ordered)
                {
                    if (TryRead(input, word, out remainder))
                    {
                        value = word;
                        return true;
                    }
                }
            }

            value = string.Empty;
            remainder = input;
            expected = expectation;
            return false;
        }
    }

    private sealed class RunParser(Func<char, bool> predicate, Expectation expectation, int min, int max) : GrammarParser<string>
    {
        public override bool TryParse(IInput input, out string value, out IInput remainder, out Expectation? expected)
        {
            expected = null;
            if (input is CandidateInput candidate)
            {
                var end = candidate.Position;
                while (end < candidate.End && end - candidate.Position < max && predicate(candidate.Text[end]))
                    end++;
                if (end - candidate.Position >= min)
                {
                    value = candidate.Text.Substring(candidate.Position, end - candidate.Position);
                    remainder = At(candidate, end);
                    return true;
                }
            }
            else
            {
                var length = ReadWhile(input, predicate, max, out remainder);
                if (length >= min)
                {
                    value = input.Source.Substring(input.Position, length);
                    return true;
                }
            }

            value = string.Empty;
            remainder = input;
            expected = expectation;
            return false;
        }
    }

    private sealed class SkipParser(string chars) : GrammarParser<int>
    {
        private readonly Func<char, bool> _isLayout = c => IsOneOf(chars, c);

        public override bool TryParse(IInput input, out int value, out IInput remainder, out Expectation? expected)
        {
            expected = null;
            if (input is not CandidateInput candidate)
            {
                value = ReadWhile(input, _isLayout, int.MaxValue, out remainder);
                return true;
            }

            var end = candidate.Position;
            while (end < candidate.End && IsOneOf(chars, candidate.Text[end]))
                end++;
            value = end - candidate.Position;
            remainder = value == 0 ? candidate : At(candidate, end);
            return true;
        }
    }
}
