using BenchmarkDotNet.Running;
using CitationLint.Benchmarks;

// `stages [CORPUS]`: the per-stage times over a corpus (StageTimes); `allocations [CORPUS]`: what each stage allocates,
// by type; anything else goes to BenchmarkDotNet.
if (args is ["stages" or "allocations", ..])
    StageTimes.Run(args.Length > 1 ? args[1] : Path.Combine("..", "shared", "statutes-src"), allocations: args[0] == "allocations");
else
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
