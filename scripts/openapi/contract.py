"""Building blocks of the contract: patterns read from the Swift sources, reference data read from seeds/, and the
shapes every resource shares (refs, pages, responses, parameters). Facts the server states are read, not restated.
"""

import csv
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
BASE = "https://samordna.tillvaxtverket.se/problems/"
UUID_EXAMPLE = "3f2b5c1e-8d4a-4f6b-9c2d-1e0a7b6c5d4e"
REQUEST_ID = "0b6f5f0e-2f55-4a8e-9d7c-0f3f0f3f0f3f"
STAMP = "2026-11-28T09:15:00.000Z"
TOTAL = (
    "How many items match across all pages. Exact, except that a total over hundreds of thousands of rows may "
    "lag writes by a few seconds (one second, or 50 times what it takes to count, while it is counted again)."
)


def swift_source(path):
    return (ROOT / path).read_text(encoding="utf-8")


def swift_pattern(name):
    """A raw-string pattern constant of TextRules.swift."""
    match = re.search(
        r"static let " + name + r'\s*=\s*#"(.*?)"#', swift_source("Sources/Domain/Core/TextRules.swift"), re.S
    )
    if not match:
        sys.exit(f"pattern {name} not found in TextRules.swift")
    return match.group(1)


def problem_types():
    """The slugs of ProblemType.swift, the only place the server names a problem."""
    source = swift_source("Sources/Domain/Wire/ProblemType.swift")
    slugs = []
    for name, raw in re.findall(r"^\s*case (\w+)(?: = \"([a-z-]+)\")?$", source, re.M):
        slugs.append(raw or name)
    return slugs


TEXT, URL, EMAIL = swift_pattern("textPattern"), swift_pattern("urlPattern"), swift_pattern("emailPattern")
PHONE, KEY = swift_pattern("phonePattern"), swift_pattern("keyPattern")
PLACES = list(csv.DictReader(open(ROOT / "seeds/municipalities.csv", encoding="utf-8")))
COUNTY_CODES = sorted({row["countyCode"] for row in PLACES})
MUNICIPALITY_CODES = [row["municipalityCode"] for row in PLACES]


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def response(name):
    return {"$ref": f"#/components/responses/{name}"}


def parameter(name):
    return {"$ref": f"#/components/parameters/{name}"}


def header(name):
    return {"$ref": f"#/components/headers/{name}"}


STD_HEADERS = {"X-Request-Id": header("XRequestId")}
UUID = {"type": "string", "format": "uuid", "example": UUID_EXAMPLE}
TIMESTAMP = {
    "type": "string",
    "format": "date-time",
    "description": "RFC 3339; returned in UTC with Z.",
    "example": STAMP,
}
KEY_TEXT = {"type": "string", "minLength": 2, "maxLength": 64, "pattern": KEY}


def text(maximum=200, description=None):
    schema = {"type": "string", "minLength": 1, "maxLength": maximum, "pattern": TEXT}
    return {**schema, "description": description} if description else schema


def id_list(maximum=100):
    return {"type": "array", "maxItems": maximum, "items": UUID}


def comma_list(values):
    """A query parameter holding a comma list of enumeration values."""
    item = "(" + "|".join(values) + ")"
    return {"type": "string", "maxLength": 2000, "pattern": f"^{item}(,{item})*$"}


def comma_pattern(item):
    return {"type": "string", "maxLength": 2000, "pattern": f"^{item}(,{item})*$"}


def nullable(schema):
    if schema.get("type") == "null":
        return schema
    if "$ref" in schema or "type" not in schema or not isinstance(schema["type"], str):
        return {"oneOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


def page(item, example=None):
    schema = {
        "type": "object",
        "required": ["items", "total", "limit", "offset"],
        "properties": {
            "items": {"type": "array", "items": ref(item)},
            "total": {"type": "integer", "minimum": 0, "description": TOTAL},
            "limit": {"type": "integer"},
            "offset": {
                "type": "integer",
                "description": "How many matching items come before this page (with a cursor: when it was issued).",
            },
            "nextCursor": {
                "type": "string",
                "description": "The `cursor` of the next page (also in `Link: rel=next`); absent on the last page.",
            },
        },
    }
    if example is not None:
        schema["example"] = {"items": [example], "total": 1, "limit": 20, "offset": 0}
    return schema


def json_body(schema, description, example=None, headers=None):
    content = {"application/json": {"schema": schema}}
    if example is not None:
        content["application/json"]["example"] = example
    return {"description": description, "headers": {**STD_HEADERS, **(headers or {})}, "content": content}


def problem(description, slug, status, title):
    example = {
        "type": BASE + slug,
        "title": title,
        "status": status,
        "detail": description,
        "instance": "/v1/organisations",
        "requestId": REQUEST_ID,
    }
    return {
        "description": description,
        "headers": STD_HEADERS,
        "content": {"application/problem+json": {"schema": ref("Problem"), "example": example}},
    }


def errors(*statuses):
    """The shared problem responses for the given statuses."""
    names = {
        400: "BadRequest",
        401: "Unauthorized",
        403: "Forbidden",
        404: "NotFound",
        409: "Conflict",
        412: "PreconditionFailed",
        413: "ContentTooLarge",
        415: "UnsupportedMediaType",
        422: "ValidationFailed",
        429: "TooManyRequests",
        500: "InternalError",
        503: "Busy",
    }
    # Every operation that takes a token may also meet the token's rate limit.
    statuses = sorted(set(statuses) | ({429} if 401 in statuses else set()))
    return {str(status): response(names[status]) for status in statuses}
