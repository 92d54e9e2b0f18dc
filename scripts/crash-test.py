#!/usr/bin/env python3
"""Crash safety: writes through the real server while killing it with SIGKILL at random moments.

A writer creates organisations (each with its own Idempotency-Key) and updates them with If-Match. The
server is killed at least --kills times and restarted on the same SQLite file; after a kill, the writer
retries the request it was making with the same key. At the end every acknowledged (2xx) write must be
present exactly once, no retried key may have created twice, and PRAGMA integrity_check must say ok.
"""

import argparse
import json
import os
import random
import secrets
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary, database, port, token):
        self.binary, self.database, self.port, self.token = binary, database, port, token
        self.process = None

    def start(self):
        env = dict(os.environ, SAMORDNA_BOOTSTRAP_ADMIN_TOKEN=self.token)
        self.process = subprocess.Popen(
            [self.binary, "serve", "--port", str(self.port), "--database", self.database, "--log-level", "error"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health/ready", timeout=1):
                    return
            except Exception:
                time.sleep(0.05)
        raise SystemExit("the server did not become ready")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


class Writer(threading.Thread):
    """Creates and updates organisations until told to stop, retrying each request until it is answered."""

    def __init__(self, base, token):
        super().__init__(daemon=True)
        self.base, self.token = base, token
        self.stop = threading.Event()
        self.acknowledged_creates = {}  # idempotency key -> (id, name)
        self.acknowledged_updates = []  # (id, version, website)
        self.retries = 0

    def call(self, method, path, body=None, headers=None):
        data = json.dumps(body).encode() if body is not None else None
        all_headers = {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json", **(headers or {})}
        request = urllib.request.Request(self.base + path, data=data, headers=all_headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return response.status, json.load(response)
        except urllib.error.HTTPError as error:
            return error.code, None

    def until_answered(self, *args, **kwargs):
        while True:
            try:
                return self.call(*args, **kwargs)
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                self.retries += 1
                time.sleep(0.05)

    def run(self):
        counter = 0
        while not self.stop.is_set():
            counter += 1
            key = str(uuid.uuid4())
            name = f"Krasch {counter} {key[:8]} Övertorneå"
            status, body = self.until_answered(
                "POST", "/v1/organisations", {"name": name, "kind": "company"}, {"Idempotency-Key": key}
            )
            if status == 201:
                self.acknowledged_creates[key] = (body["id"], name)
                if counter % 3 == 0:
                    website = f"https://krasch-{counter}.example.se"
                    status, updated = self.until_answered(
                        "PATCH",
                        f"/v1/organisations/{body['id']}",
                        {"website": website},
                        {"If-Match": f'"{body["version"]}"'},
                    )
                    if status == 200:
                        self.acknowledged_updates.append((body["id"], updated["version"], website))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/samordna")
    parser.add_argument("--kills", type=int, default=25)
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    random.seed(args.seed)

    work = tempfile.mkdtemp(prefix="samordna-crash-")
    database = os.path.join(work, "crash.sqlite")
    token = "crash-" + secrets.token_hex(32)
    server = Server(args.binary, database, free_port(), token)
    server.start()
    writer = Writer(f"http://127.0.0.1:{server.port}", token)
    writer.start()
    started = time.time()
    for kill in range(args.kills):
        time.sleep(random.uniform(0.05, 0.6))
        server.kill()
        time.sleep(random.uniform(0.0, 0.2))
        server.start()
    time.sleep(0.5)
    writer.stop.set()
    writer.join(timeout=30)
    elapsed = time.time() - started

    found = 0
    lost = []
    for key, (organisation_id, name) in writer.acknowledged_creates.items():
        status, body = writer.call("GET", f"/v1/organisations/{organisation_id}")
        if status == 200 and body["name"] == name:
            found += 1
        else:
            lost.append(key)
    server.kill()

    db = sqlite3.connect(database)
    duplicates = db.execute(
        "SELECT COUNT(*) FROM (SELECT name FROM organisations WHERE name LIKE 'Krasch %' GROUP BY name HAVING COUNT(*) > 1)"
    ).fetchone()[0]
    created = db.execute("SELECT COUNT(*) FROM organisations WHERE name LIKE 'Krasch %'").fetchone()[0]
    missing_updates = 0
    for organisation_id, version, website in writer.acknowledged_updates:
        logged = db.execute(
            "SELECT COUNT(*) FROM changeEvents WHERE resourceId = ? AND version = ? AND operation = 'updated'",
            (organisation_id, version),
        ).fetchone()[0]
        missing_updates += 0 if logged == 1 else 1
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    db.close()

    figures = {
        "kills": args.kills,
        "seconds": round(elapsed, 1),
        "acknowledgedCreates": len(writer.acknowledged_creates),
        "found": found,
        "lost": len(lost),
        "acknowledgedUpdates": len(writer.acknowledged_updates),
        "lostUpdates": missing_updates,
        "recordsInDatabase": created,
        "duplicates": duplicates,
        "retriedRequests": writer.retries,
        "integrityCheck": integrity,
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(figures, f, indent=2)
    ok = not lost and missing_updates == 0 and duplicates == 0 and integrity == "ok" and args.kills >= 20
    print("crash test:", "PASSED" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
