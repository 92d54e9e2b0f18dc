"""The peer a competent Python developer would write instead: FastAPI on uvicorn (uvloop, httptools), orjson, one
read-only SQLite connection per worker used from `async` handlers (no thread pool hop), and the same total strategy
as Samordna: a total is counted once per query and kept while the file's `PRAGMA data_version` is unchanged.
It serves the same list page (filters kind, county, municipalityCode, updatedSince; sort name or updatedAt; limit;
offset) and
single reads by id, with the same envelope (items, total, limit, offset)."""

import datetime
import os
import sqlite3

import orjson
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import Response

DATABASE = os.environ["BENCH_DATABASE"]
FIELDS = (
    "id",
    "key",
    "name",
    "shortName",
    "kind",
    "organisationNumber",
    "countyCode",
    "municipalityCode",
    "parentId",
    "website",
    "version",
    "createdAt",
    "updatedAt",
)
SELECT = f"SELECT {', '.join(FIELDS)} FROM organisations"
ORDERS = {"name": "nameSortKey ASC, id ASC", "updatedAt": "updatedAt ASC, id ASC"}
app = FastAPI()
db = sqlite3.connect(f"file:{DATABASE}?mode=ro", uri=True, check_same_thread=False)
totals = {}
generation = [None]


def item(row):
    return {name: value for name, value in zip(FIELDS, row) if value is not None}


def total(where, arguments):
    version = db.execute("PRAGMA data_version").fetchone()[0]
    if version != generation[0]:
        totals.clear()
        generation[0] = version
    key = (where, tuple(arguments))
    if key not in totals:
        totals[key] = db.execute(f"SELECT COUNT(*) FROM organisations WHERE {where}", arguments).fetchone()[0]
    return totals[key]


@app.get("/v1/organisations")
async def organisations(
    kind: str | None = None,
    county: str | None = None,
    municipalityCode: str | None = None,
    updatedSince: str | None = None,
    sort: str = "name",
    limit: int = Query(20, ge=1, le=500),
    offset: int = Query(0, ge=0),
):
    if sort not in ORDERS:
        raise HTTPException(400, "sort")
    clauses, arguments = ["deletedAt IS NULL"], []
    for column, value in (("kind", kind), ("countyCode", county), ("municipalityCode", municipalityCode)):
        if value is not None:
            clauses.append(f"{column} = ?")
            arguments.append(value)
    if updatedSince is not None:
        moment = datetime.datetime.fromisoformat(updatedSince.replace("Z", "+00:00"))
        clauses.append("updatedAt >= ?")
        arguments.append(int(moment.timestamp() * 1000))
    where = " AND ".join(clauses)
    rows = db.execute(f"{SELECT} WHERE {where} ORDER BY {ORDERS[sort]} LIMIT ? OFFSET ?", arguments + [limit, offset])
    body = {"items": [item(r) for r in rows], "total": total(where, arguments), "limit": limit, "offset": offset}
    return Response(orjson.dumps(body), media_type="application/json")


@app.get("/v1/organisations/{identifier}")
async def organisation(identifier: str):
    row = db.execute(f"{SELECT} WHERE id = ? AND deletedAt IS NULL", (identifier,)).fetchone()
    if row is None:
        raise HTTPException(404)
    return Response(orjson.dumps(item(row)), media_type="application/json")
