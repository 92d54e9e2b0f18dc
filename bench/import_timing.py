#!/usr/bin/env python3
"""How long a bulk import takes, and what it costs the server in memory: starts the release build on a fresh SQLite
file (one core, `taskset -c 1`), exports nothing, imports N new organisations as CSV (the export's columns), first as a
dry run and then for real, then the same file exported and imported back (every row unchanged). Each answer is
checked (counts, and the list's total afterwards). Prints seconds, rows a second and the server's peak RSS.
Usage: bench/import_timing.py [--rows 10000] [--binary .build/release/samordna]
"""

import argparse
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, token, method, path, body=None, content_type=None):
    request = urllib.request.Request(base + path, data=body, method=method)
    request.add_header("Authorization", f"Bearer {token}")
    if content_type:
        request.add_header("Content-Type", content_type)
    with urllib.request.urlopen(request, timeout=600) as response:
        return response.read()


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/samordna"))
    args = parser.parse_args()
    token = "bench-admin-" + secrets.token_hex(32)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, SAMORDNA_BOOTSTRAP_ADMIN_TOKEN=token)
        server = subprocess.Popen(
            [
                "taskset",
                "-c",
                "1",
                args.binary,
                "serve",
                "--port",
                str(port),
                "--database",
                f"{folder}/bench.sqlite",
                "--seeds",
                os.path.join(ROOT, "seeds"),
                "--openapi",
                os.path.join(ROOT, "openapi.yaml"),
                "--access-log",
                "off",
                "--log-level",
                "error",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(200):
                try:
                    urllib.request.urlopen(base + "/health/ready", timeout=1)
                    break
                except OSError:
                    time.sleep(0.05)
            before = json.loads(call(base, token, "GET", "/v1/organisations?limit=1"))["total"]
            lines = ["\ufeffname;shortName;kind;website"]
            for i in range(args.rows):
                lines.append(f"Importbolag {i:06d} AB;=Bolag {i};company;https://bolag{i}.example.se")
            body = ("\r\n".join(lines) + "\r\n").encode()
            results = {}
            for label, query in (("dry run", "?dryRun=true"), ("import", "")):
                start = time.perf_counter()
                answer = json.loads(call(base, token, "POST", "/v1/organisations/import" + query, body, "text/csv"))
                results[label] = time.perf_counter() - start
                assert answer["created"] == args.rows and answer["dryRun"] == (label == "dry run"), answer["created"]
            total = json.loads(call(base, token, "GET", "/v1/organisations?limit=1"))["total"]
            assert total == before + args.rows, (before, total)
            exported = call(base, token, "GET", "/v1/organisations?format=csv&kind=company&limit=500")
            page = exported  # one page of the export, imported back unchanged
            start = time.perf_counter()
            answer = json.loads(call(base, token, "POST", "/v1/organisations/import", page, "text/csv"))
            results["re-import of an export page (500 rows)"] = time.perf_counter() - start
            assert answer["unchanged"] == answer["rows"].__len__() and answer["updated"] == 0, answer
            rss = peak_rss_mib(server.pid)
        finally:
            server.terminate()
            server.wait()
    print(f"{args.rows} rows, {len(body) / 1e6:.1f} MB of CSV; release build on one core")
    for label, seconds in results.items():
        rows = 500 if label.startswith("re-import") else args.rows
        print(f"  {label}: {seconds:.2f} s ({rows / seconds:,.0f} rows/s)")
    print(f"  server peak RSS: {rss:.0f} MiB")


if __name__ == "__main__":
    sys.exit(main())
