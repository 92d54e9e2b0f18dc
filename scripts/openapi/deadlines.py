"""`GET /v1/deadlines` (API 1.3): what is due and what is late."""

from contract import UUID, comma_pattern, errors, json_body, ref

UUID_ITEM = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
LATE = {
    "type": "object",
    "required": ["id", "title", "dueDate", "daysOverdue"],
    "properties": {
        "id": UUID,
        "title": {"type": "string"},
        "organisationId": UUID,
        "dueDate": ref("CalendarDate"),
        "daysOverdue": {"type": "integer", "minimum": 1},
    },
}
CODE_LIST = {
    "type": "object",
    "required": ["name", "entries"],
    "properties": {
        "name": {"type": "string", "description": "The enumeration's schema name in this contract."},
        "entries": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["code", "sv", "en"],
                "properties": {"code": {"type": "string"}, "sv": {"type": "string"}, "en": {"type": "string"}},
            },
        },
    },
}
SCHEMAS = {
    "CodeList": CODE_LIST,
    "CodeLists": {
        "type": "object",
        "required": ["codeLists"],
        "properties": {"codeLists": {"type": "array", "items": ref("CodeList")}},
    },
    "LateItem": LATE,
    "Deadlines": {
        "type": "object",
        "required": ["asOf", "reportingObligations", "overdueActions", "barriersPastTarget", "initiativesPastEnd"],
        "properties": {
            "asOf": ref("CalendarDate"),
            "reportingObligations": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["assignmentId", "assignmentTitle", "kind", "dueDate", "daysLeft", "overdue"],
                    "properties": {
                        "assignmentId": UUID,
                        "assignmentTitle": {"type": "string"},
                        "kind": ref("ReportingObligationKind"),
                        "cadence": ref("Cadence"),
                        "description": {"type": "string"},
                        "dueDate": ref("CalendarDate"),
                        "daysLeft": {"type": "integer"},
                        "overdue": {"type": "boolean"},
                    },
                },
            },
            "overdueActions": {"type": "array", "items": ref("LateItem")},
            "barriersPastTarget": {"type": "array", "items": ref("LateItem")},
            "initiativesPastEnd": {"type": "array", "items": ref("LateItem")},
        },
    },
}


def paths():
    return {
        "/v1/code-lists": {
            "get": {
                "operationId": "listCodeLists",
                "tags": ["Reference data"],
                "summary": "Every enumeration with Swedish and English labels",
                "description": "One list per enumeration of this contract (named as its schema), each value with its "
                "Swedish label (the report language) and its English one.",
                "responses": {"200": json_body(ref("CodeLists"), "The code lists."), **errors(400, 401, 500)},
            }
        },
        "/v1/code-lists/{name}": {
            "get": {
                "operationId": "getCodeList",
                "tags": ["Reference data"],
                "summary": "One code list",
                "parameters": [
                    {
                        "name": "name",
                        "in": "path",
                        "required": True,
                        "description": "The enumeration's schema name, e.g. InitiativeStatus.",
                        "schema": {"type": "string", "maxLength": 100},
                    }
                ],
                "responses": {"200": json_body(ref("CodeList"), "The code list."), **errors(400, 401, 404, 500)},
            }
        },
        "/v1/deadlines": {
            "get": {
                "operationId": "getDeadlines",
                "tags": ["Assignments"],
                "summary": "What is due and what is late",
                "description": "The assignments' reporting obligations with the day each is next due (a deadline, or "
                "the last day of the continuous duty's current cadence period, counted from the assignment's start), "
                "follow-up actions past due (as the token may see them), barriers past their target date and "
                "initiatives still open past their end date, with calendar days overdue.",
                "parameters": [
                    {
                        "name": "assignmentId",
                        "in": "query",
                        "required": False,
                        "description": "Only these assignments' obligations.",
                        "schema": comma_pattern(UUID_ITEM),
                    }
                ],
                "responses": {"200": json_body(ref("Deadlines"), "The deadlines."), **errors(400, 401, 500)},
            }
        },
    }
