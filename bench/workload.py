"""The requests of the benchmark, drawn at random with a fixed seed from a pristine database file, and the answers
they must get: the same work for Samordna and each peer, so that a figure can fail.

A list request is a filter from a realistic mix (`MIX`), a sort, and a position in the result. The expected page
(ids and total) comes straight from the file with sqlite3, so a server that answers fast but wrongly fails the check.
"""

import json
import random
import sqlite3
import time
import urllib.parse
import urllib.request

PAGE = 50
# (weight, filters, sort): people browsing by name with the filters a county board uses, and integrations syncing
# (`updatedSince` at a random moment of the most recent 1% of the data's history, `sort=updatedAt`).
MIX = [
    (28, ("kind", "county"), "name"),
    (14, ("kind", "municipalityCode"), "name"),
    (14, ("county",), "name"),
    (14, ("kind",), "name"),
    (30, ("updatedSince",), "updatedAt"),
]
# API sort → (SQL order, Datasette sort parameter); Datasette breaks ties by the primary key ascending, as we do.
SORTS = {
    "name": ("nameSortKey ASC, id ASC", ("_sort", "nameSortKey")),
    "updatedAt": ("updatedAt ASC, id ASC", ("_sort", "updatedAt")),
}
DATASETTE_ORDERS = {"nameSortKey": "nameSortKey ASC, id ASC", "updatedAt": "updatedAt ASC, id ASC"}
COLUMNS = {"kind": "kind", "county": "countyCode", "municipalityCode": "municipalityCode"}


def rfc3339(seconds):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


class ListRequest:
    """One list request: filters (API names → value), sort, offset; with the page it must answer."""

    def __init__(self, filters, sort, order, datasette_sort, offset):
        self.filters, self.sort, self.order, self.datasette_sort, self.offset = filters, sort, order, datasette_sort, offset
        self.expected_ids, self.total, self.cursor = None, None, None

    def where(self):
        clauses, arguments = ["deletedAt IS NULL"], []
        for name, value in self.filters.items():
            clauses.append("updatedAt >= ?" if name == "updatedSince" else f"{COLUMNS[name]} = ?")
            arguments.append(value * 1000 if name == "updatedSince" else value)
        return " AND ".join(clauses), arguments

    def api_filters(self):
        return {name: rfc3339(value) if name == "updatedSince" else value for name, value in self.filters.items()}

    def api_path(self, position="offset"):
        query = dict(self.api_filters(), sort=self.sort, limit=PAGE)
        if position == "cursor" and self.cursor:
            query["cursor"] = self.cursor
        elif self.offset:
            query["offset"] = self.offset
        return "/v1/organisations?" + urllib.parse.urlencode(query)

    def datasette_path(self, database, next_token):
        query = [
            ("updatedAt__gte", value * 1000) if name == "updatedSince" else (f"{COLUMNS[name]}__exact", value)
            for name, value in self.filters.items()
        ]
        query += [("deletedAt__isnull", "1"), self.datasette_sort, ("_size", PAGE), ("_shape", "objects")]
        if next_token:
            query.append(("_next", next_token))
        return f"/{database}/organisations.json?" + urllib.parse.urlencode(query)


def _weighted(rng, choices):
    return rng.choices(choices, weights=[c[0] for c in choices])[0]


def organisation_ids(database, count, seed):
    """`count` live organisation ids drawn uniformly over the whole table."""
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    rows = db.execute("SELECT rowid FROM organisations ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    rng = random.Random(seed)
    ids = []
    while len(ids) < count:
        row = db.execute("SELECT id FROM organisations WHERE rowid = ? AND deletedAt IS NULL", (rng.randint(1, rows),)).fetchone()
        if row:
            ids.append(row[0])
    db.close()
    return ids


def list_requests(database, count, seed, max_offset):
    """`count` list requests: filters from the mix, a sort, an offset drawn over the first `max_offset` items of the
    result (over all of it with `max_offset` None). Each carries its expected page and total."""
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    municipalities = [r[0] for r in db.execute("SELECT DISTINCT municipalityCode FROM organisations WHERE kind = 'company'")]
    oldest, newest = db.execute("SELECT MIN(updatedAt) / 1000, MAX(updatedAt) / 1000 FROM organisations").fetchone()
    rng = random.Random(seed)
    totals = {}
    requests = []
    for _ in range(count):
        _, names, sort = _weighted(rng, MIX)
        filters = {}
        for name in names:
            if name == "kind":
                filters[name] = "company"
            elif name == "county":
                filters[name] = rng.choice(["24", "25"])
            elif name == "municipalityCode":
                filters[name] = rng.choice(municipalities)
            else:
                # A periodic sync asks for what changed since its last run: the most recent 1% of the history.
                filters[name] = rng.randint(newest - (newest - oldest) // 100, newest)
        order, datasette_sort = SORTS[sort]
        request = ListRequest(filters, sort, order, datasette_sort, 0)
        where, arguments = request.where()
        key = (where, tuple(arguments))
        if key not in totals:
            totals[key] = db.execute(f"SELECT COUNT(*) FROM organisations WHERE {where}", arguments).fetchone()[0]
        request.total = totals[key]
        span = request.total if max_offset is None else min(request.total, max_offset)
        request.offset = rng.randrange(max(1, span))
        requests.append(request)
    db.close()
    return requests


def fill_expected(database, requests):
    """Reads each request's expected page (ids), and the same for Datasette's order with the `_next` token that
    reaches its offset."""
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    for request in requests:
        where, arguments = request.where()

        def page(order):
            sql = f"SELECT id FROM organisations WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
            return [r[0] for r in db.execute(sql, arguments + [PAGE, request.offset])]

        request.expected_ids = page(request.order)
        datasette_order = DATASETTE_ORDERS[request.datasette_sort[1]]
        request.datasette_ids = page(datasette_order)
        request.previous = None
        if request.offset:
            request.previous = db.execute(
                f"SELECT id, nameSortKey, updatedAt FROM organisations WHERE {where} ORDER BY {datasette_order} LIMIT 1 OFFSET ?",
                arguments + [request.offset - 1],
            ).fetchone()
    db.close()


def datasette_next(request):
    """Datasette's own keyset token for the row before the page: `sortvalue,pk`, each tilde-encoded."""
    if not request.previous:
        return None
    identifier, name_key, updated = request.previous
    value = name_key if request.datasette_sort[1] == "nameSortKey" else str(updated)
    return f"{tilde_encode(value)},{tilde_encode(identifier)}"


def tilde_encode(text):
    """Datasette's tilde encoding (https://docs.datasette.io/en/stable/internals.html#tilde-encoding)."""
    safe = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    out = []
    for byte in text.encode("utf-8"):
        out.append(chr(byte) if chr(byte) in safe else ("+" if byte == 0x20 else f"~{byte:02X}"))
    return "".join(out)


def fetch(url, token=None):
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.loads(response.read())


def check_list(label, base, paths, requests, token=None, items_key="items", total_key="total", datasette=False):
    """Fails loudly unless each sampled response has the expected ids, in order, and the expected total."""
    for path, request in zip(paths, requests):
        status, body = fetch(base + path, token)
        ids = [item["id"] for item in body[items_key]]
        total = body.get(total_key)
        expected = request.datasette_ids if datasette else request.expected_ids
        if status != 200 or ids != expected or total != request.total:
            raise SystemExit(
                f"{label}: {path} answered {len(ids)} items, total {total}; expected {len(expected)} "
                f"items (same ids: {ids == expected}), total {request.total}"
            )
    return len(paths)


def check_get(label, base, paths, ids, token):
    for path, identifier in zip(paths, ids):
        status, body = fetch(base + path, token)
        if status != 200 or body.get("id") != identifier:
            raise SystemExit(f"{label}: {path} answered {status} with id {body.get('id')}")
    return len(paths)
