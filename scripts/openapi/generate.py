"""Writes openapi.yaml (`make openapi`): the contract assembled from the resource declarations (resources.py), the
building blocks (contract.py) and the routes that are not resources (below). `make spec-check` fails when the file
is stale; the Swift contract test fails when the declarations and the server disagree.
"""

import collections
import sys

import yaml

from contract import (
    BASE,
    REQUEST_ID,
    STAMP,
    STD_HEADERS,
    TIMESTAMP,
    UUID,
    UUID_EXAMPLE,
    errors,
    header,
    json_body,
    nullable,
    page,
    parameter,
    problem,
    problem_types,
    ref,
    text,
)
import audit
import deadlines
import finance
import knowledge
import mission
import reports
import views
import webhooks
from resources import ENUMS, FILTER_SCHEMAS, RESOURCES, VALUE_SCHEMAS, output_example

RESOURCES = (
    RESOURCES + mission.RESOURCES + finance.RESOURCES + reports.RESOURCES + webhooks.RESOURCES + knowledge.RESOURCES
)
ENUMS = {
    **ENUMS,
    **mission.ENUMS,
    **finance.ENUMS,
    **reports.ENUMS,
    **audit.ENUMS,
    **webhooks.ENUMS,
    **knowledge.ENUMS,
}
FILTER_SCHEMAS = {
    **FILTER_SCHEMAS,
    **mission.FILTER_SCHEMAS,
    **finance.FILTER_SCHEMAS,
    **reports.FILTER_SCHEMAS,
    **knowledge.FILTER_SCHEMAS,
}
VALUE_SCHEMAS = {
    **VALUE_SCHEMAS,
    **mission.VALUE_SCHEMAS,
    **views.SCHEMAS,
    **finance.VALUE_SCHEMAS,
    **deadlines.SCHEMAS,
    **reports.SCHEMAS,
    **audit.SCHEMAS,
    **webhooks.SCHEMAS,
    **knowledge.VALUE_SCHEMAS,
}

LIST_NOTE = (
    " Paged with `cursor` (the previous page's `nextCursor`, stable while others write) or limit/offset; `Link` "
    "gives next (by cursor) and prev; `Accept: text/csv` or `format=csv` gives CSV (UTF-8 with BOM, `;`)."
)
PAGE_HEADERS = {"Link": header("Link"), "X-Total-Count": header("XTotalCount")}


def list_operation(operation_id, tag, summary, description, item, sorts, filters, q, example=None, extra_errors=()):
    parameters = [parameter("Limit"), parameter("Offset"), parameter("Cursor"), sort_parameter(sorts)]
    parameters += [parameter("Q")] if q else []
    parameters += [parameter("UpdatedSince"), parameter("Format")]
    parameters += [
        {"name": name, "in": "query", "required": False, "description": words, "schema": ref(schema)}
        for name, schema, words in filters
    ]
    ok = json_body(ref(f"{item}Page"), "One page.", example, PAGE_HEADERS)
    ok["content"]["text/csv"] = {"schema": {"type": "string"}}
    return {
        "operationId": operation_id,
        "tags": [tag],
        "summary": summary,
        "description": description + LIST_NOTE,
        "parameters": parameters,
        "responses": {"200": ok, **errors(400, 401, *extra_errors, 500)},
    }


def sort_parameter(sorts):
    return {
        "name": "sort",
        "in": "query",
        "required": False,
        "description": "Sort field; prefix with - for descending.",
        "schema": {"type": "string", "enum": sorts + ["-" + s for s in sorts]},
    }


def resource_paths(r):
    collection, item = {}, {}
    record_example = output_example(r)
    id_parameter = parameter("IdOrKey" if r.by_key else "Id")
    links = {
        f"{verb}{r.name}": {"operationId": f"{verb}{r.name}", "parameters": {"id": "$response.body#/id"}}
        for verb, op in (("get", "read"), ("update", "update"), ("delete", "delete"))
        if op in r.ops
    }
    if "read" in r.ops:
        links[f"get{r.name}History"] = {
            "operationId": f"get{r.name}History",
            "parameters": {"id": "$response.body#/id"},
        }
    if "list" in r.ops:
        page_example = {"items": [record_example], "total": 1, "limit": 20, "offset": 0}
        collection["get"] = list_operation(
            f"list{r.name}s", r.tag, f"List {r.words}s", r.who, r.name, r.sorts, r.filters, r.q, page_example
        )
    if "create" in r.ops:
        created = json_body(
            ref(r.name), "Created.", record_example, {"Location": header("Location"), "ETag": header("ETag")}
        )
        created["links"] = links
        collection["post"] = {
            "operationId": f"create{r.name}",
            "tags": [r.tag],
            "summary": f"Create a {r.words}",
            "description": r.who + " Send `Idempotency-Key` to make retries safe.",
            "parameters": [parameter("IdempotencyKey")],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": ref(f"{r.name}Input"), "example": r.example}},
            },
            "responses": {"201": created, **errors(400, 401, 403, 409, 413, 415, 422, 500)},
        }
    if "read" in r.ops:
        item["get"] = {
            "operationId": f"get{r.name}",
            "tags": [r.tag],
            "summary": f"Read a {r.words}",
            "parameters": [id_parameter, parameter("IfNoneMatch")],
            "responses": {
                "200": json_body(ref(r.name), "The record.", record_example, {"ETag": header("ETag")}),
                "304": {
                    "description": "Not modified (If-None-Match matched).",
                    "headers": {**STD_HEADERS, "ETag": header("ETag")},
                },
                **errors(400, 401, 404, 500),
            },
        }
    if "update" in r.ops:
        patch_example = {next(iter(r.example)): next(iter(r.example.values())), "version": 1}
        body = {"schema": ref(f"{r.name}Patch"), "example": patch_example}
        item["patch"] = {
            "operationId": f"update{r.name}",
            "tags": [r.tag],
            "summary": f"Change a {r.words} (JSON Merge Patch)",
            "description": "RFC 7396 merge patch: fields present are set, `null` clears. `If-Match` (or a body "
            "`version`) makes a lost update impossible: a stale one is 412. " + r.who,
            "parameters": [id_parameter, parameter("IfMatch")],
            "requestBody": {
                "required": True,
                "content": {"application/merge-patch+json": body, "application/json": body},
            },
            "responses": {
                "200": json_body(ref(r.name), "The changed record.", record_example, {"ETag": header("ETag")}),
                **errors(400, 401, 403, 404, 409, 412, 413, 415, 422, 500),
            },
        }
    if "delete" in r.ops:
        erased = (
            "Erases the person for real. "
            if r.name == "Contact"
            else ("Keeps a tombstone (reported by the change feed); the record disappears from reads and lists. ")
        )
        item["delete"] = {
            "operationId": f"delete{r.name}",
            "tags": [r.tag],
            "summary": f"Delete a {r.words}",
            "description": erased + "A record others still refer to is 409 in-use, naming them. " + r.who,
            "parameters": [id_parameter, parameter("IfMatch")],
            "responses": {
                "204": {"description": "Deleted.", "headers": STD_HEADERS},
                **errors(400, 401, 403, 404, 409, 412, 500),
            },
        }
    paths = {r.path: collection, r.path + "/{id}": item}
    if "read" in r.ops:
        paths[r.path + "/{id}/history"] = {
            "get": {
                "operationId": f"get{r.name}History",
                "tags": [r.tag],
                "summary": f"The history of a {r.words}",
                "description": "Every audit entry of the record, oldest first: who (token, organisation), when, in "
                "which request, the operation, the version it made and the changed fields with old and new values "
                "(a personal field is named, never valued). For those who may read the record.",
                "parameters": [id_parameter],
                "responses": {"200": json_body(ref("RecordHistory"), "The history."), **errors(400, 401, 404, 500)},
            }
        }
    return paths


def resource_schemas(r):
    always = r.required + r.always
    properties = {
        "id": {**UUID, "readOnly": True},
        **r.fields,
        **r.read_only,
        "version": {
            "type": "integer",
            "minimum": 1,
            "readOnly": True,
            "description": "Increases with every change; the ETag.",
        },
        "createdAt": {**TIMESTAMP, "readOnly": True},
        "updatedAt": {**TIMESTAMP, "readOnly": True},
    }
    patchable = {k: (v if k in r.required else nullable(v)) for k, v in r.fields.items() if k not in r.immutable}
    patchable["version"] = {"type": "integer", "minimum": 1, "description": "The version last read; like If-Match."}
    cannot = f" {', '.join(r.immutable)} cannot change." if r.immutable else ""
    return {
        r.name: {
            "type": "object",
            "description": r.description,
            "required": ["id"] + always + ["version", "createdAt", "updatedAt"],
            "properties": properties,
            "example": output_example(r),
        },
        f"{r.name}Input": {
            "type": "object",
            "description": f"The writable fields of a new {r.words}.",
            "additionalProperties": False,
            "required": r.required,
            "properties": r.fields,
            "example": r.example,
        },
        f"{r.name}Patch": {
            "type": "object",
            "additionalProperties": False,
            "properties": patchable,
            "description": f"A JSON Merge Patch of a {r.words}: present fields are set, null clears an "
            f"optional field.{cannot}",
        },
        f"{r.name}Page": page(r.name, output_example(r)),
    }


def service_paths():
    token_input = {"organisationId": UUID_EXAMPLE, "role": "editor", "name": "Länsstyrelsen Norrbotten integration"}
    token = {"id": UUID_EXAMPLE, **token_input, "createdAt": STAMP}
    coverage_entry = {
        "organisationId": UUID_EXAMPLE,
        "name": "Bodens kommun",
        "kind": "municipality",
        "countyCode": "25",
        "municipalityCode": "2582",
        "meetings": 1,
        "lastMeetingDate": "2026-03-12",
        "crossCountyMeetings": 1,
        "openActions": 1,
        "overdueActions": 0,
        "forums": [],
    }
    coverage = {
        "from": "2026-01-01",
        "to": "2026-12-31",
        "organisations": [coverage_entry],
        "notEngagedOrganisations": [],
        "totals": {"organisations": 1, "engaged": 1, "notEngaged": 0, "meetings": 1, "crossCountyMeetings": 1},
    }
    county, municipality = {"code": "25", "name": "Norrbottens län"}, {
        "code": "2582",
        "name": "Boden",
        "officialName": "Bodens kommun",
        "countyCode": "25",
    }
    paths = {}
    paths["/v1/tokens"] = {
        "post": {
            "operationId": "createToken",
            "tags": ["Tokens"],
            "summary": "Create a token (admin)",
            "description": "The secret is in this answer only; it is stored as a SHA-256 hash.",
            "parameters": [parameter("IdempotencyKey")],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": ref("APITokenInput"), "example": token_input}},
            },
            "responses": {
                "201": {
                    **json_body(
                        ref("CreatedAPIToken"),
                        "Created; keep the secret.",
                        {"token": token, "secret": "s3cr3t…"},
                        {"Location": header("Location")},
                    ),
                    "links": {
                        "getToken": {"operationId": "getToken", "parameters": {"id": "$response.body#/token/id"}},
                        "revokeToken": {"operationId": "revokeToken", "parameters": {"id": "$response.body#/token/id"}},
                    },
                },
                **errors(400, 401, 403, 413, 415, 422, 500),
            },
        },
        "get": list_operation(
            "listTokens",
            "Tokens",
            "List tokens (admin)",
            "Admins only.",
            "APIToken",
            ["createdAt", "updatedAt", "name", "id"],
            [("organisationId", "UuidFilter", "Organisations."), ("role", "RoleList", "Roles.")],
            False,
            {"items": [token], "total": 1, "limit": 20, "offset": 0},
            extra_errors=(403,),
        ),
    }
    paths["/v1/tokens/{id}"] = {
        "get": {
            "operationId": "getToken",
            "tags": ["Tokens"],
            "summary": "Read a token's description (admin)",
            "parameters": [parameter("Id")],
            "responses": {
                "200": json_body(ref("APIToken"), "The token (never its secret).", token),
                **errors(400, 401, 403, 404, 500),
            },
        },
        "delete": {
            "operationId": "revokeToken",
            "tags": ["Tokens"],
            "summary": "Revoke a token (admin)",
            "parameters": [parameter("Id")],
            "description": "The token stops working at once and is gone from reads and lists. A token cannot "
            "revoke itself (409).",
            "responses": {
                "204": {"description": "Revoked.", "headers": STD_HEADERS},
                **errors(400, 401, 403, 404, 409, 500),
            },
        },
    }
    paths["/v1/tokens/{id}/rotate"] = {
        "post": {
            "operationId": "rotateToken",
            "tags": ["Tokens"],
            "summary": "Give a token a new secret",
            "description": "The new secret is in this answer only; the previous one keeps working for graceSeconds "
            "(default 3600), so an integration swaps secrets without downtime. Admins rotate any token; a token may "
            "rotate itself.",
            "parameters": [parameter("Id"), parameter("IdempotencyKey")],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": ref("TokenRotationInput"), "example": {"graceSeconds": 3600}}
                },
            },
            "responses": {
                "200": json_body(
                    ref("CreatedAPIToken"), "Rotated; keep the new secret.", {"token": token, "secret": "s3cr3t…"}
                ),
                **errors(400, 401, 403, 404, 413, 415, 422, 500),
            },
        }
    }
    paths["/v1/counties"] = {
        "get": list_operation(
            "listCounties",
            "Reference data",
            "List Sweden's counties",
            "Sweden's 21 counties as SCB codes them; every " "token reads.",
            "County",
            ["code", "name", "updatedAt"],
            [],
            True,
            {"items": [county], "total": 1, "limit": 20, "offset": 0},
        )
    }
    paths["/v1/counties/{code}"] = {
        "get": {
            "operationId": "getCounty",
            "tags": ["Reference data"],
            "summary": "Read a county",
            "parameters": [parameter("Code")],
            "responses": {"200": json_body(ref("County"), "The county.", county), **errors(401, 404, 500)},
        }
    }
    paths["/v1/municipalities"] = {
        "get": list_operation(
            "listMunicipalities",
            "Reference data",
            "List Sweden's municipalities",
            "Sweden's 290 municipalities as SCB " "codes them, with their official names; every token reads.",
            "Municipality",
            ["code", "name", "updatedAt"],
            [("county", "CountyList", "County codes.")],
            True,
            {"items": [municipality], "total": 1, "limit": 20, "offset": 0},
        )
    }
    paths["/v1/municipalities/{code}"] = {
        "get": {
            "operationId": "getMunicipality",
            "tags": ["Reference data"],
            "summary": "Read a municipality",
            "parameters": [parameter("Code")],
            "responses": {
                "200": json_body(ref("Municipality"), "The municipality.", municipality),
                **errors(401, 404, 500),
            },
        }
    }
    coverage_ok = json_body(ref("DialogueCoverage"), "The report.", coverage)
    coverage_ok["content"]["text/csv"] = {"schema": {"type": "string"}}
    date = {"type": "string", "format": "date"}
    paths["/v1/dialogue-coverage"] = {
        "get": {
            "operationId": "getDialogueCoverage",
            "tags": ["Collaboration"],
            "summary": "Dialogue coverage",
            "description": "For every organisation in scope (by default the regions, county boards, municipalities and "
            "state "
            "agencies, and Sametinget): the meetings it organised or attended in the period, the last date, "
            "those with organisations from both counties, the open and overdue actions it owns, and the "
            "forums it sits in now; plus the organisations with no dialogue in the period. Only meetings the "
            "token may see count. JSON, or CSV with Accept: text/csv or format=csv.",
            "parameters": [
                {"name": "from", "in": "query", "required": False, "schema": date},
                {"name": "to", "in": "query", "required": False, "schema": date},
                {"name": "kind", "in": "query", "required": False, "schema": ref("OrganisationKindList")},
                {"name": "county", "in": "query", "required": False, "schema": ref("CountyList")},
                parameter("Format"),
            ],
            "responses": {"200": coverage_ok, **errors(400, 401, 500)},
        }
    }
    info = {
        "apiName": "Samordna",
        "apiVersion": VERSION,
        "apiReleased": RELEASED,
        "apiDocumentation": "/openapi.yaml",
        "apiStatus": "active",
    }
    public = {"security": [], "tags": ["Service"]}
    paths["/v1/api-info"] = {
        "get": {
            **public,
            "operationId": "getApiInfo",
            "summary": "The API's name, version and status",
            "responses": {"200": json_body(ref("APIInfo"), "API information.", info), **errors(500)},
        }
    }
    paths["/health/live"] = {
        "get": {
            **public,
            "operationId": "getLiveness",
            "summary": "The process is up",
            "responses": {"200": json_body(ref("Health"), "Up.", {"status": "up"}), **errors(500)},
        }
    }
    paths["/health/ready"] = {
        "get": {
            **public,
            "operationId": "getReadiness",
            "summary": "The database can be read",
            "responses": {
                "200": json_body(ref("Health"), "Ready.", {"status": "ready"}),
                "503": problem("Not ready: the database cannot be read.", "not-ready", 503, "Not ready"),
                **errors(500),
            },
        }
    }
    contract = {
        "description": "The OpenAPI document.",
        "headers": STD_HEADERS,
        "content": {
            "application/yaml": {
                "schema": {"type": "object", "description": "This OpenAPI document."},
                "example": {"openapi": "3.1.0"},
            }
        },
    }
    metrics = {
        "description": "Prometheus text format 0.0.4.",
        "headers": STD_HEADERS,
        "content": {
            "text/plain": {
                "schema": {"type": "string"},
                "example": 'samordna_http_requests_total{method="GET",route="/v1/organisations",status="200"} 42\n',
            }
        },
    }
    paths["/metrics"] = {
        "get": {
            "tags": ["Service"],
            "operationId": "getMetrics",
            "summary": "Metrics for the operator's scraper",
            "description": "Requests per route template and status with latency histograms, database write waits and "
            "durations, read waits, idempotency replays, token-cache lookups, resident memory and open files. Takes the "
            "metrics token the operator configured (SAMORDNA_METRICS_TOKEN) or an admin token.",
            "responses": {"200": metrics, **errors(401, 403, 500)},
        }
    }
    paths["/openapi.yaml"] = {
        "get": {
            **public,
            "operationId": "getContract",
            "summary": "This contract",
            "responses": {"200": contract, **errors(404, 500)},
        }
    }
    return paths


def other_schemas():
    entry_fields = [
        "organisationId",
        "name",
        "kind",
        "meetings",
        "crossCountyMeetings",
        "openActions",
        "overdueActions",
        "forums",
    ]
    count = {"type": "integer", "minimum": 0}
    seat = {
        "type": "object",
        "required": ["forumId", "name", "role"],
        "properties": {"forumId": UUID, "name": {"type": "string"}, "role": ref("MembershipRole")},
    }
    totals = ["organisations", "engaged", "notEngaged", "meetings", "crossCountyMeetings"]
    string = {"type": "string"}
    return {
        "DialogueCoverageEntry": {
            "type": "object",
            "required": entry_fields,
            "properties": {
                "organisationId": UUID,
                "name": string,
                "kind": ref("OrganisationKind"),
                "countyCode": ref("CountyCode"),
                "municipalityCode": ref("MunicipalityCode"),
                "meetings": count,
                "lastMeetingDate": ref("CalendarDate"),
                "crossCountyMeetings": count,
                "openActions": count,
                "overdueActions": count,
                "forums": {"type": "array", "items": seat},
            },
        },
        "DialogueCoverage": {
            "type": "object",
            "required": ["organisations", "notEngagedOrganisations", "totals"],
            "properties": {
                "from": ref("CalendarDate"),
                "to": ref("CalendarDate"),
                "organisations": {"type": "array", "items": ref("DialogueCoverageEntry")},
                "notEngagedOrganisations": {
                    "type": "array",
                    "items": ref("DialogueCoverageEntry"),
                    "description": "In scope, with no meeting in the period.",
                },
                "totals": {"type": "object", "required": totals, "properties": {k: count for k in totals}},
            },
        },
        "County": {
            "type": "object",
            "required": ["code", "name"],
            "properties": {"code": ref("CountyCode"), "name": string},
        },
        "CountyPage": page("County"),
        "Municipality": {
            "type": "object",
            "required": ["code", "name", "officialName", "countyCode"],
            "properties": {
                "code": ref("MunicipalityCode"),
                "name": string,
                "officialName": string,
                "countyCode": ref("CountyCode"),
            },
        },
        "MunicipalityPage": page("Municipality"),
        "APIToken": {
            "type": "object",
            "required": ["id", "organisationId", "role", "name", "createdAt"],
            "properties": {
                "id": UUID,
                "organisationId": UUID,
                "role": ref("Role"),
                "name": string,
                "createdAt": TIMESTAMP,
                "expiresAt": TIMESTAMP,
                "revokedAt": TIMESTAMP,
                "lastUsedAt": TIMESTAMP,
            },
        },
        "APITokenInput": {
            "type": "object",
            "additionalProperties": False,
            "required": ["organisationId", "role", "name"],
            "properties": {
                "organisationId": UUID,
                "role": ref("Role"),
                "name": text(200),
                "expiresAt": {**TIMESTAMP, "description": "Must be in the future."},
            },
        },
        "CreatedAPIToken": {
            "type": "object",
            "required": ["token"],
            "properties": {
                "token": ref("APIToken"),
                "secret": {
                    "type": "string",
                    "description": "The bearer secret, in the first answer only: a replay of the same Idempotency-Key "
                    "answers without it, since the server keeps a secret only as its hash.",
                },
            },
        },
        "APITokenPage": page("APIToken"),
        "TokenRotationInput": {
            "type": "object",
            "additionalProperties": False,
            "required": [],
            "properties": {
                "graceSeconds": {
                    "type": ["integer", "null"],
                    "minimum": 0,
                    "maximum": 604800,
                    "description": "Seconds the previous secret keeps working (0 ends it at once; null or absent: the "
                    "server's default, 3600).",
                }
            },
        },
        "APIInfo": {"type": "object", "required": list(API_INFO), "properties": {k: string for k in API_INFO}},
        "Health": {"type": "object", "required": ["status"], "properties": {"status": string}},
        "Problem": {
            "type": "object",
            "description": "RFC 9457 problem details.",
            "required": ["type", "title", "status"],
            "properties": {
                "type": {
                    "type": "string",
                    "format": "uri",
                    "enum": [BASE + t for t in problem_types()],
                    "description": "A stable URI per problem kind; see info.description.",
                },
                "title": string,
                "status": {"type": "integer", "minimum": 400, "maximum": 599},
                "detail": string,
                "instance": string,
                "requestId": string,
                "errors": {"type": "array", "items": ref("ValidationIssue")},
            },
            "example": VALIDATION_EXAMPLE,
        },
        "ValidationIssue": {
            "type": "object",
            "required": ["field", "code", "detail"],
            "properties": {"field": string, "code": string, "detail": string},
        },
    }


ETAG = '(W/)?"[\\x21\\x23-\\x7E]*"'
ETAGS = f"^(\\*|{ETAG}([ \\t]*,[ \\t]*{ETAG})*)$"
API_INFO = ["apiName", "apiVersion", "apiReleased", "apiDocumentation", "apiStatus"]
VERSION, RELEASED = "1.8.0", "2026-12-07"
VALIDATION_EXAMPLE = {
    "type": BASE + "validation-failed",
    "title": "Validation failed",
    "status": 422,
    "detail": "1 field failed validation.",
    "instance": "/v1/organisations",
    "requestId": REQUEST_ID,
    "errors": [
        {
            "field": "organisationNumber",
            "code": "invalidCheckDigit",
            "detail": "The last digit does not match the Luhn check digit of the first nine.",
        }
    ],
}


def components():
    unauthorized = problem("Missing, unknown, expired or revoked token.", "unauthenticated", 401, "Unauthenticated")
    unauthorized["headers"] = {
        **STD_HEADERS,
        "WWW-Authenticate": {"schema": {"type": "string"}, "description": 'Bearer realm="samordna"'},
    }
    validation = problem("Every invalid field, listed in errors.", "validation-failed", 422, "Validation failed")
    validation["content"]["application/problem+json"]["example"] = VALIDATION_EXAMPLE
    busy = problem("The database was busy; retry after Retry-After seconds.", "busy", 503, "Service busy")
    responses = {
        "BadRequest": problem(
            "Malformed JSON, a bad query parameter, header or Idempotency-Key.",
            "invalid-parameter",
            400,
            "Invalid query parameter",
        ),
        "Unauthorized": unauthorized,
        "Forbidden": problem("The token's role or organisation may not do this.", "forbidden", 403, "Forbidden"),
        "NotFound": problem(
            "No such record (or not visible to this token), or no such route.", "not-found", 404, "Not found"
        ),
        "Conflict": problem(
            "A duplicate key, name, organisation number or case number, an illegal status change, or a "
            "record still referred to (in-use, naming what refers to it).",
            "in-use",
            409,
            "Conflict",
        ),
        "PreconditionFailed": problem(
            "If-Match (or the body version) names another version.", "precondition-failed", 412, "Precondition failed"
        ),
        "ContentTooLarge": problem("The body is larger than the limit.", "content-too-large", 413, "Content too large"),
        "UnsupportedMediaType": problem(
            "The body is not application/json (or merge-patch+json) in UTF-8 (UTF-16 and UTF-32 are refused).",
            "unsupported-media-type",
            415,
            "Unsupported media type",
        ),
        "ValidationFailed": validation,
        "InternalError": problem(
            "A bug; the answer holds only the request id.", "internal-error", 500, "Internal server error"
        ),
        "TooManyRequests": {
            **problem(
                "The token's request budget is spent; retry after Retry-After seconds.",
                "too-many-requests",
                429,
                "Too many requests",
            ),
            "headers": {
                **STD_HEADERS,
                "Retry-After": {"schema": {"type": "integer"}, "description": "Seconds until a request is admitted."},
            },
        },
        "Busy": busy,
    }
    parameters = {
        "Limit": {
            "name": "limit",
            "in": "query",
            "required": False,
            "description": "Items per page (default 20).",
            "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 20},
        },
        "Offset": {
            "name": "offset",
            "in": "query",
            "required": False,
            "schema": {"type": "integer", "minimum": 0, "maximum": 100000000, "default": 0},
        },
        "Cursor": {
            "name": "cursor",
            "in": "query",
            "required": False,
            "description": "Continue after a page: its `nextCursor`, unchanged, with the same sort (not with offset). "
            "Opaque and versioned; it names the last item passed, not a row number.",
            "schema": {"type": "string", "minLength": 1, "maxLength": 2048, "pattern": "^[A-Za-z0-9_-]+$"},
        },
        "Q": {
            "name": "q",
            "in": "query",
            "required": False,
            "description": "Text filter: any part of the name (and short name), case-insensitive, Swedish-aware, "
            "composed and decomposed forms alike; and, on the lists GET /v1/search covers, any record whose words "
            "match as they do there (each word a prefix, all required). No control characters.",
            "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\\x00-\\x1F\\x7F-\\x9F]+$"},
        },
        "UpdatedSince": {
            "name": "updatedSince",
            "in": "query",
            "required": False,
            "description": "Only records changed at or after this RFC 3339 timestamp.",
            "schema": {"type": "string", "format": "date-time"},
        },
        "Format": {
            "name": "format",
            "in": "query",
            "required": False,
            "description": "csv for CSV (same as Accept: text/csv).",
            "schema": {"type": "string", "enum": ["json", "csv"]},
        },
        "Id": {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "IdOrKey": {
            "name": "id",
            "in": "path",
            "required": True,
            "description": "The id, or the record's key.",
            "schema": {"type": "string", "minLength": 1, "maxLength": 64},
        },
        "Code": {
            "name": "code",
            "in": "path",
            "required": True,
            "description": "The SCB code.",
            "schema": {"type": "string", "minLength": 1, "maxLength": 8},
        },
        "IfMatch": {
            "name": "If-Match",
            "in": "header",
            "required": False,
            "description": 'The ETag last read, e.g. "3"; another version is 412, a malformed value 400.',
            "schema": {"type": "string", "pattern": ETAGS},
        },
        "IfNoneMatch": {
            "name": "If-None-Match",
            "in": "header",
            "required": False,
            "description": "An ETag; a match is 304.",
            "schema": {"type": "string"},
        },
        "IdempotencyKey": {
            "name": "Idempotency-Key",
            "in": "header",
            "required": False,
            "description": "Makes a retry return the first answer (kept 48 h); the same key with another "
            "body is 422.",
            "schema": {"type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[\\x21-\\x7E]+$"},
        },
    }
    headers = {
        "XRequestId": {
            "description": "The request's id (the caller's own X-Request-Id when given).",
            "schema": {"type": "string"},
        },
        "ETag": {"description": 'The record\'s version as a strong ETag, e.g. "3".', "schema": {"type": "string"}},
        "Location": {"description": "The new record's path.", "schema": {"type": "string"}},
        "Link": {"description": 'rel="next" and rel="prev" page links.', "schema": {"type": "string"}},
        "XTotalCount": {"description": "How many items match across all pages.", "schema": {"type": "integer"}},
    }
    schemas = {
        **VALUE_SCHEMAS,
        **{name: {"type": "string", "enum": values} for name, values in ENUMS.items()},
        **FILTER_SCHEMAS,
    }
    for resource in RESOURCES:
        schemas.update(resource_schemas(resource))
    schemas.update(other_schemas())
    security = {
        "bearerAuth": {
            "type": "http",
            "scheme": "bearer",
            "description": "An opaque token from `samordna token create` or POST /v1/tokens.",
        }
    }
    return {
        "securitySchemes": security,
        "parameters": parameters,
        "headers": headers,
        "responses": responses,
        "schemas": schemas,
    }


def document():
    paths = {}
    for resource in RESOURCES:
        paths.update(resource_paths(resource))
    paths.update(service_paths())
    paths.update(views.paths())
    paths.update(finance.paths())
    paths.update(finance.import_paths())
    paths.update(deadlines.paths())
    paths.update(reports.paths())
    paths.update(audit.paths())
    paths.update(knowledge.paths())
    for path, operations in webhooks.paths().items():
        paths.setdefault(path, {}).update(operations)
    listed = "\n".join(f"- `{BASE}{slug}`" for slug in problem_types())
    description = (
        "Samordna is Tillväxtverket's system of record for the Government's assignment to coordinate, at national "
        "level, the support for the new industrialisation and the transformation of society in Norrbotten and "
        "Västerbotten.\n\nConventions (DIGG REST API profile): JSON in UTF-8; dates `YYYY-MM-DD`, timestamps RFC 3339 "
        "in UTC; errors as `application/problem+json` (RFC 9457); lists with `limit`/`offset`/`total` and `Link`; "
        "`version` + `ETag`, `If-Match` (412), `If-None-Match` (304); `Idempotency-Key` on every POST; unknown body "
        "fields are rejected. Changes between versions are in CHANGELOG.md.\n\nProblem types:\n" + listed
    )
    tags = [
        "Organisations",
        "Contacts",
        "Challenge areas",
        "Assignments",
        "Collaboration",
        "Initiatives",
        "Establishments",
        "Barriers",
        "Knowledge",
        "Finance",
        "Reports",
        "Audit",
        "Webhooks",
        "Reference data",
        "Tokens",
        "Service",
    ]
    return collections.OrderedDict(
        [
            ("openapi", "3.1.0"),
            (
                "info",
                {
                    "title": "Samordna API",
                    "version": VERSION,
                    "summary": "The coordination registry for the new "
                    "industrialisation in Norrbotten and Västerbotten.",
                    "description": description,
                    "contact": {"name": "Tillväxtverket"},
                    "license": {"name": "Proprietary"},
                },
            ),
            ("servers", [{"url": "http://127.0.0.1:8080", "description": "Local (make run)"}]),
            ("security", [{"bearerAuth": []}]),
            ("tags", [{"name": t} for t in tags]),
            ("paths", paths),
            ("components", components()),
        ]
    )


class Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


Dumper.add_representer(
    collections.OrderedDict, lambda d, data: d.represent_mapping("tag:yaml.org,2002:map", data.items())
)


def represent_text(dumper, data):
    """Quotes text a YAML 1.2 reader would take for a number (`08`, `0980`): codes stay strings for every reader."""
    numeric = data != "" and all(c in "0123456789+-._eE" for c in data)
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="'" if numeric else None)


Dumper.add_representer(str, represent_text)

if __name__ == "__main__":
    sys.stdout.write("# Generated by scripts/openapi/generate.py (make openapi); edit the generator, not this file.\n")
    sys.stdout.write(yaml.dump(document(), Dumper=Dumper, sort_keys=False, allow_unicode=True, width=140))
