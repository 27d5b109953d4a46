using BenchmarkDotNet.Running;
using CitationLint.Benchmarks;

// `stages [CORPUS]`: the per-stage times over a corpus (StageTimes); anything else goes to BenchmarkDotNet.
if (args is ["stages", ..])
    StageTimes.Run(args.Length > 1 ? args[1] : Path.Combine("..", "shared", "statutes-src"));
else
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
