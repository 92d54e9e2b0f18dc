#!/usr/bin/env python3
"""The benchmark: release server on 127.0.0.1 under wrk (peak) and hey (constant half load), at three
data scales, plus the same list query served by Datasette and by FastAPI (2 workers) over the same file.
Writes docs/benchmarks.json and docs/benchmarks.md. Usage: bench/run.py [--scales 1000,100000,1000000]
"""
import argparse
import datetime
import json
import os
import platform
import re
import secrets
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build/release/samordna")
WORK = os.path.join(ROOT, ".build-bench")
VENV = os.path.join(ROOT, ".venv-bench/bin")
DURATION = int(os.environ.get("BENCH_SECONDS", "8"))
LIST_QUERY = "/v1/organisations?kind=company&county=25&limit=50"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except Exception:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not become ready")


def seconds(value, unit):
    return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def wrk(url, headers=(), script=None, env=None):
    command = ["wrk", "-t2", "-c32", f"-d{DURATION}s", "--timeout", "10s", "--latency"]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", script]
    output = subprocess.run(command + [url], capture_output=True, text=True, env=dict(os.environ, **(env or {}))).stdout
    result = {"requestsPerSecond": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    for percentile in ("50", "99"):
        match = re.search(rf"\s{percentile}%\s+([\d.]+)(us|ms|s|m)\b", output)
        result[f"p{percentile}Ms"] = round(seconds(*match.groups()) * 1000, 3)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    result["non2xx"] = int(errors.group(1)) if errors else 0
    socket_errors = re.search(r"Socket errors: (.*)", output)
    result["socketErrors"] = socket_errors.group(1) if socket_errors else ""
    return result


def hey(url, rate, headers=()):
    """A constant `rate` requests/s from 16 workers for DURATION seconds."""
    command = ["hey", "-z", f"{DURATION}s", "-c", "16", "-q", str(max(1, int(rate / 16)))]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run(command + [url], capture_output=True, text=True).stdout
    result = {"targetRequestsPerSecond": round(rate), "requestsPerSecond": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    for percentile in ("50", "99"):
        match = re.search(rf"{percentile}% in ([\d.]+) secs", output)
        result[f"p{percentile}Ms"] = round(float(match.group(1)) * 1000, 3) if match else None
    status = re.findall(r"\[(\d{3})\]\s+(\d+) responses", output)
    result["statuses"] = {code: int(count) for code, count in status}
    return result


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return None


def bench_scale(records, token, run_id):
    database = os.path.join(WORK, f"samordna-{records}.sqlite")
    if not os.path.exists(database):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench/generate.py"), "--binary", BINARY, "--database", database,
                        "--records", str(records), "--token", token], check=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([BINARY, "serve", "--port", str(port), "--database", database, "--log-level", "error"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(base + "/health/ready")
        auth = f"Authorization: Bearer {token}"
        item = sqlite3.connect(database).execute("SELECT id FROM organisations WHERE kind = 'company' LIMIT 1 OFFSET 77").fetchone()[0]
        result = {"records": records}
        result["ceiling"] = wrk(base + "/health/live")
        result["get"] = wrk(f"{base}/v1/organisations/{item}", [auth])
        result["list"] = wrk(base + LIST_QUERY, [auth])
        result["getHalfLoad"] = hey(f"{base}/v1/organisations/{item}", result["get"]["requestsPerSecond"] / 2, [auth])
        result["listHalfLoad"] = hey(base + LIST_QUERY, result["list"]["requestsPerSecond"] / 2, [auth])
        env = {"BENCH_TOKEN": token, "BENCH_ITEM": item, "BENCH_RUN": f"{run_id}-{records}"}
        result["post"] = wrk(base + "/", script=os.path.join(ROOT, "bench/wrk/post.lua"), env=env)
        result["mixed"] = wrk(base + "/", script=os.path.join(ROOT, "bench/wrk/mixed.lua"), env=env)
        result["peakRssMb"] = peak_rss_mb(server.pid)
        return result, database
    finally:
        server.terminate()
        server.wait()


def bench_peers(database):
    peers = {}
    port = free_port()
    name = os.path.splitext(os.path.basename(database))[0]
    datasette = subprocess.Popen([os.path.join(VENV, "datasette"), "serve", database, "-p", str(port), "-h", "127.0.0.1"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(f"http://127.0.0.1:{port}/-/versions.json")
        peers["datasette"] = wrk(f"http://127.0.0.1:{port}/{name}/organisations.json"
                                 "?kind__exact=company&countyCode__exact=25&_sort=nameSortKey&_size=50&_shape=objects")
    finally:
        datasette.terminate()
        datasette.wait()
    port = free_port()
    fastapi = subprocess.Popen([os.path.join(VENV, "uvicorn"), "bench.peers.fastapi_app:app", "--workers", "2", "--port", str(port),
                                "--log-level", "warning", "--no-access-log"], cwd=ROOT,
                               env=dict(os.environ, BENCH_DATABASE=database), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(f"http://127.0.0.1:{port}{LIST_QUERY}")
        peers["fastapi"] = wrk(f"http://127.0.0.1:{port}{LIST_QUERY}")
    finally:
        fastapi.terminate()
        fastapi.wait()
    return peers


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", default="1000,100000,1000000")
    parser.add_argument("--peers-at", type=int, default=100000, help="the scale at which the peers are measured")
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    token = "bench-" + secrets.token_hex(24)
    # The token is written into each generated database, so a new run regenerates them.
    for name in os.listdir(WORK):
        if name.endswith(".sqlite") or name.endswith("-wal") or name.endswith("-shm"):
            os.remove(os.path.join(WORK, name))
    run_id = str(int(time.time()))
    scales = {}
    peers = {}
    for records in [int(s) for s in args.scales.split(",")]:
        print(f"scale {records}…", flush=True)
        scales[str(records)], database = bench_scale(records, token, run_id)
        if records == args.peers_at:
            peers = bench_peers(database)
    report = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, {platform.platform()}",
        "durationSecondsPerRun": DURATION, "listQuery": LIST_QUERY, "scales": scales, "peers": peers, "peersAtRecords": args.peers_at,
    }
    with open(os.path.join(ROOT, "docs/benchmarks.json"), "w") as f:
        json.dump(report, f, indent=2)
    subprocess.run([sys.executable, os.path.join(ROOT, "bench/report.py")], check=True)


if __name__ == "__main__":
    main()
