#!/usr/bin/env python3
"""Writes docs/benchmarks.md from docs/benchmarks.json: the figures, the targets with how each could fail, the setup."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data = json.load(open(os.path.join(ROOT, "docs/benchmarks.json")))
scales = data["scales"]
largest = max(scales, key=int)
big = scales[largest]
peers = data["peers"]
versions = ", ".join(f"{k} {v}" for k, v in peers["versions"].items())


def row(scale, name, r):
    extra = f" (offered {r['offeredRequestsPerSecond']:,}/s)" if "offeredRequestsPerSecond" in r else ""
    return f"| {int(scale):,} | {name}{extra} | {r['requestsPerSecond']:,.0f} | {r['p50Ms']} | {r['p99Ms']} | {r['non2xx']} |"


lines = [
    "# Benchmarks",
    "",
    f"Measured {data['date']} on {data['machine']} with `make bench` (bench/run.py, then bench/report.py).",
    "",
    "## How it is measured",
    "",
    "- **A core each**: every server runs under `taskset -c 1`, the load generator (`wrk -t1`) under `taskset -c 0`,",
    f"  {data['connections']} connections, {data['durationSecondsPerRun']} s per run. The plaintext ceiling is",
    "  Samordna's own `/health/live` on the same core, so a ratio to it is the share of the core a request leaves.",
    "- **The same data**: one pristine SQLite file per scale (bench/generate.py: 80% companies across all 290",
    "  municipalities, 20% contact persons), copied afresh for every server, so no server reads another's writes.",
    "- **Random requests, fixed seed** "
    f"({data['seed']}): single reads by ids drawn over the whole table; list pages of {data['page']} drawn from a mix",
    "  of what people and integrations ask (browsing by name with `kind`+`county`, `kind`+`municipalityCode`,",
    "  `county`, `kind`; syncing with `updatedSince` at a random moment of the most recent 1% of the history, as a",
    "  periodic sync asks, and `sort=updatedAt`), at a random offset",
    f"  within the first {data['shallowOffsets']:,} items of each result (all of it at small scales). `list by cursor`",
    "  asks the same mix at random positions across the *whole* result, by the cursor the server issued for it.",
    "- **Checked answers**: before a scenario is measured, 25 sampled answers per server are compared with the file",
    "  (the ids of the page, in order, and the total); a mismatch stops the run. A server cannot be fast by being wrong.",
    "- **As in production**: Samordna with token auth (the bench token is an admin's, exempt from rate limits), the",
    "  JSON access log on (to /dev/null) and metrics on. Every total is counted by every server (Samordna and the",
    "  FastAPI peer cache a total per query until the data changes; Datasette counts each time, as it does).",
    f"- **Peers** at {peers['records']:,} records, on the same mix: {versions}.",
    f"  Datasette: {peers['datasette']['flags']}.",
    f"  FastAPI (bench/peers/fastapi_app.py): {peers['fastapi']['flags']}.",
    "",
    "## Figures",
    "",
    "| records | scenario | req/s | p50 ms | p99 ms | non-2xx |",
    "|---|---|---|---|---|---|",
]
for scale, result in sorted(scales.items(), key=lambda kv: int(kv[0])):
    for scenario in ("ceiling", "get", "list", "listByCursor", "getHalfLoad", "listHalfLoad", "post"):
        lines.append(row(scale, scenario, result[scenario]))
    for kind, r in result["mixed"].items():
        lines.append(row(scale, f"mixed, saturated: {kind}", r))
    for kind, r in result.get("mixedHalfLoad", {}).items():
        lines.append(row(scale, f"mixed, half of that: {kind}", r))
    if "deepPage" in result:
        deep = result["deepPage"]
        lines.append(row(scale, "page 1 of all companies by name", deep["page1"]))
        lines.append(row(scale, f"page {deep['page']:,} of the same, by cursor", deep["deep"]))
    lines.append(f"| {int(scale):,} | peak RSS of the server | {result['peakRssMb']} MB | | | |")
for name in ("samordna", "datasette", "fastapi"):
    for scenario, r in peers[name].items():
        if isinstance(r, dict):
            lines.append(row(peers["records"], f"peer comparison: {name} {scenario}", r))


def ratio(a, b):
    return a / b if b else float("nan")


reads = [big["mixedHalfLoad"]["get"]["p99Ms"], big["mixedHalfLoad"]["list"]["p99Ms"]]
deep = big.get("deepPage")
targets = [
    ("single GET by a random id / plaintext ceiling", ratio(big["get"]["requestsPerSecond"], big["ceiling"]["requestsPerSecond"]),
     0.5, "{:.0%}", "both on the same core; GET pays auth, the read and the JSON"),
    ("50-item page of a random filter / plaintext ceiling", ratio(big["list"]["requestsPerSecond"], big["ceiling"]["requestsPerSecond"]),
     0.25, "{:.0%}", "random filter, sort and offset, every answer of the sample checked"),
    ("50-item page by cursor, anywhere in the result / plaintext ceiling",
     ratio(big["listByCursor"]["requestsPerSecond"], big["ceiling"]["requestsPerSecond"]), 0.25, "{:.0%}",
     "positions drawn over the whole result, so an offset-like cost would show"),
    ("50-item page vs Datasette (same mix)", ratio(peers["samordna"]["list"]["requestsPerSecond"], peers["datasette"]["list"]["requestsPerSecond"]),
     10, "{:.1f}×", "same file, same requests, both answers checked"),
    ("50-item page vs FastAPI (same mix)", ratio(peers["samordna"]["list"]["requestsPerSecond"], peers["fastapi"]["list"]["requestsPerSecond"]),
     3, "{:.1f}×", "same file, same requests, same total strategy, both answers checked"),
    ("p99 at half of peak, GET", big["getHalfLoad"]["p99Ms"], 10, "{} ms", "a fixed offered load of half the measured peak"),
    ("p99 at half of peak, list", big["listHalfLoad"]["p99Ms"], 10, "{} ms", "as above"),
    ("mixed reads and writes at half of their peak: p99 of reads", max(reads), 10, "{} ms",
     "GET, list and creates at once on separate connections, each offered half its saturated rate; the worse read p99"),
    (f"page {deep['page']:,} by cursor / page 1 (time per request)" if deep else "deep page / page 1",
     ratio(deep["page1"]["requestsPerSecond"], deep["deep"]["requestsPerSecond"]) if deep else float("nan"), 1.5, "{:.2f}×",
     "the same list and order; by offset the deep page would cost what it skips"),
    ("acknowledged creates/s (idempotency key, change log, reference checks)", big["post"]["requestsPerSecond"], 5000, "{:,.0f}/s",
     "every create a new Idempotency-Key and a 201"),
    ("server RSS under the mixed load", big["peakRssMb"], 150, "{} MB", "peak resident set (VmHWM) after all scenarios"),
]
lines += ["", f"## Targets (at {int(largest):,} records; peers at {peers['records']:,})", "",
          "| target | measured | goal | met | how it could fail |", "|---|---|---|---|---|"]
for name, value, goal, fmt, how in targets:
    lower_is_better = "p99" in name or "RSS" in name or "/ page 1" in name
    met = value <= goal if lower_is_better else value >= goal
    goal_text = ("≤ " if lower_is_better else "≥ ") + (fmt.format(goal) if "%" not in fmt else f"{goal:.0%}")
    lines.append(f"| {name} | {fmt.format(value)} | {goal_text} | {'yes' if met else '**no**'} | {how} |")
lines += ["", "What limits the figures that miss their target, and the before/after of every change, is in",
          "[`benchmark-notes.md`](benchmark-notes.md). Raw figures: `docs/benchmarks.json`.", "",
          "```sh", "make bench                                   # build, peers' venv, data, all runs, this file",
          "python3 bench/run.py --scales 5000,100000,1000000 --peers-at 100000",
          "BENCH_SECONDS=2 python3 bench/run.py --scales 5000 --peers-at 5000   # a quick look",
          "python3 bench/report.py                      # this file from docs/benchmarks.json", "```"]
open(os.path.join(ROOT, "docs/benchmarks.md"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines[-22:]))
