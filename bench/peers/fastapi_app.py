"""The peer a user might write instead: FastAPI + uvicorn (2 workers) + orjson over the same SQLite file,
serving the same filtered list page with the same envelope (items, total, limit, offset)."""
import os
import sqlite3

import orjson
from fastapi import FastAPI, Query
from fastapi.responses import Response

DATABASE = os.environ["BENCH_DATABASE"]
app = FastAPI()
_local = {}


def connection():
    pid = os.getpid()
    if pid not in _local:
        db = sqlite3.connect(f"file:{DATABASE}?mode=ro", uri=True, check_same_thread=False)
        db.row_factory = sqlite3.Row
        _local[pid] = db
    return _local[pid]


@app.get("/v1/organisations")
def organisations(kind: str = Query(...), county: str = Query(...), limit: int = Query(20, ge=1, le=500), offset: int = Query(0, ge=0)):
    db = connection()
    where = "deletedAt IS NULL AND kind = ? AND countyCode = ?"
    rows = db.execute(
        f"SELECT * FROM organisations WHERE {where} ORDER BY nameSortKey, id LIMIT ? OFFSET ?", (kind, county, limit, offset)).fetchall()
    total = db.execute(f"SELECT COUNT(*) FROM organisations WHERE {where}", (kind, county)).fetchone()[0]
    items = [{k: row[k] for k in ("id", "key", "name", "kind", "organisationNumber", "countyCode", "municipalityCode", "parentId",
                                   "website", "version", "createdAt", "updatedAt") if row[k] is not None} for row in rows]
    return Response(orjson.dumps({"items": items, "total": total, "limit": limit, "offset": offset}), media_type="application/json")
