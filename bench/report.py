#!/usr/bin/env python3
"""Writes docs/benchmarks.md from docs/benchmarks.json: the table, the ratios against the targets, the commands."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data = json.load(open(os.path.join(ROOT, "docs/benchmarks.json")))
scales = data["scales"]
largest, smallest = max(scales, key=int), min(scales, key=int)
lines = [
    "# Benchmarks",
    "",
    f"Measured {data['date']} on {data['machine']}; server, load generator and peers share the 2 cores.",
    f"Release build, SQLite file per scale, `wrk -t2 -c32 -d{data['durationSecondsPerRun']}s` for peak, `hey -c16 -q` at half",
    "of the measured peak for latency under load. Regenerate with `make bench` (about 10 minutes).",
    "",
    "| scale (records) | scenario | req/s | p50 ms | p99 ms | non-2xx |",
    "|---|---|---|---|---|---|",
]
for records, result in sorted(scales.items(), key=lambda kv: int(kv[0])):
    for scenario in ("ceiling", "get", "list", "post", "mixed", "getHalfLoad", "listHalfLoad"):
        r = result[scenario]
        extra = r.get("non2xx", sum(v for k, v in r.get("statuses", {}).items() if not k.startswith("2")))
        lines.append(f"| {int(records):,} | {scenario} | {r['requestsPerSecond']:,.0f} | {r['p50Ms']} | {r['p99Ms']} | {extra} |")
    lines.append(f"| {int(records):,} | peak RSS of the server | {result['peakRssMb']} MB | | | |")
for name, r in data["peers"].items():
    lines.append(f"| {data['peersAtRecords']:,} | peer: {name} (same list) | {r['requestsPerSecond']:,.0f} | {r['p50Ms']} | {r['p99Ms']} | {r['non2xx']} |")

big = scales[largest]
ref = scales[str(data["peersAtRecords"])] if str(data["peersAtRecords"]) in scales else big


def ratio(a, b):
    return a / b if b else float("nan")


targets = [
    ("single GET ≥ 50% of the ceiling", ratio(big["get"]["requestsPerSecond"], big["ceiling"]["requestsPerSecond"]), 0.5, "{:.0%}"),
    ("50-item list ≥ 25% of the ceiling", ratio(big["list"]["requestsPerSecond"], big["ceiling"]["requestsPerSecond"]), 0.25, "{:.0%}"),
    ("list ≥ 10× Datasette", ratio(ref["list"]["requestsPerSecond"], data["peers"].get("datasette", {}).get("requestsPerSecond", 0)), 10, "{:.1f}×"),
    ("list ≥ 3× FastAPI (2 workers)", ratio(ref["list"]["requestsPerSecond"], data["peers"].get("fastapi", {}).get("requestsPerSecond", 0)), 3, "{:.1f}×"),
    ("p99 < 10 ms at half of peak (GET)", big["getHalfLoad"]["p99Ms"], 10, "{} ms"),
    ("p99 < 10 ms at half of peak (list)", big["listHalfLoad"]["p99Ms"], 10, "{} ms"),
    (f"list latency at {int(largest):,} within 1.5× of {int(smallest):,} (p50 at half load)",
     ratio(big["listHalfLoad"]["p50Ms"], scales[smallest]["listHalfLoad"]["p50Ms"]), 1.5, "{:.2f}×"),
    (f"server RSS < 150 MB at {int(largest):,} records under load", big["peakRssMb"], 150, "{} MB"),
    ("≥ 5,000 acknowledged creates/s (idempotency + change log included)", big["post"]["requestsPerSecond"], 5000, "{:,.0f}/s"),
]
lines += ["", f"## Targets (at {int(largest):,} records unless noted; peers at {data['peersAtRecords']:,})", "",
          "| target | measured | met |", "|---|---|---|"]
for name, value, limit, fmt in targets:
    lower_is_better = name.startswith("p99") or "RSS" in name or "latency" in name
    met = value <= limit if lower_is_better else value >= limit
    lines.append(f"| {name} | {fmt.format(value)} | {'yes' if met else 'no'} |")
lines += ["", "## Commands", "", "```sh", "make bench                     # all of it: build, venv for peers, data, runs, this file",
          "python3 bench/run.py --scales 1000,100000,1000000 --peers-at 100000", "python3 bench/report.py          # this file from docs/benchmarks.json",
          "```", "", "The raw figures are in `docs/benchmarks.json`. See `docs/benchmark-notes.md` for what limits each figure."]
open(os.path.join(ROOT, "docs/benchmarks.md"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
