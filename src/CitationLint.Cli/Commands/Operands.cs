using System.CommandLine;
using System.CommandLine.Parsing;

namespace CitationLint.Cli.Commands;

/// <summary>
/// A verb's arguments — paths, a law's name, a rule — taken so that an unknown option is a usage error on every verb.
/// System.CommandLine hands a token that looks like an option but is none of the verb's (<c>check --frobnicate</c>,
/// <c>lookup --frob</c>) to the verb's arguments, where it would read as a missing file or a law's name. Arguments
/// made here stop before such a token instead, so it and what follows are unmatched tokens: Program reports them as
/// a usage error (exit code 2) with System.CommandLine's own "did you mean".
/// </summary>
internal static class Operands
{
    /// <summary>
    /// Paths (none when a verb's --files-from lists them: <see cref="Inputs.Validate"/> asks for one or the other). A
    /// file or folder whose name starts with '-' is still a path, and so is <c>-</c> (standard input).
    /// </summary>
    public static Argument<string[]> Paths(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
        CustomParser = result => Take(result, token => File.Exists(token) || Directory.Exists(token)),
    };

    /// <summary>One value (a law's name, an article, a rule, a folder).</summary>
    public static Argument<string> One(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => Take(result, _ => false) is [var value] ? value : "",
    };

    // The tokens up to the first that looks like an option (and is not an operand after all); the rest are left
    // unmatched.
    private static string[] Take(ArgumentResult result, Func<string, bool> isOperand)
    {
        var values = new List<string>(result.Tokens.Count);
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-' && !isOperand(token.Value))
            {
                result.OnlyTake(values.Count);
                break;
            }

            values.Add(token.Value);
        }

        return [.. values];
    }
}
