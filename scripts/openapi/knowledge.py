"""Knowledge items and their dissemination, the reach view, and bulk import (API 1.8). Declared like resources.py."""

from contract import UUID, UUID_EXAMPLE, comma_list, errors, id_list, json_body, parameter, ref, text
from contract import URL
from mission import PHASES, SECTORS
from resources import Resource

KINDS = ["lessonLearned", "method", "caseStudy", "report", "dataset", "evaluation"]
STATUSES = ["draft", "published", "withdrawn"]
CHANNELS = ["report", "seminar", "webinar", "conference", "webArticle", "networkMeeting", "studyVisit"]
AUDIENCES = [
    "stateAgencies",
    "regions",
    "municipalitiesNationwide",
    "municipalitiesInTheCounties",
    "business",
    "governmentOffices",
    "academia",
]

ENUMS = {
    "KnowledgeKind": KINDS,
    "KnowledgeStatus": STATUSES,
    "DisseminationChannel": CHANNELS,
    "Audience": AUDIENCES,
    "ImportOperation": ["created", "updated", "unchanged"],
}

FILTER_SCHEMAS = {
    "KnowledgeKindList": comma_list(KINDS),
    "KnowledgeStatusList": comma_list(STATUSES),
    "DisseminationChannelList": comma_list(CHANNELS),
    "AudienceList": comma_list(AUDIENCES),
}

INTEGER = {"type": "integer"}

VALUE_SCHEMAS = {
    "KnowledgeReach": {
        "type": "object",
        "description": "Which audiences and which of Sweden's counties the disseminations reached, and which not yet. A "
        "county is reached when a dissemination names it, a municipality in it, or an organisation reached there.",
        "required": [
            "disseminations",
            "participants",
            "organisationsReached",
            "municipalitiesReached",
            "audiences",
            "counties",
            "audiencesNotReached",
            "countiesNotReached",
        ],
        "properties": {
            "knowledgeItemId": {**UUID, "description": "The item; absent for all items."},
            "disseminations": INTEGER,
            "participants": INTEGER,
            "organisationsReached": INTEGER,
            "municipalitiesReached": INTEGER,
            "audiences": {"type": "array", "items": ref("AudienceReach")},
            "counties": {"type": "array", "items": ref("CountyReach")},
            "audiencesNotReached": {"type": "array", "items": ref("Audience")},
            "countiesNotReached": {"type": "array", "items": ref("CountyCode")},
        },
    },
    "AudienceReach": {
        "type": "object",
        "required": ["audience", "reached", "disseminations"],
        "properties": {"audience": ref("Audience"), "reached": {"type": "boolean"}, "disseminations": INTEGER},
    },
    "CountyReach": {
        "type": "object",
        "required": ["countyCode", "name", "reached", "disseminations", "municipalitiesReached", "municipalities"],
        "properties": {
            "countyCode": ref("CountyCode"),
            "name": {"type": "string"},
            "reached": {"type": "boolean"},
            "disseminations": INTEGER,
            "municipalitiesReached": INTEGER,
            "municipalities": INTEGER,
        },
    },
    "ImportResult": {
        "type": "object",
        "description": "What each row did, or (dryRun) would do.",
        "required": ["dryRun", "created", "updated", "unchanged", "rows"],
        "properties": {
            "dryRun": {"type": "boolean"},
            "created": INTEGER,
            "updated": INTEGER,
            "unchanged": INTEGER,
            "rows": {"type": "array", "items": ref("ImportRow")},
        },
    },
    "ImportRow": {
        "type": "object",
        "required": ["row", "operation", "id", "version"],
        "properties": {
            "row": {**INTEGER, "description": "The CSV row (the header is row 1) or the JSON Lines line."},
            "operation": ref("ImportOperation"),
            "id": UUID,
            "version": {**INTEGER, "description": "The record's version after the import."},
        },
    },
}

URL_TEXT = {"type": "string", "maxLength": 2000, "pattern": URL}


def unique(schema):
    """A list that names each value once (the server refuses duplicates)."""
    return {**schema, "uniqueItems": True}


RESOURCES = [
    Resource(
        "KnowledgeItem",
        "/v1/knowledge-items",
        "Knowledge",
        "Knowledge from the work (lärdom): a lesson learned, method, case study, report, dataset or evaluation.",
        "The authoring organisation's editors (and admins) write, publish and withdraw them; a draft or withdrawn "
        "item is seen only by them and admins (everywhere: lists, reads, search, the feed), a published one by every "
        "token. publishedAt is the first publication. A published item needs a body or a source, and cites no "
        "confidential meeting (422 confidentialSource). body is Markdown; "
        "bodyHtml is it as sanitised HTML (every character escaped; links only to http, https and mailto). An item "
        "that was spread cannot be deleted (409): withdraw it.",
        fields={
            "title": text(500),
            "summary": text(2000),
            "body": text(100000, "Markdown: headings, paragraphs, emphasis, code, lists, quotes, links."),
            "kind": ref("KnowledgeKind"),
            "challengeAreaIds": unique(id_list()),
            "sectors": unique({"type": "array", "maxItems": len(SECTORS), "items": ref("Sector")}),
            "phases": unique({"type": "array", "maxItems": len(PHASES), "items": ref("Phase")}),
            "transferable": {"type": "boolean", "description": "Applies beyond Norrbotten and Västerbotten."},
            "initiativeIds": unique(id_list()),
            "meetingIds": unique(id_list()),
            "establishmentIds": unique(id_list()),
            "recommendationIds": unique(id_list()),
            "urls": unique({"type": "array", "maxItems": 100, "items": URL_TEXT}),
            "authorId": UUID,
            "status": ref("KnowledgeStatus"),
        },
        required=["title", "summary", "kind", "authorId"],
        always=[
            "challengeAreaIds",
            "sectors",
            "phases",
            "transferable",
            "initiativeIds",
            "meetingIds",
            "establishmentIds",
            "recommendationIds",
            "urls",
            "status",
        ],
        read_only={
            "bodyHtml": {"type": "string", "readOnly": True, "description": "The body as sanitised HTML."},
            "publishedAt": {"type": "string", "format": "date-time", "readOnly": True},
        },
        example={
            "title": "Tidig dialog om elnätsanslutning",
            "summary": "En samrådsgrupp med nätägaren från start kortade väntetiden för anslutning.",
            "body": "## Lärdom\n\nBörja **tidigt**.",
            "kind": "lessonLearned",
            "sectors": ["steel"],
            "transferable": True,
            "authorId": UUID_EXAMPLE,
            "status": "published",
        },
        output_example={
            "bodyHtml": "<h2>Lärdom</h2>\n<p>Börja <strong>tidigt</strong>.</p>",
            "challengeAreaIds": [],
            "phases": [],
            "initiativeIds": [],
            "meetingIds": [],
            "establishmentIds": [],
            "recommendationIds": [],
            "urls": [],
            "publishedAt": "2026-11-28T09:15:00.000Z",
        },
        filters=[
            ("kind", "KnowledgeKindList", "Kinds."),
            ("status", "KnowledgeStatusList", "Statuses."),
            ("authorId", "UuidFilter", "Authoring organisations."),
            ("challengeArea", "TextFilter", "Challenge areas by key or id."),
            ("sector", "SectorList", "Applying to these sectors."),
            ("phase", "PhaseList", "Applying to these establishment phases."),
            ("transferable", "BooleanFilter", "Applies beyond the two counties (or not)."),
        ],
        sorts=["title", "kind", "status", "publishedAt", "createdAt", "updatedAt", "id"],
        q=True,
    ),
    Resource(
        "Dissemination",
        "/v1/disseminations",
        "Knowledge",
        "An occasion on which knowledge items were spread, whom it reached and where in the country.",
        "The organiser's editors (and admins) record them, once they have happened (date not after today); every "
        "token reads. Only published items are spread (422 notPublished; an item withdrawn later stays on the record). "
        "Each municipality named (any of Sweden's 290) is also an organisation reached: one without an organisation "
        "becomes one, with its official name and code, the first time it is needed.",
        fields={
            "knowledgeItemIds": unique({**id_list(), "minItems": 1}),
            "title": text(500),
            "channel": ref("DisseminationChannel"),
            "date": ref("CalendarDate"),
            "organiserId": UUID,
            "audiences": unique({"type": "array", "maxItems": len(AUDIENCES), "items": ref("Audience")}),
            "organisationIds": unique(id_list(1000)),
            "counties": unique({"type": "array", "maxItems": 21, "items": ref("CountyCode")}),
            "municipalityCodes": unique({"type": "array", "maxItems": 290, "items": ref("MunicipalityCode")}),
            "participants": {"type": "integer", "minimum": 0, "maximum": 1000000},
            "feedback": text(20000),
        },
        required=["knowledgeItemIds", "title", "channel", "date", "organiserId"],
        always=["audiences", "organisationIds", "counties", "municipalityCodes"],
        example={
            "knowledgeItemIds": [UUID_EXAMPLE],
            "title": "Nätverksträff om elnätsanslutning",
            "channel": "networkMeeting",
            "date": "2026-10-01",
            "organiserId": UUID_EXAMPLE,
            "audiences": ["municipalitiesNationwide"],
            "municipalityCodes": ["0180"],
            "participants": 40,
        },
        output_example={"organisationIds": [UUID_EXAMPLE], "counties": []},
        filters=[
            ("knowledgeItemId", "UuidFilter", "Spreading these items."),
            ("channel", "DisseminationChannelList", "Channels."),
            ("audience", "AudienceList", "Meant for these audiences."),
            ("organiserId", "UuidFilter", "Organisers."),
            ("county", "CountyList", "Reaching these counties (named, or through a municipality in them)."),
            ("municipalityCode", "MunicipalityCodeFilter", "Reaching these municipalities."),
            ("from", "DateFilter", "On or after this date."),
            ("to", "DateFilter", "On or before this date."),
        ],
        sorts=["date", "channel", "createdAt", "updatedAt", "id"],
        q=True,
    ),
]

IMPORTABLE = [
    ("/v1/organisations", "Organisations", "organisations", "Organisations"),
    ("/v1/contacts", "Contacts", "contacts", "Contacts"),
    ("/v1/initiatives", "Initiatives", "initiatives", "Initiatives"),
    ("/v1/establishments", "Establishments", "establishments", "Establishments"),
    ("/v1/knowledge-items", "KnowledgeItems", "knowledge items", "Knowledge"),
]

IMPORT_NOTE = (
    "Accepts exactly the CSV the list exports (`text/csv`: `;`, an optional byte-order mark, the export's columns in "
    "any order, any subset; a cell guarded against formulas with `'` reads back without it; lists of ids or codes "
    "joined by commas, URLs by spaces, structured values such as sites as JSON) or JSON Lines (`application/jsonl`: "
    "one input per line as POST takes it, with `id` and `version` where it updates). A row with `id` updates that "
    "record, provided `version` is still the stored one, from the columns it has (the others stay); a row without "
    "creates; a row that changes nothing is left alone. Columns the server keeps (version, times, derived values) "
    "are read as the precondition or ignored. Every row is checked first and every row's problems come back at once "
    "(422, `rows[N].field` with the header as row 1, or `lines[N].field`; a row the token may not write makes it 403); then all rows are kept in one "
    "transaction, or none. With dryRun=true the same answer, and nothing kept. Each row is an ordinary write: its "
    "version, audit entry and change-feed event. `Idempotency-Key` replays the first answer. The body may be larger than other requests' (its own limit, "
    "`--max-import-bytes`, 32 MiB by default; 413 beyond)."
)


def import_operation(path, operation, words, tag):
    return {
        "post": {
            "operationId": f"import{operation}",
            "tags": [tag],
            "summary": f"Import {words} from CSV or JSON Lines",
            "description": IMPORT_NOTE,
            "parameters": [
                parameter("IdempotencyKey"),
                {
                    "name": "dryRun",
                    "in": "query",
                    "required": False,
                    "description": "Check and report every row, keep nothing.",
                    "schema": {"type": "string", "enum": ["true", "false"]},
                },
            ],
            "requestBody": {
                "required": True,
                "content": {
                    "text/csv": {"schema": {"type": "string"}},
                    "application/jsonl": {"schema": {"type": "string"}},
                },
            },
            "responses": {
                "200": json_body(ref("ImportResult"), "What each row did."),
                **errors(400, 401, 403, 413, 415, 422, 500),
            },
        }
    }


def reach_view(operation_id, summary, description, parameters):
    ok = json_body(ref("KnowledgeReach"), "The reach.")
    ok["content"]["text/csv"] = {"schema": {"type": "string"}}
    return {
        "get": {
            "operationId": operation_id,
            "tags": ["Knowledge"],
            "summary": summary,
            "description": description
            + " With format=csv (or Accept: text/csv): one row per audience and per county (dimension, code, name, "
            "reached, disseminations, municipalitiesReached, municipalities), `;`, UTF-8 with BOM.",
            "parameters": parameters
            + [
                {"name": "from", "in": "query", "required": False, "schema": ref("CalendarDate")},
                {"name": "to", "in": "query", "required": False, "schema": ref("CalendarDate")},
                {
                    "name": "format",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "string", "enum": ["json", "csv"]},
                },
            ],
            "responses": {"200": ok, **errors(400, 401, *((404,) if parameters else ()), 500)},
        }
    }


def paths():
    result = {
        "/v1/knowledge-reach": reach_view(
            "getKnowledgeReach",
            "How far all knowledge has spread",
            "Which audiences and which of Sweden's 21 counties every dissemination (from–to, inclusive) reached, and "
            "which not yet: the 'throughout the country' part of the duty.",
            [],
        ),
        "/v1/knowledge-items/{id}/reach": reach_view(
            "getKnowledgeItemReach",
            "How far one knowledge item has spread",
            "The reach of the disseminations of one item the token may see.",
            [parameter("Id")],
        ),
    }
    for path, operation, words, tag in IMPORTABLE:
        result[path + "/import"] = import_operation(path, operation, words, tag)
    return result
