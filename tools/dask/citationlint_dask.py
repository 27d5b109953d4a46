#!/usr/bin/python3
"""Run `citationlint check` as N shards on a Dask cluster and merge their JSON Lines.

Each shard is one task: `citationlint check PATHS... --shard K/N --format jsonl`, run by a worker in the
current folder (the checkout's root: shards split files by their path relative to it). The shards are
disjoint and together cover every file, so the merged lines are exactly a single run's — in another order;
they are written sorted by path. The exit code is the worst shard's (2 input error, 1 an error-severity
finding, 0 none), as a single run's would be.

    /usr/bin/python3 tools/dask/citationlint_dask.py --shards 8 --workers 2 -- docs --as-of 2025-06-01

--scheduler ADDRESS runs the shards on an existing cluster (every worker needs citationlint and the same
checkout at the same path) instead of a LocalCluster; --verify also runs one unsharded check here and
fails (exit 3) unless the merge equals it line for line.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import time


def run_shard(command, arguments, shard, shards, folder):
    """One shard: its JSON Lines, exit code and standard error (a worker runs this)."""
    argv = command + ["check", *arguments, "--shard", f"{shard}/{shards}", "--format", "jsonl"]
    done = subprocess.run(argv, cwd=folder, capture_output=True, text=True, encoding="utf-8")
    return shard, done.returncode, done.stdout.splitlines(), done.stderr


def path_of(line):
    return json.loads(line)["path"]


def merged(lines):
    """Lines sorted by the file's path (each path is on one line only)."""
    return sorted(lines, key=lambda line: (path_of(line), line))


def worst(codes):
    """The exit code a single run would give: 2 before 1 before 0."""
    return 2 if 2 in codes else max(codes, default=0)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shards", type=int, default=4, help="how many shards (tasks)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers (one thread each)")
    parser.add_argument("--scheduler", help="an existing Dask scheduler's address, instead of a LocalCluster")
    parser.add_argument("--citationlint", default="citationlint", help="the command that runs citationlint (e.g. 'dotnet path/citationlint.dll')")
    parser.add_argument("--output", help="write the merged JSON Lines here (default: standard output)")
    parser.add_argument("--verify", action="store_true", help="also run unsharded here; exit 3 unless the merge equals it")
    parser.add_argument("arguments", nargs="+", help="after --: the paths and options for citationlint check")
    options = parser.parse_args()
    if options.shards < 1:
        parser.error("--shards must be at least 1")

    # Imported here, so --help works without Dask installed.
    from dask.distributed import Client, LocalCluster

    command = shlex.split(options.citationlint)
    folder = os.getcwd()
    started = time.monotonic()
    cluster = None
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        cluster = LocalCluster(n_workers=options.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = [client.submit(run_shard, command, options.arguments, k, options.shards, folder, pure=False)
                   for k in range(1, options.shards + 1)]
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    lines = []
    for shard, code, shard_lines, errors in sorted(results):
        lines.extend(shard_lines)
        for line in errors.splitlines():
            print(f"[shard {shard}/{options.shards}] {line}", file=sys.stderr)
    lines = merged(lines)
    exit_code = worst([code for _, code, _, _ in results])
    text = "".join(line + "\n" for line in lines)
    if options.output:
        with open(options.output, "w", encoding="utf-8") as output:
            output.write(text)
    else:
        sys.stdout.write(text)
    print(f"citationlint-dask: {len(lines)} files in {options.shards} shards on "
          f"{options.scheduler or f'{options.workers} local workers'}, {time.monotonic() - started:.1f} s, exit code {exit_code}",
          file=sys.stderr)

    if options.verify:
        single = subprocess.run(command + ["check", *options.arguments, "--format", "jsonl"], cwd=folder,
                                capture_output=True, text=True, encoding="utf-8")
        expected = merged(single.stdout.splitlines())
        if expected != lines or worst([single.returncode]) != exit_code:
            print(f"citationlint-dask: the merge differs from a single run ({len(expected)} files, exit code {single.returncode})",
                  file=sys.stderr)
            return 3
        print("citationlint-dask: the merge equals a single run", file=sys.stderr)
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
