#!/usr/bin/env python3
"""The benchmark, made fair: every server gets one core (`taskset -c 1`) and the load generator the other (`-c 0`);
every server reads its own copy of the same pristine file per scale; every scenario draws its requests at random
with a fixed seed (`bench/workload.py`) and first checks sampled answers against the file, failing loudly on a
mismatch. Samordna runs as in production: access log (JSON to stdout, sent to /dev/null) and metrics on, token
auth; the bench token is an admin's, exempt from rate limits.
Writes docs/benchmarks.json and, through bench/report.py, docs/benchmarks.md.
Usage: bench/run.py [--scales 5000,100000,1000000] [--peers-at 100000]
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
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import workload  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build/release/samordna")
WORK = os.path.join(ROOT, ".build-bench")
VENV = os.path.join(ROOT, ".venv-bench/bin")
DURATION = int(os.environ.get("BENCH_SECONDS", "8"))
SEED = int(os.environ.get("BENCH_SEED", "20261128"))
SERVER_CORE, LOAD_CORE = "1", "0"
CONNECTIONS = 16
SHALLOW = 2500  # list offsets are drawn over the first SHALLOW items of each result (all of it at small scales)
CHECKS = 25  # sampled answers checked per scenario and server
FIRST_PAGE = "/v1/organisations?kind=company&county=25&sort=name&limit=50"  # the fixed comparison


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url, timeout=120):
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


def wrk(url, paths=None, token=None, script=None, env=None, connections=CONNECTIONS, delay_ms=0, duration=None):
    """wrk on the load core; with `paths`, the requests of that list in turn (bench/wrk/paths.lua)."""
    environment = dict(os.environ, **(env or {}))
    if paths is not None:
        handle = tempfile.NamedTemporaryFile("w", delete=False, dir=WORK, suffix=".paths")
        handle.write("\n".join(paths) + "\n")
        handle.close()
        environment.update(BENCH_PATHS=handle.name, BENCH_TOKEN=token or "", BENCH_DELAY_MS=str(delay_ms))
        script = os.path.join(ROOT, "bench/wrk/paths.lua")
    command = ["taskset", "-c", LOAD_CORE, "wrk", "-t1", f"-c{connections}", f"-d{duration or DURATION}s"]
    command += ["--timeout", "10s", "--latency"] + (["-s", script] if script else []) + [url]
    output = subprocess.run(command, capture_output=True, text=True, env=environment).stdout
    if paths is not None:
        os.remove(handle.name)
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if not match:
        raise SystemExit(f"wrk printed no rate:\n{output}")
    result = {"requestsPerSecond": float(match.group(1))}
    for percentile in ("50", "99"):
        found = re.search(rf"\s{percentile}%\s+([\d.]+)(us|ms|s|m)\b", output)
        result[f"p{percentile}Ms"] = round(seconds(*found.groups()) * 1000, 3)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    result["non2xx"] = int(errors.group(1)) if errors else 0
    socket_errors = re.search(r"Socket errors: (.*)", output)
    result["socketErrors"] = socket_errors.group(1) if socket_errors else ""
    return result


def half_load(url, paths, token, peak):
    """The same requests at half of `peak`: each connection pauses so that together they offer peak / 2."""
    connections = 8
    delay = max(1, round(connections * 1000 / (peak / 2)))
    result = wrk(url, paths, token, connections=connections, delay_ms=delay)
    result["offeredRequestsPerSecond"] = round(connections * 1000 / delay)
    return result


def concurrently(jobs):
    """Runs the (name, function) pairs at once; their results by name."""
    results = {}
    threads = [threading.Thread(target=lambda n=n, f=f: results.__setitem__(n, f())) for n, f in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def rss_mb(pid, field="VmHWM"):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    return None


def pristine(records, token):
    """The scale's untouched database file, generated once per token (kept in .build-bench/token)."""
    database = os.path.join(WORK, f"pristine-{records}.sqlite")
    if not os.path.exists(database):
        generate = [sys.executable, os.path.join(ROOT, "bench/generate.py"), "--binary", BINARY, "--database", database]
        subprocess.run(generate + ["--records", str(records), "--token", token], check=True)
    return database


def copy_of(database, name):
    """A fresh copy of the pristine file for one server's run, so no server sees another's writes."""
    target = os.path.join(WORK, f"run-{name}.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(target + suffix):
            os.remove(target + suffix)
    shutil.copyfile(database, target)
    return target


class Server:
    """A server process on the server core, answering on a free port."""

    def __init__(self, command, ready_path, env=None, cwd=None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        command = [c.replace("{port}", str(self.port)) for c in command]
        self.process = subprocess.Popen(
            ["taskset", "-c", SERVER_CORE] + command, cwd=cwd, env=dict(os.environ, **(env or {})),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_ready(self.base + ready_path)

    def stop(self):
        self.process.terminate()
        self.process.wait()


def samordna(database):
    return Server([BINARY, "serve", "--port", "{port}", "--database", database, "--log-level", "error",
                   "--access-log", "json"], "/health/ready")


def cursors_for(base, token, requests):
    """Asks the server for the cursor at each request's offset (the page before it, one item long)."""
    for request in requests:
        if request.offset == 0:
            continue
        query = dict(request.api_filters(), sort=request.sort, limit=1, offset=request.offset - 1)
        _, body = workload.fetch(f"{base}/v1/organisations?{urllib.parse.urlencode(query)}", token)
        request.cursor = body.get("nextCursor")


def bench_scale(records, token, largest):
    database = pristine(records, token)
    ids = workload.organisation_ids(database, 20000, SEED)
    shallow = workload.list_requests(database, 3000, SEED + 1, SHALLOW)
    deep = workload.list_requests(database, 300 if records >= 100000 else 1000, SEED + 2, None)
    workload.fill_expected(database, shallow[:CHECKS] + deep)
    get_paths = [f"/v1/organisations/{i}" for i in ids]
    list_paths = [r.api_path() for r in shallow]
    server = samordna(copy_of(database, f"samordna-{records}"))
    try:
        base, result = server.base, {"records": records}
        workload.check_get("samordna get", base, get_paths[:CHECKS], ids, token)
        workload.check_list("samordna list", base, list_paths[:CHECKS], shallow[:CHECKS], token)
        cursors_for(base, token, deep)
        cursor_paths = [r.api_path("cursor") for r in deep]
        workload.check_list("samordna cursor list", base, cursor_paths[:CHECKS], deep[:CHECKS], token)
        result["ceiling"] = wrk(base + "/health/live")
        result["get"] = wrk(base, get_paths, token)
        result["list"] = wrk(base, list_paths, token)
        result["listByCursor"] = wrk(base, cursor_paths, token)
        result["getHalfLoad"] = half_load(base, get_paths, token, result["get"]["requestsPerSecond"])
        result["listHalfLoad"] = half_load(base, list_paths, token, result["list"]["requestsPerSecond"])
        if records == largest:
            result["deepPage"] = deep_page(base, token)
        run = f"{int(time.time())}-{records}"
        post_env = {"BENCH_TOKEN": token, "BENCH_RUN": run}
        result["post"] = wrk(base + "/", script=os.path.join(ROOT, "bench/wrk/post.lua"), env=post_env)
        mixed_env = {"BENCH_TOKEN": token, "BENCH_RUN": run + "-mixed"}
        result["mixed"] = concurrently([
            ("get", lambda: wrk(base, get_paths, token, connections=8)),
            ("list", lambda: wrk(base, list_paths, token, connections=4)),
            ("post", lambda: wrk(base + "/", script=os.path.join(ROOT, "bench/wrk/post.lua"), env=mixed_env, connections=4)),
        ])
        result["mixedHalfLoad"] = mixed_half_load(base, token, get_paths, list_paths, result["mixed"], run)
        result["peakRssMb"] = rss_mb(server.process.pid)
        workload.check_get("samordna get after writes", base, get_paths[:CHECKS], ids, token)
        return result
    finally:
        server.stop()


def mixed_half_load(base, token, get_paths, list_paths, peak, run):
    """The mixed load again at half of each kind's rate in the saturated run: latency under load, not queueing."""
    connections = 4

    def pacing(kind):
        return max(1, round(connections * 1000 / (peak[kind]["requestsPerSecond"] / 2)))

    post = os.path.join(ROOT, "bench/wrk/post.lua")
    post_env = {"BENCH_TOKEN": token, "BENCH_RUN": run + "-mixed-half", "BENCH_DELAY_MS": str(pacing("post"))}
    results = concurrently([
        ("get", lambda: wrk(base, get_paths, token, connections=connections, delay_ms=pacing("get"))),
        ("list", lambda: wrk(base, list_paths, token, connections=connections, delay_ms=pacing("list"))),
        ("post", lambda: wrk(base + "/", script=post, env=post_env, connections=connections)),
    ])
    for kind, result in results.items():
        result["offeredRequestsPerSecond"] = round(connections * 1000 / pacing(kind))
    return results


def deep_page(base, token):
    """Page 1 and page 10,000 (items 499,951–500,000) of all companies by name, the latter by cursor; at a scale with
    fewer companies, the deepest full page."""
    query = "/v1/organisations?kind=company&sort=name&limit=50"
    _, first = workload.fetch(base + query, token)
    page_number = min(10000, first["total"] // 50 - 1)
    start = (page_number - 1) * 50
    _, before = workload.fetch(f"{base}{query.replace('limit=50', 'limit=1')}&offset={start - 1}", token)
    cursor = before["nextCursor"]
    _, page = workload.fetch(f"{base}{query}&cursor={cursor}", token)
    if page["offset"] != start or len(page["items"]) != 50:
        raise SystemExit(f"page {page_number} answered offset {page['offset']} with {len(page['items'])} items")
    return {"page": page_number, "page1": wrk(base, [query], token), "deep": wrk(base, [f"{query}&cursor={cursor}"], token)}


def versions():
    found = {}
    for package in ("datasette", "fastapi", "uvicorn", "uvloop", "httptools", "orjson"):
        output = subprocess.run([os.path.join(VENV, "python"), "-c", f"import {package}; print({package}.__version__)"],
                                capture_output=True, text=True).stdout.strip()
        found[package] = output
    return found


def bench_peers(records, token):
    """The same random list pages (and single reads) from Samordna, Datasette and FastAPI, each on one core over its
    own copy of the same file, each checked against the file before it is measured."""
    database = pristine(records, token)
    requests = workload.list_requests(database, 3000, SEED + 3, SHALLOW)
    workload.fill_expected(database, requests)
    ids = workload.organisation_ids(database, 20000, SEED + 4)
    peers = {"records": records, "versions": versions(), "requests": len(requests)}

    server = samordna(copy_of(database, "peer-samordna"))
    try:
        paths = [r.api_path() for r in requests]
        workload.check_list("samordna", server.base, paths[:CHECKS], requests[:CHECKS], token)
        peers["samordna"] = {"list": wrk(server.base, paths, token),
                             "firstPage": wrk(server.base, [FIRST_PAGE], token),
                             "get": wrk(server.base, [f"/v1/organisations/{i}" for i in ids], token)}
    finally:
        server.stop()

    copy = copy_of(database, "peer-datasette")
    name = os.path.splitext(os.path.basename(copy))[0]
    datasette = Server([os.path.join(VENV, "datasette"), "serve", "-i", copy, "-p", "{port}", "-h", "127.0.0.1",
                        "--setting", "suggest_facets", "off"], "/-/versions.json")
    try:
        paths = [r.datasette_path(name, workload.datasette_next(r)) for r in requests]
        workload.check_list("datasette", datasette.base, paths[:CHECKS], requests[:CHECKS], items_key="rows",
                            total_key="filtered_table_rows_count", datasette=True)
        first = workload.ListRequest({"kind": "company", "county": "25"}, "name", "", ("_sort", "nameSortKey"), 0)
        peers["datasette"] = {"list": wrk(datasette.base, paths), "firstPage": wrk(datasette.base, [first.datasette_path(name, None)]),
                              "flags": "-i, --setting suggest_facets off, deletedAt__isnull=1, _next keyset paging"}
    finally:
        datasette.stop()

    copy = copy_of(database, "peer-fastapi")
    fastapi = Server([os.path.join(VENV, "uvicorn"), "bench.peers.fastapi_app:app", "--port", "{port}", "--workers", "1",
                      "--loop", "uvloop", "--http", "httptools", "--log-level", "warning", "--no-access-log"],
                     "/v1/organisations?limit=1", env={"BENCH_DATABASE": copy}, cwd=ROOT)
    try:
        paths = [r.api_path() for r in requests]
        workload.check_list("fastapi", fastapi.base, paths[:CHECKS], requests[:CHECKS])
        peers["fastapi"] = {"list": wrk(fastapi.base, paths), "firstPage": wrk(fastapi.base, [FIRST_PAGE]),
                            "get": wrk(fastapi.base, [f"/v1/organisations/{i}" for i in ids]),
                            "flags": "1 worker, --loop uvloop --http httptools, orjson, async handlers, one read-only "
                                     "connection, totals cached per query until PRAGMA data_version moves"}
    finally:
        fastapi.stop()
    return peers


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", default="5000,100000,1000000")
    parser.add_argument("--peers-at", type=int, default=100000, help="the scale at which the peers are measured")
    args = parser.parse_args()
    if os.cpu_count() < 2:
        raise SystemExit("the benchmark needs two cores: one for the servers, one for the load generator")
    os.makedirs(WORK, exist_ok=True)
    token_file = os.path.join(WORK, "token")
    if not os.path.exists(token_file):
        for name in os.listdir(WORK):
            if name.startswith("pristine-"):
                os.remove(os.path.join(WORK, name))
        with open(token_file, "w") as f:
            f.write("bench-" + secrets.token_hex(24))
    token = open(token_file).read().strip()
    scales = [int(s) for s in args.scales.split(",")]
    results = {}
    for records in scales:
        print(f"scale {records:,}…", flush=True)
        results[str(records)] = bench_scale(records, token, max(scales))
    print(f"peers at {args.peers_at:,}…", flush=True)
    peers = bench_peers(args.peers_at, token)
    report = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, {platform.platform()}",
        "durationSecondsPerRun": DURATION, "seed": SEED, "connections": CONNECTIONS, "shallowOffsets": SHALLOW,
        "page": workload.PAGE, "mix": workload.MIX, "sorts": list(workload.SORTS),
        "scales": results, "peers": peers,
    }
    with open(os.path.join(ROOT, "docs/benchmarks.json"), "w") as f:
        json.dump(report, f, indent=2)
    subprocess.run([sys.executable, os.path.join(ROOT, "bench/report.py")], check=True)


if __name__ == "__main__":
    main()
