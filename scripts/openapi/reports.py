"""The reports to the Government Offices (API 1.3): the progress report for a period, from the data."""

from contract import UUID, UUID_EXAMPLE, comma_list, errors, json_body, parameter, ref, text
from resources import Resource

INT = {"type": "integer"}
DATE = ref("CalendarDate")


def obj(required, **properties):
    return {"type": "object", "required": required, "properties": properties}


def array(item):
    return {"type": "array", "items": item}


SCHEMAS = {
    "ProgressReport": {
        **obj(
            [
                "assignmentId",
                "assignmentTitle",
                "from",
                "to",
                "parts",
                "challengeAreas",
                "meetings",
                "dialogueCoverage",
                "overdueActions",
                "phaseChanges",
                "barriers",
                "consultations",
                "spending",
            ],
            assignmentId=UUID,
            assignmentTitle={"type": "string"},
            caseNumber={"type": "string"},
            to=DATE,
            parts=array(
                obj(
                    ["partId", "code", "position", "summarySv", "initiatives", "meetingsInPeriod", "hasEvidence"],
                    partId=UUID,
                    code={"type": "string"},
                    position=INT,
                    summarySv={"type": "string"},
                    textSv={"type": "string"},
                    initiatives=array(ref("InitiativeSummary")),
                    meetingsInPeriod=INT,
                    hasEvidence={"type": "boolean"},
                )
            ),
            challengeAreas=array(
                obj(
                    ["challengeAreaId", "nameSv", "byStatus", "changedInPeriod"],
                    challengeAreaId=UUID,
                    nameSv={"type": "string"},
                    byStatus=array(obj(["status", "count"], status=ref("InitiativeStatus"), count=INT)),
                    changedInPeriod=array(ref("InitiativeSummary")),
                )
            ),
            meetings=obj(
                ["held", "confidential", "organisationsEngaged"], held=INT, confidential=INT, organisationsEngaged=INT
            ),
            dialogueCoverage={"type": "object", "description": "The dialogue coverage's totals for the period."},
            overdueActions=obj(
                ["count", "named"],
                count=INT,
                named=array(
                    obj(
                        ["description", "ownerId", "dueDate"],
                        description={"type": "string"},
                        ownerId=UUID,
                        dueDate=DATE,
                    )
                ),
            ),
            phaseChanges=array(
                obj(
                    ["establishmentId", "name", "phase", "since"],
                    establishmentId=UUID,
                    name={"type": "string"},
                    phase=ref("Phase"),
                    since=DATE,
                )
            ),
            barriers=obj(
                ["reported", "acknowledged", "closed", "open"], reported=INT, acknowledged=INT, closed=INT, open=INT
            ),
            consultations=obj(
                ["held", "agreement", "noAgreement", "ongoing"], held=INT, agreement=INT, noAgreement=INT, ongoing=INT
            ),
            spending=obj(
                ["fiscalYears", "budget", "outcome", "byCostCategory", "byMonth"],
                fiscalYears=array(INT),
                budget=INT,
                outcome=INT,
                byCostCategory=array(
                    obj(
                        ["costCategory", "budget", "outcome"], costCategory=ref("CostCategory"), budget=INT, outcome=INT
                    )
                ),
                byMonth=array(ref("MonthOutcome")),
            ),
        ),
        "description": "Amounts in öre. Confidential meetings are counted, never named; no personal data.",
    }
}
SCHEMAS["ProgressReport"]["properties"]["from"] = DATE
NARRATIVE = obj(["id", "from", "to", "textSv"], id=UUID, to=DATE, textSv={"type": "string"}, textEn={"type": "string"})
NARRATIVE["properties"]["from"] = DATE
SCHEMAS["ReportNarrativeSection"] = NARRATIVE
SCHEMAS["ProgressReport"]["required"].append("summary")
SCHEMAS["ProgressReport"]["properties"]["summary"] = array(ref("ReportNarrativeSection"))
SCHEMAS["ProgressReport"]["properties"]["parts"]["items"]["required"].append("narratives")
SCHEMAS["ProgressReport"]["properties"]["parts"]["items"]["properties"]["narratives"] = array(
    ref("ReportNarrativeSection")
)

REPORT_KINDS = ["progress", "final"]
REPORT_FORMATS = ["json", "markdown", "html", "csv"]
ENUMS = {
    "ReportKind": REPORT_KINDS,
    "ReportFormat": REPORT_FORMATS,
    "ReportLanguage": ["sv", "en"],
    "AmountUnit": ["kr", "tkr", "mnkr"],
}
FILTER_SCHEMAS = {"ReportKindList": comma_list(REPORT_KINDS)}

RESOURCES = [
    Resource(
        "ReportSubmission",
        "/v1/reports",
        "Reports",
        "A report as submitted to the Government Offices, frozen in every format it comes in (progress: json, "
        "markdown, html; final: also csv), each with the SHA-256 of its bytes.",
        "Admins and editors of the assignment's coordinator submit; every token reads. Submitting makes the report in "
        "the same transaction and freezes its files (GET /v1/reports/{id}/files/{format}); later data changes never "
        "alter them (GET /v1/reports/{id}/changes-since-submission shows how today's figures differ). A submission is "
        "never changed or deleted. A progress report needs from and to; a final report covers the assignment's period "
        "(from and to are set from it). The files hold no personal data; decisionMakerId, a contact, is kept beside "
        "them and unlinked when the person is erased.",
        fields={
            "kind": ref("ReportKind"),
            "assignmentId": UUID,
            "from": ref("CalendarDate"),
            "to": ref("CalendarDate"),
            "language": ref("ReportLanguage"),
            "unit": ref("AmountUnit"),
            "governmentCaseNumber": {
                "type": "string",
                "maxLength": 40,
                "pattern": "^[A-ZÅÄÖ]{1,4}[0-9]{4}/[0-9]{1,6}(/[0-9A-ZÅÄÖa-zåäö-]{1,20})?$",
                "description": "The Government Offices' case number the report answers, e.g. KN2023/00603.",
            },
            "caseNumber": text(40, "The agency's own case number."),
            "decisionMakerId": UUID,
            "submittedOn": ref("CalendarDate"),
        },
        required=["kind", "assignmentId", "governmentCaseNumber", "submittedOn"],
        read_only={
            "files": {
                "type": "array",
                "readOnly": True,
                "description": "The frozen files, in the order made.",
                "items": {
                    "type": "object",
                    "required": ["format", "contentType", "sha256", "size"],
                    "properties": {
                        "format": ref("ReportFormat"),
                        "contentType": {"type": "string"},
                        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                        "size": {"type": "integer", "minimum": 0},
                    },
                },
            }
        },
        example={
            "kind": "final",
            "assignmentId": UUID_EXAMPLE,
            "governmentCaseNumber": "KN2023/00603",
            "submittedOn": "2026-11-27",
        },
        filters=[("assignmentId", "UuidFilter", "Assignments."), ("kind", "ReportKindList", "Kinds.")],
        sorts=["submittedOn", "createdAt", "updatedAt", "id"],
        ops=("create", "list", "read"),
    ),
    Resource(
        "ReportNarrative",
        "/v1/report-narratives",
        "Reports",
        "A narrative section of the reports: the overall summary of a period, or the account of one assignment part.",
        "Admins and editors of the assignment's coordinator write them; every token reads. A progress report whose "
        "period overlaps from–to includes it. The part, if any, belongs to the same assignment.",
        fields={
            "assignmentId": UUID,
            "assignmentPartId": UUID,
            "from": ref("CalendarDate"),
            "to": ref("CalendarDate"),
            "textSv": text(50000),
            "textEn": text(50000),
        },
        required=["assignmentId", "from", "to", "textSv"],
        example={
            "assignmentId": UUID_EXAMPLE,
            "from": "2026-01-01",
            "to": "2026-06-30",
            "textSv": "Under perioden har samverkan kring bostadsförsörjningen i Boden och Luleå fördjupats.",
        },
        filters=[("assignmentId", "UuidFilter", "Assignments."), ("assignmentPartId", "UuidFilter", "Parts.")],
        sorts=["from", "createdAt", "updatedAt", "id"],
    ),
]
SCHEMAS["Traceability"] = obj(
    ["assignmentId", "parts", "partsWithoutEvidence"],
    assignmentId=UUID,
    parts=array(
        obj(
            [
                "partId",
                "code",
                "position",
                "summarySv",
                "initiatives",
                "forums",
                "meetings",
                "meetingCount",
                "hasEvidence",
            ],
            partId=UUID,
            code={"type": "string"},
            position=INT,
            summarySv={"type": "string"},
            textSv={"type": "string"},
            initiatives=array(ref("InitiativeSummary")),
            forums=array(obj(["id", "name", "status"], id=UUID, name={"type": "string"}, status=ref("ForumStatus"))),
            meetings=array(obj(["id", "title", "date"], id=UUID, title={"type": "string"}, date=DATE)),
            meetingCount=INT,
            hasEvidence={"type": "boolean"},
        )
    ),
    partsWithoutEvidence=array({"type": "string"}),
)


STRUCTURE = obj(
    ["forumId", "name", "kind", "status", "established", "members", "meetingsHeld"],
    forumId=UUID,
    name={"type": "string"},
    kind=ref("ForumKind"),
    status=ref("ForumStatus"),
    startDate=DATE,
    established={"type": "boolean", "description": "Started in the period; otherwise strengthened (met in it)."},
    members=INT,
    meetingsHeld=INT,
)
SHARE = {"type": "number", "minimum": 0, "maximum": 1}
SCHEMAS["ReportComparison"] = obj(
    ["submissionId", "submittedOn", "comparedOn", "unchanged", "changes"],
    submissionId=UUID,
    submittedOn=DATE,
    comparedOn=DATE,
    unchanged={"type": "boolean"},
    changes=array(
        obj(
            ["path"],
            path={"type": "string", "description": "JSON Pointer into the report."},
            submitted={"description": "The value as submitted; absent when new."},
            current={"description": "The value today; absent when gone."},
        )
    ),
)
SCHEMAS["FinalReport"] = {
    **obj(
        [
            "assignmentId",
            "assignmentTitle",
            "from",
            "to",
            "summary",
            "parts",
            "partsWithoutEvidence",
            "collaboration",
            "knowledgeSpread",
            "account",
        ],
        assignmentId=UUID,
        assignmentTitle={"type": "string"},
        caseNumber={"type": "string"},
        decisionDate=DATE,
        to=DATE,
        summary=array(ref("ReportNarrativeSection")),
        parts=array(
            obj(
                [
                    "partId",
                    "code",
                    "position",
                    "summarySv",
                    "measures",
                    "forums",
                    "meetings",
                    "hasEvidence",
                    "narratives",
                ],
                partId=UUID,
                code={"type": "string"},
                position=INT,
                summarySv={"type": "string"},
                textSv={"type": "string"},
                measures=array(
                    obj(
                        ["initiativeId", "title", "status", "leadId", "indicators"],
                        initiativeId=UUID,
                        title={"type": "string"},
                        status=ref("InitiativeStatus"),
                        leadId=UUID,
                        startDate=DATE,
                        endDate=DATE,
                        outcomeSummary={"type": "string"},
                        progress=SHARE,
                        indicators=array(
                            obj(
                                ["indicatorId", "name", "unit", "direction"],
                                indicatorId=UUID,
                                name={"type": "string"},
                                unit={"type": "string"},
                                direction=ref("IndicatorDirection"),
                                baseline=ref("IndicatorPoint"),
                                target=ref("IndicatorPoint"),
                                latest={"type": "number"},
                                latestOn=DATE,
                                progress=SHARE,
                            )
                        ),
                    )
                ),
                forums=INT,
                meetings=INT,
                hasEvidence={"type": "boolean"},
                narratives=array(ref("ReportNarrativeSection")),
            )
        ),
        partsWithoutEvidence=array({"type": "string"}),
        collaboration=obj(
            ["structures", "established", "strengthened"],
            structures=array(STRUCTURE),
            established=INT,
            strengthened=INT,
        ),
        knowledgeSpread=obj(
            ["learningNetworks", "meetingsHeld", "organisationsReached", "knowledgeItems", "reach"],
            learningNetworks=array(STRUCTURE),
            meetingsHeld=INT,
            organisationsReached=INT,
            knowledgeItems=array(
                obj(
                    ["knowledgeItemId", "title", "kind", "transferable", "disseminations"],
                    knowledgeItemId=UUID,
                    title={"type": "string"},
                    kind=ref("KnowledgeKind"),
                    transferable={"type": "boolean"},
                    disseminations=INT,
                )
            ),
            reach=ref("KnowledgeReach"),
        ),
        account=ref("FinancialAccount"),
    ),
    "description": "Amounts in öre. Confidential meetings are counted, never named; no personal data.",
}
SCHEMAS["FinalReport"]["properties"]["from"] = DATE


MEDIA = {"json": "application/json", "markdown": "text/markdown", "html": "text/html", "csv": "text/csv"}


def report_response(schema, formats):
    """The 200 answer of a report in its formats: JSON by the schema, the others as text."""
    return {
        **json_body(ref(schema), "The report."),
        "content": {MEDIA[f]: {"schema": ref(schema) if f == "json" else {"type": "string"}} for f in formats},
    }


def report_parameters(formats):
    """format, lang and unit: what every report accepts."""
    return [
        {
            "name": "format",
            "in": "query",
            "required": False,
            "description": "json (default), or "
            + ", ".join(f"{f} (also Accept: {MEDIA[f]})" for f in formats if f != "json")
            + ". The HTML is the printable page: A4 print stylesheet, page numbers, charts as inline SVG with text "
            'alternatives, lang="sv" (WCAG 2.1 AA). CSV is the financial account\'s lines (;, UTF-8 with BOM, Swedish '
            "headings, kronor with a decimal comma).",
            "schema": {"type": "string", "enum": formats},
        },
        {
            "name": "lang",
            "in": "query",
            "required": False,
            "description": "The language of Markdown and HTML: sv (default; the report language) or en.",
            "schema": {"type": "string", "enum": ["sv", "en"]},
        },
        {
            "name": "unit",
            "in": "query",
            "required": False,
            "description": "Amounts in Markdown and HTML: kr (2 decimals), tkr (default, 0) or mnkr (1); each shown "
            "figure, totals too, is rounded once from exact öre, half away from zero.",
            "schema": {"type": "string", "enum": ["kr", "tkr", "mnkr"]},
        },
    ]


def paths():
    date = {"type": "string", "format": "date"}
    return {
        "/v1/assignments/{id}/traceability": {
            "get": {
                "operationId": "getTraceability",
                "tags": ["Reports"],
                "summary": "Each part of the assignment and what evidences it",
                "description": "Every part in the decision's own words (textSv) with the initiatives, forums and meetings "
                "linked to it; partsWithoutEvidence names the parts with none. Confidential meetings are counted "
                "(meetingCount), never named.",
                "parameters": [parameter("Id")],
                "responses": {"200": json_body(ref("Traceability"), "The traceability."), **errors(400, 401, 404, 500)},
            }
        },
        "/v1/reports/progress": {
            "get": {
                "operationId": "getProgressReport",
                "tags": ["Reports"],
                "summary": "The progress report for a period",
                "description": "For an assignment and a period (both days included): each part with its verbatim text "
                "and the initiatives and meetings that evidence it (hasEvidence false says a part has none); initiatives "
                "per challenge area by status and those changed in the period; meetings held and organisations "
                "engaged; dialogue coverage; actions overdue at the period's end; establishments' phase changes; "
                "barriers reported, acknowledged, closed and open; Sámi consultations; spending against the budget of "
                "the fiscal years, in öre. One fixed scope for every token: confidential meetings are counted, never "
                "named.",
                "parameters": [
                    {"name": "assignmentId", "in": "query", "required": True, "schema": UUID},
                    {"name": "from", "in": "query", "required": True, "schema": date},
                    {"name": "to", "in": "query", "required": True, "schema": date},
                    *report_parameters(["json", "markdown", "html"]),
                ],
                "responses": {
                    "200": report_response("ProgressReport", ["json", "markdown", "html"]),
                    **errors(400, 401, 404, 500),
                },
            }
        },
        "/v1/reports/{id}/files/{format}": {
            "get": {
                "operationId": "getReportSubmissionFile",
                "tags": ["Reports"],
                "summary": "A submitted report's frozen file",
                "description": "The bytes exactly as submitted. ETag is the SHA-256 (hex) and Repr-Digest (RFC 9530) "
                "carries it too, so the receiver can check the file against the submission's record.",
                "parameters": [
                    parameter("Id"),
                    {"name": "format", "in": "path", "required": True, "schema": ref("ReportFormat")},
                ],
                "responses": {
                    "200": {
                        "description": "The file.",
                        "headers": {
                            "ETag": {"schema": {"type": "string"}},
                            "Repr-Digest": {"schema": {"type": "string"}},
                        },
                        "content": {
                            "application/json": {"schema": {}},
                            "text/markdown": {"schema": {"type": "string"}},
                            "text/html": {"schema": {"type": "string"}},
                            "text/csv": {"schema": {"type": "string"}},
                        },
                    },
                    "304": {"description": "Not modified (If-None-Match)."},
                    **errors(400, 401, 404, 500),
                },
            }
        },
        "/v1/reports/{id}/changes-since-submission": {
            "get": {
                "operationId": "getReportChangesSinceSubmission",
                "tags": ["Reports"],
                "summary": "How today's figures differ from a submitted report",
                "description": "Today's report, made the same way (kind, assignment, period, language, unit; a final "
                "report to today), compared with the submitted JSON: each value changed, added or gone, by JSON "
                "Pointer. Lists of records are matched by their id (or key, month, code), so one new record is one "
                "change.",
                "parameters": [parameter("Id")],
                "responses": {
                    "200": json_body(ref("ReportComparison"), "The differences."),
                    **errors(400, 401, 404, 500),
                },
            }
        },
        "/v1/reports/final": {
            "get": {
                "operationId": "getFinalReport",
                "tags": ["Reports"],
                "summary": "The final report with its financial final account",
                "description": "The assignment's final report over its period (from its start, or decision date, to its "
                "end or today): the measures taken grouped by the parts, each headed by the decision's words, with "
                "outcomes and indicator results (partsWithoutEvidence calls out the parts with none); the collaboration "
                "structures established (started in the period) or strengthened (met in it); knowledge spread "
                "(learning networks, meetings, organisations reached); and the financial final account (budget against "
                "outcome per fiscal year, category, funding source, appropriation and initiative, with totals, unused "
                "funds, expenditure per month and the reversals), in öre. One fixed scope for every token: confidential "
                "meetings are counted, never named; no personal data.",
                "parameters": [
                    {"name": "assignmentId", "in": "query", "required": True, "schema": UUID},
                    *report_parameters(["json", "markdown", "html", "csv"]),
                ],
                "responses": {
                    "200": report_response("FinalReport", ["json", "markdown", "html", "csv"]),
                    **errors(400, 401, 404, 500),
                },
            }
        },
    }
