using CitationLint.Syntax;
using Sprache;

namespace CitationLint.Core.Tests.Syntax;

/// <summary>
/// The grammar's own combinators must keep Sprache's meaning: the grammar's tests would not notice an Or that tries
/// its second parser needlessly (the shortcuts and the general forms agree), only a slower grammar would.
/// </summary>
public sealed class CombinatorTests
{
    private static readonly Parser<string> Fa = Lexemes.Word("法");
    private static readonly Parser<string> Nothing = input => new Matched<string>("", input);
    private static readonly Parser<string> Fails = Lexemes.Word("条");

    [Theory]
    [InlineData("first consumes", "法", "法", 1, false)]
    [InlineData("first consumes nothing", "", "法", 1, true)]
    [InlineData("first fails", "条", "法", 1, true)]
    [InlineData("both fail", "条", "条", -1, true)]
    public void Or_TriesTheSecondOnlyWhenTheFirstFailsOrConsumesNothing(string name, string first, string second, int end, bool secondTried)
    {
        var triedSecond = false;
        Parser<string> Pick(string word) => word switch { "法" => Fa, "" => Nothing, _ => Fails };
        var secondParser = Pick(second);
        Parser<string> counting = input =>
        {
            triedSecond = true;
            return secondParser(input);
        };

        var result = Combinators.Or(Pick(first), counting)(new CandidateInput("法律", 0, 2));

        Assert.True(secondTried == triedSecond, name);
        Assert.Equal(end, result.WasSuccessful ? result.Remainder.Position : -1);
    }

    [Fact]
    public void Many_StopsWhereTheParserFailsOrConsumesNothing()
    {
        var words = Combinators.Many(Combinators.Or(Fa, Nothing))(new CandidateInput("法法律", 0, 3));
        Assert.Equal(["法", "法"], words.Value);
        Assert.Equal(2, words.Remainder.Position);
    }

    [Fact]
    public void WhereOptionalAndNot_KeepTheirMeaning()
    {
        var input = new CandidateInput("法律", 0, 2);
        Assert.False(Combinators.Where(Fa, w => w.Length > 1)(input).WasSuccessful);
        Assert.Equal(1, Combinators.Where(Fa, w => w.Length == 1)(input).Remainder.Position);
        Assert.False(Combinators.Optional(Fails)(input).Value.IsDefined);
        Assert.Equal(0, Combinators.Optional(Fails)(input).Remainder.Position);
        Assert.True(Combinators.Not(Fails)(input).WasSuccessful);
        Assert.False(Combinators.Not(Fa)(input).WasSuccessful);
    }
}
