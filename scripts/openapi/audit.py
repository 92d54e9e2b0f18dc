"""The audit trail (API 1.5): every change's entry, for admins, and each record's history."""

import re

from contract import UUID, errors, json_body, swift_source

ENTRY = {
    "type": "object",
    "required": ["sequence", "resourceType", "resourceId", "operation", "version", "occurredAt", "changes"],
    "properties": {
        "sequence": {"type": "integer", "description": "The entry's place in the one order of all changes."},
        "resourceType": {"type": "string"},
        "resourceId": {"type": "string"},
        "operation": {"$ref": "#/components/schemas/AuditOperation"},
        "version": {"type": "integer", "description": "The record's version after the change."},
        "occurredAt": {"type": "string", "format": "date-time"},
        "tokenId": UUID,
        "organisationId": UUID,
        "requestId": {"type": "string"},
        "changes": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["field"],
                "properties": {
                    "field": {"type": "string"},
                    "old": {"description": "The value before; absent for a new record and for a personal field."},
                    "new": {"description": "The value after; absent when cleared and for a personal field."},
                    "personal": {"type": "boolean", "description": "A personal field: named, never valued."},
                },
            },
        },
    },
}
ENUMS = {"AuditOperation": ["created", "updated", "deleted"]}
SCHEMAS = {
    "AuditEntry": ENTRY,
    "RecordHistory": {
        "type": "object",
        "required": ["resourceType", "id", "entries"],
        "properties": {
            "resourceType": {"type": "string"},
            "id": {"type": "string"},
            "entries": {"type": "array", "items": {"$ref": "#/components/schemas/AuditEntry"}},
        },
    },
    "ChangeEvent": {
        "type": "object",
        "required": ["type", "id", "operation", "version", "occurredAt", "cursor"],
        "description": "A change, thin: fetch the record (path) with your own token. created and updated mean fetch "
        "and keep; deleted means remove (deleted, or no longer visible to you).",
        "properties": {
            "type": {"type": "string"},
            "id": {"type": "string"},
            "operation": {"$ref": "#/components/schemas/AuditOperation"},
            "version": {"type": "integer"},
            "occurredAt": {"type": "string", "format": "date-time"},
            "path": {"type": "string"},
            "cursor": {"type": "string", "description": "after= this resumes just after this change."},
        },
    },
    "ChangePage": {
        "type": "object",
        "required": ["items", "nextCursor", "caughtUp"],
        "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/ChangeEvent"}},
            "nextCursor": {"type": "string"},
            "caughtUp": {"type": "boolean"},
        },
    },
    "SearchResults": {
        "type": "object",
        "required": ["query", "items"],
        "properties": {
            "query": {"type": "string"},
            "items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["type", "id", "title", "snippet"],
                    "properties": {
                        "type": {"type": "string"},
                        "id": {"type": "string"},
                        "title": {"type": "string"},
                        "snippet": {
                            "type": "string",
                            "description": "HTML-escaped text with each hit in <mark>…</mark>.",
                        },
                        "path": {"type": "string"},
                    },
                },
            },
        },
    },
    "AuditPage": {
        "type": "object",
        "required": ["items", "total", "limit", "offset"],
        "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/AuditEntry"}},
            "total": {"type": "integer"},
            "limit": {"type": "integer"},
            "offset": {"type": "integer"},
            "nextCursor": {"type": "string"},
        },
    },
}


def paths():
    text = {"type": "string", "minLength": 1, "maxLength": 2000}
    date = {"type": "string", "format": "date"}
    # The searchable types, said once in SearchIndex.sources.
    searchable = re.findall(r'Source\(\s*type: "(\w+)"', swift_source("Sources/API/Persistence/SearchIndex.swift"))
    return {
        "/v1/search": {
            "get": {
                "operationId": "search",
                "tags": ["Audit"],
                "summary": "Full-text search",
                "description": "Organisations, forums, meetings, initiatives, establishments, barriers, "
                "recommendations and knowledge items by their words, best first (SQLite FTS5, bm25 with the title weighted ten times the "
                "body). Each word of q matches as a prefix; case-insensitive; å, ä and ö are letters of their own, so "
                "overtornea does not find Övertorneå (överto does). Only records the token may see are answered, and "
                "nothing tells how many were left out. The index is updated in the transaction of every write.",
                "parameters": [
                    {
                        "name": "q",
                        "in": "query",
                        "required": True,
                        "schema": text,
                        "description": "The words; text without any letter or digit finds nothing.",
                    },
                    {
                        "name": "types",
                        "in": "query",
                        "required": False,
                        "style": "form",
                        "explode": False,
                        "schema": {"type": "array", "minItems": 1, "items": {"type": "string", "enum": searchable}},
                    },
                    {
                        "name": "limit",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
                    },
                ],
                "responses": {
                    "200": json_body({"$ref": "#/components/schemas/SearchResults"}, "The hits."),
                    **errors(400, 401, 500),
                },
            }
        },
        "/v1/changes": {
            "get": {
                "operationId": "listChanges",
                "tags": ["Audit"],
                "summary": "The change feed",
                "description": "Every change in one order that never reorders or skips, also while writers commit "
                "concurrently (changes are numbered as written, and a change is visible only after every one "
                "numbered before it). Pass a page's nextCursor (or an item's cursor) as after to continue; "
                "Link: rel=next. A record you may see now shows its changes; one you may not (deleted, confidential, "
                "another organisation's contact) shows only its latest change, as deleted, so a mirror built from the "
                "feed equals what you can list. wait (seconds, at most 30) holds a caught-up request open until a "
                "change commits.",
                "parameters": [
                    {
                        "name": "after",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string", "maxLength": 2000},
                    },
                    {
                        "name": "types",
                        "in": "query",
                        "required": False,
                        "schema": text,
                        "description": "Resource types, a comma list (meeting,forum).",
                    },
                    {
                        "name": "limit",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 100},
                    },
                    {
                        "name": "wait",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "number", "minimum": 0, "maximum": 30, "default": 0},
                    },
                ],
                "responses": {
                    "200": json_body({"$ref": "#/components/schemas/ChangePage"}, "A page of changes."),
                    **errors(400, 401, 500),
                },
            }
        },
        "/v1/audit": {
            "get": {
                "operationId": "listAuditEntries",
                "tags": ["Audit"],
                "summary": "The audit trail",
                "description": "Admins only. Every create, update and delete, one entry per record changed, oldest "
                "first: who (token and organisation), when, the request id, the resource and id, the operation, and "
                "the changed fields with old and new values (personal fields named, never valued). Written in the "
                "transaction of the change; nothing changes or deletes an entry. Comma lists mean any of.",
                "parameters": [
                    {"name": "resourceType", "in": "query", "required": False, "schema": text},
                    {"name": "resourceId", "in": "query", "required": False, "schema": text},
                    {"name": "organisationId", "in": "query", "required": False, "schema": UUID},
                    {"name": "tokenId", "in": "query", "required": False, "schema": UUID},
                    {
                        "name": "operation",
                        "in": "query",
                        "required": False,
                        "schema": {"$ref": "#/components/schemas/AuditOperation"},
                    },
                    {
                        "name": "from",
                        "in": "query",
                        "required": False,
                        "schema": date,
                        "description": "From this day (UTC).",
                    },
                    {
                        "name": "to",
                        "in": "query",
                        "required": False,
                        "schema": date,
                        "description": "To this day (UTC).",
                    },
                    {
                        "name": "limit",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50},
                    },
                    {
                        "name": "cursor",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string", "maxLength": 2000},
                        "description": "A nextCursor of this list.",
                    },
                ],
                "responses": {
                    "200": json_body({"$ref": "#/components/schemas/AuditPage"}, "A page of entries."),
                    **errors(400, 401, 403, 500),
                },
            }
        },
    }
