#!/usr/bin/env python3
"""Sweeps NDJSON shards of profile documents through `profilelint --ndjson` under Apache Spark.

    scripts/sweep-spark.py --output DIR [--master local[2]] [--split-size 16M] [--profilelint PATH]
                           SHARD_OR_DIR... [-- PROFILELINT_ARGS...]

Each shard is cut into byte ranges; each range is one Spark task, which streams its lines through one
`profilelint --ndjson` process and writes `DIR/part-NNNNN.ndjson`. Every output record is the one a single
`profilelint --ndjson --stdin-filename SHARD < SHARD` would write for that line, byte for byte: `"path"` is the shard
and `"line"` its line number in the shard, so results join back to their input. Concatenating the parts in name
order gives the shards' records in input order. `DIR/summary.json` and standard output carry the summary.

Exit status: 0 when every range was swept (error records included: a bad line is a result, not a failure), 2 for a
usage problem, 3 when a task still failed after its retries (the message names the shard and byte range).

Why not `RDD.textFile(...).pipe("profilelint --ndjson")`, and what this does instead (Docs/scale.md has more):
- textFile decodes lines as UTF-8 (invalid bytes become U+FFFD) and also ends lines at a bare CR, so profilelint
  would not see the bytes it sees when run alone; here tasks read raw byte ranges.
- A line belongs to the range its first byte is in (Hadoop's rule), so a line split across two ranges is read
  whole, once, by the first.
- profilelint numbers the lines it reads from 1, and a range starts mid-shard: the task sends as many empty lines
  as come before the range first. profilelint skips blank lines but counts them, so its own `"line"` is the shard's.
- RDD.pipe(checkCode=True) fails a task when profilelint exits 1 for findings or 2 for a bad line; without
  checkCode a killed process goes unnoticed and its records are silently missing. Here 0, 1 and 2 are results;
  any other status, a signal, or a record missing for a non-blank line fails the task, and Spark retries it.
- RDD.pipe runs the command with an empty environment (no PATH), so a bare `profilelint` is not found on an
  executor; here the binary's absolute path, the environment and the working directory are fixed by the driver.
- profilelint uses every core by default; each task runs it with `--jobs` equal to spark.task.cpus.
"""

import argparse
import collections
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time

# Statuses profilelint ends a stream with: 0 clean, 1 findings, 2 a line that could not be read (README, exit codes).
RESULT_STATUSES = (0, 1, 2)
FAILURE_MARK = "sweep-spark task failed:"
CHUNK = 1 << 20


def parse_size(text):
    """`123`, `64K`, `16M`, `1G` (the units corpus-gen and profilelint's --max-file-size use)."""
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper().removesuffix("B")
    if text and text[-1] in units:
        return int(text[:-1]) * units[text[-1]]
    return int(text)


def list_shards(arguments):
    """The shard files named, a directory standing for its regular, non-hidden files in name order."""
    shards = []
    for argument in arguments:
        if os.path.isdir(argument):
            names = sorted(n for n in os.listdir(argument) if not n.startswith((".", "_")))
            shards += [os.path.join(argument, n) for n in names if os.path.isfile(os.path.join(argument, n))]
        elif os.path.isfile(argument):
            shards.append(argument)
        else:
            raise SystemExit(f"sweep-spark: {argument}: no such file or directory")
    return shards


def line_boundary(handle, offset, size):
    """Where the first line starting at or after `offset` begins (`size` if none): the byte after the first
    newline at or after `offset - 1`. Boundaries of consecutive ranges tile a shard into whole lines."""
    if offset <= 0:
        return 0
    if offset >= size:
        return size
    handle.seek(offset - 1)
    position = offset - 1
    while True:
        chunk = handle.read(CHUNK)
        if not chunk:
            return size
        newline = chunk.find(b"\n")
        if newline >= 0:
            return position + newline + 1
        position += len(chunk)


def count_newlines(split):
    """Stage 1: newlines in the raw byte range [start, end) of a shard."""
    _, path, start, end = split
    count = 0
    with open(path, "rb") as handle:
        handle.seek(start)
        remaining = end - start
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            if not chunk:
                break
            count += chunk.count(b"\n")
            remaining -= len(chunk)
    return count


def is_blank(line):
    """profilelint skips a line of spaces, tabs and CRs (NDJSONStream.Lines.nextBatch)."""
    return not line.strip(b" \t\r\n")


def sweep_range(task, settings):
    """Stage 2: one range through one profilelint process; writes its part file and returns its summary."""
    from pyspark import TaskContext

    index, path, start, end, newlines_before_start = task
    worker_cpu = time.process_time()
    context = TaskContext.get()
    attempt = context.attemptNumber() if context else 0
    where = f"{path} bytes {start}-{end} (part {index:05d}, attempt {attempt + 1})"
    size = os.path.getsize(path)
    with open(path, "rb") as probe:
        first = line_boundary(probe, start, size)
        last = line_boundary(probe, end, size)
    # The newline that ends a line straddling `start` lies between start and `first`.
    before = newlines_before_start + (1 if first > start else 0)

    command = [settings["binary"], "--ndjson", "--stdin-filename", settings["names"][path],
               "--jobs", str(settings["task_cpus"])] + settings["profilelint_args"]
    stderr = tempfile.TemporaryFile()
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                               cwd=settings["cwd"], env=settings["env"])
    fed = {"lines": 0, "blank": set(), "error": None}

    def feed():
        # Lines are read in bounded pieces, so one enormous line never sits whole in memory.
        try:
            padding = b"\n" * 65536
            remaining = before
            while remaining > 0:
                process.stdin.write(padding[:min(remaining, len(padding))])
                remaining -= min(remaining, len(padding))
            with open(path, "rb") as handle:
                handle.seek(first)
                left = last - first
                inside, blank = False, True
                while left > 0:
                    piece = handle.readline(min(CHUNK, left))
                    if not piece:
                        break
                    left -= len(piece)
                    if not inside:
                        fed["lines"] += 1
                        blank = True
                    blank = blank and is_blank(piece)
                    inside = not piece.endswith(b"\n")
                    if blank and not inside:
                        fed["blank"].add(before + fed["lines"])
                    process.stdin.write(piece)
                if blank and inside:
                    fed["blank"].add(before + fed["lines"])
        except BrokenPipeError:
            pass  # profilelint stopped reading: its exit status says why.
        except Exception as error:  # noqa: BLE001 - reported as the task's failure below
            fed["error"] = error
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()

    out_dir = settings["output"]
    part = os.path.join(out_dir, f"part-{index:05d}.ndjson")
    temporary = os.path.join(out_dir, "_temporary", f"part-{index:05d}.attempt-{attempt}")
    errors, with_findings = 0, 0
    rules = collections.Counter()
    lines = []
    problem = None
    with open(temporary, "wb") as output:
        for raw in process.stdout:
            output.write(raw)
            try:
                record = json.loads(raw)
                lines.append(record["line"])
            except (ValueError, KeyError, TypeError):
                problem = problem or f"profilelint wrote a line that is not a record: {raw[:200]!r}"
                continue
            if "error" in record:
                errors += 1
            findings = record.get("findings") or []
            with_findings += 1 if findings else 0
            rules.update(finding.get("rule", "?") for finding in findings)
    # wait4, not wait: profilelint's CPU time and peak memory go into the summary (Docs/scale.md quotes them).
    _, raw_status, usage = os.wait4(process.pid, 0)
    status = process.returncode = os.waitstatus_to_exitcode(raw_status)
    feeder.join()
    stderr.seek(0)
    messages = stderr.read().decode("utf-8", "replace")
    stderr.close()
    if messages:
        # Kept out of the results, and visible in the executor's log.
        sys.stderr.write(f"sweep-spark: profilelint on {where} said:\n{messages}")

    records = len(lines)
    expected = fed["lines"] - len(fed["blank"])
    covered = sum(1 for line in lines if line not in fed["blank"])
    if status < 0:
        problem = f"profilelint was killed by signal {-status}"
    elif status not in RESULT_STATUSES:
        problem = f"profilelint exited with status {status}"
    elif fed["error"] is not None:
        problem = f"reading the shard failed: {fed['error']}"
    elif problem is None and (lines != sorted(set(lines)) or (lines and not before < lines[0])
                              or (lines and lines[-1] > before + fed["lines"]) or covered != expected):
        # One record per non-blank line, in order, inside the range. (An over-long line of spaces is still an error
        # record, so a record for a blank line is allowed.)
        problem = f"{records} records do not match the range's {expected} non-blank lines"
    if problem:
        os.unlink(temporary)
        tail = messages.strip()[-2000:]
        raise RuntimeError(f"{FAILURE_MARK} {where}: {problem}" + (f"; its stderr: {tail}" if tail else ""))
    # A retried task replaces the part whole, so the output holds each range exactly once.
    os.replace(temporary, part)
    return {"records": records, "errors": errors, "with_findings": with_findings, "rules": dict(rules),
            "status": status, "retried": 1 if attempt > 0 else 0, "lines": fed["lines"],
            "profilelint_cpu": usage.ru_utime + usage.ru_stime, "profilelint_max_rss_kb": usage.ru_maxrss,
            "worker_cpu": time.process_time() - worker_cpu,
            "worker_max_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}


def make_splits(shards, split_size):
    splits = []
    for path in shards:
        size = os.path.getsize(path)
        for start in range(0, size, split_size):
            splits.append((len(splits), path, start, min(size, start + split_size)))
    return splits


def master_with_retries(master, max_failures):
    # Local mode ignores spark.task.maxFailures; only `local[N,F]` makes it retry a failed task.
    if master.startswith("local") and "," not in master:
        threads = master[len("local["):-1] if master.startswith("local[") else "1"
        return f"local[{threads},{max_failures}]"
    return master


def jvm_usage(context):
    """CPU seconds and peak resident memory (KB) of the JVM behind `context`: in local mode, the driver and its
    executor threads. None where /proc does not show it."""
    try:
        pid = context._jvm.java.lang.ProcessHandle.current().pid()
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        cpu = (int(fields[11]) + int(fields[12])) / ticks  # utime and stime, fields 14 and 15 of proc(5)
        with open(f"/proc/{pid}/status") as handle:
            peak = next(int(line.split()[1]) for line in handle if line.startswith("VmHWM:"))
        return cpu, peak
    except Exception:  # noqa: BLE001 - a remote driver, or no /proc: the summary says "unknown"
        return None


def summary_text(summary):
    lines = [
        f"shards:            {summary['shards']}",
        f"ranges (tasks):    {summary['tasks']} ({summary['retried_tasks']} retried)",
        f"records:           {summary['records']}",
        f"error records:     {summary['errors']}",
        f"with findings:     {summary['with_findings']}",
        f"wall time:         {summary['wall_seconds']:.2f} s",
        f"records/s:         {summary['records_per_second']:.1f}",
        "cpu seconds:       " + ", ".join(f"{name} {seconds:.2f}" if seconds is not None else f"{name} unknown"
                                           for name, seconds in summary["cpu_seconds"].items()),
        "peak memory (MB):  " + ", ".join(f"{name} {kb / 1024:.0f}" if kb is not None else f"{name} unknown"
                                           for name, kb in summary["peak_rss_kb"].items()),
        "findings by rule:",
    ]
    for rule, count in sorted(summary["findings_by_rule"].items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  {count:>10}  {rule}")
    return "\n".join(lines)


def main(argv):
    if "--" in argv:
        cut = argv.index("--")
        argv, profilelint_args = argv[:cut], argv[cut + 1:]
    else:
        profilelint_args = []
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", help="NDJSON shard files, or directories of them")
    parser.add_argument("--output", required=True, help="directory for part-NNNNN.ndjson and summary.json (new)")
    parser.add_argument("--master", default="local[2]", help="Spark master (default: local[2])")
    parser.add_argument("--split-size", default="16M", help="bytes of a shard per task (default: 16M)")
    parser.add_argument("--profilelint", help="the profilelint binary (default: the one on PATH)")
    parser.add_argument("--max-failures", type=int, default=4,
                        help="attempts per task before the sweep fails (default: 4, Spark's own default)")
    parser.add_argument("--task-cpus", type=int, default=1, help="cores per task, passed on as --jobs (default: 1)")
    parser.add_argument("--summary-json", help="also write the summary here")
    arguments = parser.parse_args(argv)

    binary = arguments.profilelint or shutil.which("profilelint")
    if not binary or not os.access(binary, os.X_OK):
        print(f"sweep-spark: no profilelint binary at {binary or 'PATH'}; pass --profilelint", file=sys.stderr)
        return 2
    try:
        split_size = parse_size(arguments.split_size)
    except ValueError:
        split_size = 0
    if split_size <= 0:
        print(f"sweep-spark: --split-size {arguments.split_size}: not a size", file=sys.stderr)
        return 2
    try:
        shards = list_shards(arguments.inputs)
    except SystemExit as error:
        print(error, file=sys.stderr)
        return 2
    if os.path.exists(arguments.output) and os.listdir(arguments.output):
        print(f"sweep-spark: {arguments.output} is not empty; name a new directory", file=sys.stderr)
        return 2
    output = os.path.abspath(arguments.output)
    os.makedirs(os.path.join(output, "_temporary"), exist_ok=True)

    settings = {
        "binary": os.path.abspath(binary),
        "names": {path: path for path in shards},
        # Executors read and write these paths and run profilelint there: on a cluster they must be shared.
        "output": output,
        "cwd": os.getcwd(),
        "env": {key: os.environ[key] for key in ("PATH", "HOME", "LANG", "LC_ALL", "TZ") if key in os.environ},
        "task_cpus": arguments.task_cpus,
        "profilelint_args": profilelint_args,
    }
    absolute = {os.path.abspath(path): name for path, name in settings["names"].items()}
    settings["names"] = absolute
    shards = list(absolute)
    splits = make_splits(shards, split_size)

    # Executors must run this same Python (a pyenv shim or a venv is not on an executor's PATH otherwise).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark import SparkConf, SparkContext

    conf = (SparkConf().setAppName("profilelint-sweep")
            .setMaster(master_with_retries(arguments.master, arguments.max_failures))
            .set("spark.task.maxFailures", str(arguments.max_failures))
            .set("spark.task.cpus", str(arguments.task_cpus))
            .set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false"))
    if arguments.master.startswith("local"):
        # Local mode stays on the loopback interface, whatever the host name resolves to.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        conf = conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
    began = time.monotonic()
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    try:
        results, jvm = [], None
        if splits:
            counts = context.parallelize(splits, len(splits)).map(count_newlines).collect()
            tasks, before, previous_path = [], 0, None
            for split, count in zip(splits, counts):
                if split[1] != previous_path:
                    before, previous_path = 0, split[1]
                tasks.append(split + (before,))
                before += count
            results = (context.parallelize(tasks, len(tasks))
                       .map(lambda task: sweep_range(task, settings)).collect())
        jvm = jvm_usage(context)
    except Exception as error:  # noqa: BLE001 - Py4JJavaError and friends; their text holds the task's reason
        text = str(error)
        reasons = sorted({line.strip() for line in text.splitlines() if FAILURE_MARK in line})
        print("sweep-spark: the sweep failed after retries", file=sys.stderr)
        for reason in reasons[:5] or [text.splitlines()[0] if text else repr(error)]:
            print("  " + reason[reason.find(FAILURE_MARK):] if FAILURE_MARK in reason else "  " + reason,
                  file=sys.stderr)
        return 3
    finally:
        context.stop()
    wall = time.monotonic() - began

    rules = collections.Counter()
    for result in results:
        rules.update(result["rules"])
    records = sum(r["records"] for r in results)
    summary = {
        "shards": len(shards), "tasks": len(results), "retried_tasks": sum(r["retried"] for r in results),
        "records": records, "errors": sum(r["errors"] for r in results),
        "with_findings": sum(r["with_findings"] for r in results), "findings_by_rule": dict(rules),
        "wall_seconds": wall, "records_per_second": records / wall if wall > 0 else 0.0,
        "master": context.master, "split_size": split_size,
        # What the sweep cost in CPU, by process: the JVM figure is the whole JVM only in local mode.
        "cpu_seconds": {"profilelint": sum(r["profilelint_cpu"] for r in results),
                        "python workers": sum(r["worker_cpu"] for r in results),
                        "jvm": jvm[0] if jvm else None, "driver python": time.process_time()},
        "peak_rss_kb": {"profilelint": max((r["profilelint_max_rss_kb"] for r in results), default=0),
                        "python worker": max((r["worker_max_rss_kb"] for r in results), default=0),
                        "jvm": jvm[1] if jvm else None},
    }
    shutil.rmtree(os.path.join(output, "_temporary"), ignore_errors=True)
    with open(os.path.join(output, "summary.json"), "w") as handle:
        json.dump(summary, handle, indent=2, sort_keys=True)
    if arguments.summary_json:
        with open(arguments.summary_json, "w") as handle:
            json.dump(summary, handle, indent=2, sort_keys=True)
    open(os.path.join(output, "_SUCCESS"), "w").close()
    print(summary_text(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
