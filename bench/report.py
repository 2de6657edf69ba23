#!/usr/bin/env python3
"""bench/report.py: turn one bench/run into a report of issue 16's targets.

Reads bench/out/ttybench.json (ttybench --json: floor first, truce second),
bench/out/gobench.txt (go test -bench output), bench/out/sizes.txt and
bench/out/machine.txt, and prints Markdown: the machine, the whole-program
medians with truce's ratio to the floor, the Go benchmarks that have
targets, and each target with its measured value and met / not met.

ttybench's own table takes its metric names from the first command, and the
floor answers no key, so its table would drop truce's key latency; this
report computes the medians from the raw runs instead.
"""
import json
import re
import statistics
import sys
from pathlib import Path

out = Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out")


def medians(runs):
    keys = sorted({k for r in runs for k in r})
    return {k: statistics.median([r[k] for r in runs if k in r]) for k in keys}


tty = json.loads((out / "ttybench.json").read_text())
cmds = list(tty)
floor_cmd, truce_cmd = cmds[0], cmds[1]
floor, truce = medians(tty[floor_cmd]), medians(tty[truce_cmd])
# The floor answers no key but q: what ttybench times for its keys is the
# next clock tick, not an answer, so it has no key latency.
for k in ("key_ms", "key_max_ms"):
    floor.pop(k, None)
runs = len(tty[truce_cmd])

bench = {}
for line in (out / "gobench.txt").read_text().splitlines():
    m = re.match(r"^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op", line)
    if m:
        b_op = re.search(r"(\d+) B/op", line)
        allocs = re.search(r"(\d+) allocs/op", line)
        bench[m.group(1)] = (float(m.group(2)), b_op and b_op.group(1), allocs and allocs.group(1))

sizes = dict(line.split() for line in (out / "sizes.txt").read_text().splitlines() if line.strip())
truce_bytes = int(sizes["truce"])


def ms(ns):
    return ns / 1e6


def worst(prefix):
    """The slowest benchmark whose name starts with prefix and ends with suffix."""
    got = [(v[0], k) for k, v in bench.items() if re.match(prefix, k)]
    return max(got) if got else (float("nan"), "(not run)")


targets = []


def target(name, value, limit, unit, how=""):
    met = value <= limit
    targets.append((name, f"{value:.2f} {unit}".strip(), f"≤ {limit:g} {unit}".strip(), "met" if met else "**not met**", how))


def kb(name):
    v = bench.get(name)
    return int(v[1]) / 1024 if v and v[1] else float("nan")


def worst_kb(prefix):
    got = [(int(v[1]) / 1024, k) for k, v in bench.items() if re.match(prefix, k) and v[1]]
    return max(got) if got else (float("nan"), "(not run)")


ratio = lambda k: truce[k] / floor[k] if floor.get(k) else float("nan")  # noqa: E731
target("first frame", ratio("first_frame_ms"), 1.1, "× floor",
       f"{truce['first_frame_ms']:.1f} ms vs {floor['first_frame_ms']:.1f} ms")
target("resident memory (peak)", ratio("rss_mb"), 1.5, "× floor",
       f"{truce['rss_mb']:.1f} MiB vs {floor['rss_mb']:.1f} MiB")
target("idle CPU, Countdowns open", ratio("idle_cpu_pct"), 1.1, "× floor",
       f"{truce['idle_cpu_pct']:.2f} % vs {floor['idle_cpu_pct']:.2f} % of a core")
target("idle bytes written", truce["idle_Bps"], 60, "B/s", f"floor {floor['idle_Bps']:.1f} B/s")
target("key → frame settled (median)", truce.get("key_ms", float("nan")), 20, "ms",
       f"max {truce.get('key_max_ms', float('nan')):.1f} ms")
ns, name = worst(r"BenchmarkView/real/.*/200x60$")
target("View() at 200x60, real data, slowest tab", ms(ns), 0.5, "ms", name)
v, name = worst_kb(r"BenchmarkFrame/real/.*/200x60$")
target("steady frame (a tick, then View) at 200x60, most allocated", v, 16, "KiB", name)
v, name = worst_kb(r"BenchmarkKey/real/move")
target("key move, most allocated", v, 64, "KiB", name)
ns, name = worst(r"BenchmarkView/synthetic/.*/200x60$")
target("View() at 200x60, synthetic data, slowest tab", ms(ns), 2, "ms", name)
ns, name = worst(r"BenchmarkSearchKeystroke/synthetic$")
target("search keystroke, synthetic data", ms(ns), 5, "ms", name)
load, parse = bench.get("BenchmarkLoadSynthetic"), bench.get("BenchmarkParseSynthetic")
if load and parse:
    target("synthetic load (decode, validate, index) / bare parse", load[0] / parse[0], 1.5, "×",
           f"{ms(load[0]):.0f} ms vs {ms(parse[0]):.0f} ms for BurntSushi/toml alone")
target("binary, stripped", truce_bytes / 1e6, 10, "MB", f"{truce_bytes} bytes")

print("# truce benchmarks\n")
print((out / "machine.txt").read_text().strip() + "\n")
print(f"Whole program through a pty (ttybench, 120x40, {runs} runs each, alternating, medians):\n")
print(f"- floor: `{floor_cmd}`\n- truce: `{truce_cmd}`\n")
print("| metric | floor | truce | truce / floor |")
print("|---|---:|---:|---:|")
for k in ["first_byte_ms", "first_frame_ms", "key_ms", "key_max_ms", "idle_cpu_pct", "idle_Bps", "rss_mb", "exit_ms", "cpu_ms", "bytes"]:
    f, t = floor.get(k), truce.get(k)
    fs = f"{f:.2f}" if f is not None else "–"
    ts = f"{t:.2f}" if t is not None else "–"
    r = f"{t / f:.2f}×" if f and t is not None else "–"
    print(f"| {k} | {fs} | {ts} | {r} |")
print("\nGo benchmarks of the targets (ms/op, B/op, allocs/op):\n")
print("| benchmark | ms/op | B/op | allocs/op |")
print("|---|---:|---:|---:|")
for k, (v, b, a) in sorted(bench.items()):
    if re.search(r"View|Frame|Tick|Key|Search|Load|Parse|Startup", k):
        print(f"| {k} | {ms(v):.3f} | {b or '–'} | {a or '–'} |")
print("\nTargets of issue 16:\n")
print("| target | measured | limit | | detail |")
print("|---|---:|---:|---|---|")
for t in targets:
    print("| " + " | ".join(t) + " |")
