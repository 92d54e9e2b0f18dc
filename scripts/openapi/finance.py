"""The assignment's money (API 1.3): budget lines with revisions, the append-only ledger, the financial account."""

from contract import UUID, UUID_EXAMPLE, comma_list, errors, json_body, parameter, ref, text
from resources import Resource

COST_CATEGORIES = ["staff", "consultants", "travel", "meetingsAndEvents", "grantsPaidOut", "overhead", "other"]
FUNDING_SOURCES = [
    "assignmentFunds",
    "agencyAppropriation",
    "eruf",
    "esfPlus",
    "jtf",
    "regionalDevelopmentFunds",
    "municipal",
    "private",
    "other",
]
TRANSACTION_KINDS = ["commitment", "expenditure", "disbursement"]
MAXIMUM_ORE = 10_000_000_000_000
APPROPRIATION = {
    "type": "string",
    "pattern": r"^UO([1-9]|1[0-9]|2[0-7]) [0-9]{1,2}:[0-9]{1,2}( ap\.[0-9]{1,2}(\.[0-9]{1,2})?)?$",
    "description": "Expenditure area, appropriation and item, e.g. UO19 1:1 ap.5.",
    "example": "UO19 1:1 ap.5",
}
YEAR = {"type": "integer", "minimum": 2000, "maximum": 2100, "description": "A fiscal year (calendar year)."}

ENUMS = {
    "CostCategory": COST_CATEGORIES,
    "FundingSource": FUNDING_SOURCES,
    "TransactionKind": TRANSACTION_KINDS,
    "LedgerImportFormat": ["sie4", "csv"],
}
FILTER_SCHEMAS = {
    "CostCategoryList": comma_list(COST_CATEGORIES),
    "FundingSourceList": comma_list(FUNDING_SOURCES),
    "TransactionKindList": comma_list(TRANSACTION_KINDS),
    "YearFilter": {"type": "string", "maxLength": 2000, "pattern": "^[0-9]{4}(,[0-9]{4})*$"},
}

AMOUNTS = {
    "type": "object",
    "required": ["budget", "outcome", "commitments", "disbursements", "unused"],
    "description": "Öre, exact. outcome is expenditure booked (reversals included); unused = budget − outcome.",
    "properties": {key: {"type": "integer"} for key in ("budget", "outcome", "commitments", "disbursements", "unused")},
}
GROUP = {
    "type": "object",
    "required": ["key", "amounts"],
    "properties": {"key": {"type": "string"}, "amounts": ref("Amounts")},
}

VALUE_SCHEMAS = {
    "BudgetRevision": {
        "type": "object",
        "required": ["previousAmount", "amount", "reason", "revisedAt"],
        "properties": {
            "previousAmount": {"type": "integer"},
            "amount": {"type": "integer"},
            "reason": {"type": "string"},
            "revisedAt": {"type": "string", "format": "date-time"},
        },
    },
    "Amounts": AMOUNTS,
    "MonthOutcome": {
        "type": "object",
        "description": "Expenditure booked in a calendar month, reversals included (on their own date), in öre.",
        "required": ["month", "outcome"],
        "properties": {"month": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"}, "outcome": {"type": "integer"}},
    },
    "AccountGroup": GROUP,
    "FinancialAccount": {
        "type": "object",
        "required": [
            "assignmentId",
            "lines",
            "byFiscalYear",
            "byCostCategory",
            "byFundingSource",
            "byAppropriation",
            "byInitiative",
            "total",
            "byMonth",
            "reversals",
        ],
        "properties": {
            "assignmentId": UUID,
            "lines": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["fiscalYear", "costCategory", "fundingSource", "amounts"],
                    "properties": {
                        "fiscalYear": {"type": "integer"},
                        "costCategory": ref("CostCategory"),
                        "fundingSource": ref("FundingSource"),
                        "appropriation": {"type": "string"},
                        "initiativeId": UUID,
                        "amounts": ref("Amounts"),
                    },
                },
            },
            **{
                key: {"type": "array", "items": ref("AccountGroup")}
                for key in ("byFiscalYear", "byCostCategory", "byFundingSource", "byAppropriation", "byInitiative")
            },
            "total": ref("Amounts"),
            "byMonth": {"type": "array", "items": ref("MonthOutcome")},
            "reversals": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "reversesId", "date", "amount", "voucherReference"],
                    "properties": {
                        "id": UUID,
                        "reversesId": UUID,
                        "date": ref("CalendarDate"),
                        "amount": {"type": "integer"},
                        "voucherReference": {"type": "string"},
                    },
                },
            },
        },
    },
}

ACCOUNT_MAPPING = {
    "type": "object",
    "additionalProperties": False,
    "required": ["account", "costCategory"],
    "description": "How an SIE account's rows are booked; what it leaves out comes from the import's defaults.",
    "properties": {
        "account": {"type": "string", "pattern": "^[0-9]{4,6}$"},
        "costCategory": ref("CostCategory"),
        "fundingSource": ref("FundingSource"),
        "appropriation": APPROPRIATION,
        "kind": ref("TransactionKind"),
        "initiativeId": UUID,
    },
}
OBJECT_MAPPING = {
    "type": "object",
    "additionalProperties": False,
    "required": ["dimension", "object", "initiativeId"],
    "description": "An SIE object (e.g. a project of dimension 6) whose rows belong to an initiative.",
    "properties": {
        "dimension": {"type": "integer", "minimum": 1, "maximum": 999},
        "object": {"type": "string", "minLength": 1, "maxLength": 100},
        "initiativeId": UUID,
    },
}
VALUE_SCHEMAS["AccountMapping"] = ACCOUNT_MAPPING
VALUE_SCHEMAS["ObjectMapping"] = OBJECT_MAPPING
VALUE_SCHEMAS["LedgerReconciliation"] = {
    "type": "object",
    "required": ["importId", "lines", "importedTotal", "ledgerTotal", "matches"],
    "properties": {
        "importId": UUID,
        "lines": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["series", "month", "imported", "ledger", "difference", "importedEntries", "ledgerEntries"],
                "properties": {
                    "series": {"type": "string"},
                    "month": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"},
                    **{
                        k: {"type": "integer"}
                        for k in ("imported", "ledger", "difference", "importedEntries", "ledgerEntries")
                    },
                },
            },
        },
        "importedTotal": {"type": "integer"},
        "ledgerTotal": {"type": "integer"},
        "matches": {"type": "boolean"},
    },
}
VALUE_SCHEMAS["LedgerImportDryRun"] = {
    "type": "object",
    "required": ["valid", "entries", "errors"],
    "properties": {
        "valid": {"type": "boolean"},
        "ledgerImport": ref("LedgerImport"),
        "entries": {"type": "array", "items": ref("LedgerTransaction")},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["field", "code", "detail"],
                "properties": {"field": {"type": "string"}, "code": {"type": "string"}, "detail": {"type": "string"}},
            },
        },
    },
}

RESOURCES = [
    Resource(
        "LedgerImport",
        "/v1/ledger-imports",
        "Finance",
        "An import of a ledger export: SIE 4 (typ 4 with #VER/#TRANS, CP437 as the format prescribes) or the ledger's "
        "own CSV (GET /v1/transactions?format=csv: ;, UTF-8, camelCase header, amounts in öre). Every row becomes one "
        "ledger entry, all or none.",
        "Admins and editors of the assignment's coordinator import; every token reads. content is the file in base64 "
        "(not returned, not kept; fileSha256 is). SIE: each #TRANS on a mapped account becomes one entry (its date, or "
        "the voucher's; its text, or the voucher's; voucherReference 'series number', with ':n' when a voucher has "
        "several mapped rows); rows on other accounts (the counter-entries) are skipped. An object mapped to an "
        "initiative wins over the account's. Every row's error comes at once, named lines[N] (SIE line) or rows[N] "
        "(CSV row, the header is row 1); POST /v1/ledger-imports/dry-run runs the same and changes nothing. Never "
        "changed or deleted.",
        fields={
            "assignmentId": UUID,
            "format": ref("LedgerImportFormat"),
            "fileName": text(200),
            "content": {"type": "string", "minLength": 1, "writeOnly": True, "description": "The file, base64."},
            "accounts": {"type": "array", "maxItems": 500, "items": ref("AccountMapping")},
            "objects": {"type": "array", "maxItems": 500, "items": ref("ObjectMapping")},
            "kind": ref("TransactionKind"),
            "fundingSource": ref("FundingSource"),
            "appropriation": APPROPRIATION,
        },
        required=["assignmentId", "format", "content"],
        read_only={
            "fileSha256": {"type": "string", "readOnly": True},
            "rowsRead": {"type": "integer", "readOnly": True},
            "rowsSkipped": {"type": "integer", "readOnly": True},
            "entriesCreated": {"type": "integer", "readOnly": True},
            "totals": {
                "type": "array",
                "readOnly": True,
                "description": "The file's totals per voucher series (the voucher reference up to its first space) and month, in öre.",
                "items": {
                    "type": "object",
                    "required": ["series", "month", "amount", "entries"],
                    "properties": {
                        "series": {"type": "string"},
                        "month": {"type": "string"},
                        "amount": {"type": "integer"},
                        "entries": {"type": "integer"},
                    },
                },
            },
        },
        example={
            "assignmentId": UUID_EXAMPLE,
            "format": "csv",
            "content": "ZGF0ZTthbW91bnQ7a2luZDtjb3N0Q2F0ZWdvcnk7ZnVuZGluZ1NvdXJjZTtkZXNjcmlwdGlvbjt2b3VjaGVyUmVmZXJlbmNlDQoyMDI2LTA0LTAxOzEyMzQ1NjtleHBlbmRpdHVyZTtvdGhlcjthc3NpZ25tZW50RnVuZHM7S29uc3VsdDtLIDENCg==",
        },
        filters=[("assignmentId", "UuidFilter", "Assignments.")],
        sorts=["createdAt", "updatedAt", "id"],
        ops=("create", "list", "read"),
    ),
    Resource(
        "Budget",
        "/v1/budgets",
        "Finance",
        "A budget line: what the assignment, or one initiative, may spend in a fiscal year on a cost category from a "
        "funding source (and appropriation), in öre.",
        "Admins and editors of the assignment's coordinator keep them; every token reads. A change of amount needs "
        "revisionReason and joins revisions (earlier amounts are never overwritten). One line per assignment, "
        "initiative, year, category, source and appropriation (409).",
        fields={
            "assignmentId": UUID,
            "initiativeId": UUID,
            "fiscalYear": YEAR,
            "costCategory": ref("CostCategory"),
            "fundingSource": ref("FundingSource"),
            "appropriation": APPROPRIATION,
            "amount": {"type": "integer", "minimum": 0, "maximum": MAXIMUM_ORE, "description": "Öre (SEK × 100)."},
            "note": text(2000),
            "revisionReason": text(2000, "Why the amount changes; required when it does. Kept in revisions."),
        },
        required=["assignmentId", "fiscalYear", "costCategory", "fundingSource", "amount"],
        always=["revisions"],
        read_only={
            "revisions": {
                "type": "array",
                "readOnly": True,
                "items": ref("BudgetRevision"),
                "description": "Every change of amount, oldest first.",
            },
        },
        example={
            "assignmentId": UUID_EXAMPLE,
            "fiscalYear": 2026,
            "costCategory": "staff",
            "fundingSource": "assignmentFunds",
            "appropriation": "UO19 1:1 ap.5",
            "amount": 250000000,
        },
        output_example={"revisions": []},
        filters=[
            ("assignmentId", "UuidFilter", "Assignments."),
            ("initiativeId", "UuidFilter", "Initiatives."),
            ("fiscalYear", "YearFilter", "Fiscal years."),
            ("costCategory", "CostCategoryList", "Cost categories."),
            ("fundingSource", "FundingSourceList", "Funding sources."),
        ],
        sorts=["fiscalYear", "costCategory", "createdAt", "updatedAt", "id"],
    ),
    Resource(
        "LedgerTransaction",
        "/v1/transactions",
        "Finance",
        "A ledger entry in öre: never changed or deleted; a correction is a reversing entry.",
        "Admins and editors of the assignment's coordinator book entries; every token reads. date is never after "
        "today; voucherReference is unique per fiscal year (409); a reversal (reversesId) carries the original's "
        "amount negated in the same books, and an entry is reversed at most once (409).",
        fields={
            "assignmentId": UUID,
            "date": ref("CalendarDate"),
            "amount": {
                "type": "integer",
                "minimum": -MAXIMUM_ORE,
                "maximum": MAXIMUM_ORE,
                "not": {"const": 0},
                "description": "Öre (SEK × 100), not zero; negative for a reversal of a positive entry.",
            },
            "kind": ref("TransactionKind"),
            "costCategory": ref("CostCategory"),
            "fundingSource": ref("FundingSource"),
            "appropriation": APPROPRIATION,
            "initiativeId": UUID,
            "description": text(2000),
            "voucherReference": {
                "type": "string",
                "pattern": "^[A-Za-z0-9ÅÄÖåäö][A-Za-z0-9ÅÄÖåäö ./:-]{0,39}$",
                "description": "The voucher (verifikationsnummer), unique within the fiscal year.",
            },
            "payeeId": UUID,
            "reversesId": UUID,
        },
        required=[
            "assignmentId",
            "date",
            "amount",
            "kind",
            "costCategory",
            "fundingSource",
            "description",
            "voucherReference",
        ],
        read_only={"reversedById": {**UUID, "readOnly": True, "description": "The entry that reversed this one."}},
        example={
            "assignmentId": UUID_EXAMPLE,
            "date": "2026-03-31",
            "amount": 1250000,
            "kind": "expenditure",
            "costCategory": "consultants",
            "fundingSource": "assignmentFunds",
            "description": "Konsultstöd, bostadsanalys Boden",
            "voucherReference": "A 1042",
        },
        filters=[
            ("assignmentId", "UuidFilter", "Assignments."),
            ("initiativeId", "UuidFilter", "Initiatives."),
            ("kind", "TransactionKindList", "Kinds."),
            ("costCategory", "CostCategoryList", "Cost categories."),
            ("fundingSource", "FundingSourceList", "Funding sources."),
            ("fiscalYear", "YearFilter", "Fiscal years."),
            ("from", "DateFilter", "Dated on or after."),
            ("to", "DateFilter", "Dated on or before."),
            ("voucherReference", "TextFilter", "Vouchers."),
            ("reversal", "BooleanFilter", "Reversing entries only (or none)."),
        ],
        sorts=["date", "voucherReference", "createdAt", "updatedAt", "id"],
        ops=("create", "list", "read"),
    ),
]


def import_paths():
    return {
        "/v1/ledger-imports/dry-run": {
            "post": {
                "operationId": "dryRunLedgerImport",
                "tags": ["Finance"],
                "summary": "Run an import and roll it back",
                "description": "The same import as POST /v1/ledger-imports, run to the end in a transaction that is "
                "rolled back: valid, the import and the entries it would book, or every error of the file's rows "
                "by line or row. Nothing changes. A request wrong in itself (a field, the assignment, content that is "
                "not base64) is 422, as for the import.",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": ref("LedgerImportInput")}},
                },
                "responses": {
                    "200": json_body(ref("LedgerImportDryRun"), "What the import would do."),
                    **errors(400, 401, 403, 413, 415, 422, 500),
                },
            }
        },
        "/v1/ledger-imports/{id}/reconciliation": {
            "get": {
                "operationId": "getLedgerImportReconciliation",
                "tags": ["Finance"],
                "summary": "An import's totals against the ledger's",
                "description": "For each voucher series and month of the file: what the file held and what the ledger "
                "holds today (every live entry of the assignment whose voucher is of that series, dated in that month, "
                "reversals included), the difference, and whether all match.",
                "parameters": [parameter("Id")],
                "responses": {
                    "200": json_body(ref("LedgerReconciliation"), "The reconciliation."),
                    **errors(400, 401, 404, 500),
                },
            }
        },
    }


def paths():
    ok = json_body(ref("FinancialAccount"), "The account.")
    ok["content"]["text/csv"] = {"schema": {"type": "string"}}
    return {
        "/v1/assignments/{id}/financial-account": {
            "get": {
                "operationId": "getFinancialAccount",
                "tags": ["Finance"],
                "summary": "The financial final account",
                "description": "Budget against outcome (expenditure booked, reversals included) per fiscal year, cost "
                "category, funding source, appropriation and initiative, with commitments, disbursements, unused funds "
                "and totals, in exact öre; and the reversing entries. With format=csv (or Accept: text/csv): its lines "
                "and a total row, Swedish headings and labels, amounts in kronor with a decimal comma, `;`, UTF-8 with "
                "BOM, as Swedish Excel opens it.",
                "parameters": [
                    parameter("Id"),
                    {
                        "name": "format",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string", "enum": ["json", "csv"]},
                    },
                ],
                "responses": {"200": ok, **errors(400, 401, 404, 500)},
            }
        }
    }
