using System.CommandLine;
using CitationLint.Cli.Commands;

var root = new RootCommand("CitationLint: finds and checks statute citations in Chinese legal articles.");
root.Subcommands.Add(CheckCommand.Create());
return root.Parse(args).Invoke();
