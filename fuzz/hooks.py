"""Schemathesis hooks for Samordna's contract fuzzing.

The schema says what is well formed; some rules it cannot say: a referenced organisation or assignment
must exist, an organisation number's last digit is a Luhn check digit, a municipality lies in its county,
dates such as `retainUntil` and `expiresAt` lie in the future, and an Idempotency-Key must not be reused
with another body. For *positive* cases only, these hooks turn generated values into ones that satisfy
those rules, so that "positive data acceptance" checks what the schema can check. Negative cases are
left untouched.
"""

import base64
import csv
import datetime
import json
import os
import re
import urllib.error
import urllib.request
import uuid

import schemathesis

BASE = os.environ["SAMORDNA_FUZZ_URL"]
TOKEN = os.environ["SAMORDNA_FUZZ_TOKEN"]


def _call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    request = urllib.request.Request(BASE + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, None


class _Fixture:
    """A record the fuzzer may delete at any time (it deletes what it finds): checked before each use and
    made again when gone."""

    def __init__(self, collection, body, id_of=lambda created: created["id"]):
        self.collection, self.body, self.id_of, self.id = collection, body, id_of, None

    def live_id(self):
        if self.id is None or _call("GET", f"{self.collection}/{self.id}")[0] != 200:
            status, created = _call("POST", self.collection, self.body())
            assert status == 201, f"cannot create a fuzzing fixture in {self.collection}: {status}"
            self.id = self.id_of(created)
        return self.id


_ORGANISATION = _Fixture("/v1/organisations", lambda: {"name": "Fuzzing fixture AB", "kind": "company"})
_ASSIGNMENT = _Fixture(
    "/v1/assignments",
    lambda: {
        "title": "Fuzzing fixture",
        "principalId": _ORGANISATION.live_id(),
        "coordinatorId": _ORGANISATION.live_id(),
    },
)
_CONTACT = _Fixture("/v1/contacts", lambda: {"organisationId": _ORGANISATION.live_id(), "name": "Fuzz Kontaktsson"})
_FORUM = _Fixture(
    "/v1/forums", lambda: {"name": "Fuzzing forum", "kind": "other", "convenorId": _ORGANISATION.live_id()}
)
_MEETING = _Fixture(
    "/v1/meetings",
    lambda: {
        "title": "Fuzzing meeting",
        "date": "0001-01-01",
        "format": "workshop",
        "organiserId": _ORGANISATION.live_id(),
    },
)
_DECISION = _Fixture("/v1/decisions", lambda: {"meetingId": _MEETING.live_id(), "text": "Fuzzing decision"})
_PART = _Fixture(
    "/v1/assignment-parts",
    lambda: {
        "assignmentId": _ASSIGNMENT.live_id(),
        "code": f"fuzz-part-{uuid.uuid4().hex[:8]}",
        "summarySv": "Fuzzing part",
        "position": 1,
    },
)
_PARTNER = _Fixture("/v1/organisations", lambda: {"name": "Fuzzing partner AB", "kind": "company"})
_SAMI_BODY = _Fixture("/v1/organisations", lambda: {"name": "Fuzzing sameby", "kind": "samiBody"})
_SOURCE_DOCUMENT = _Fixture(
    "/v1/source-documents",
    lambda: {"title": "Fuzzing report", "issuerId": _ORGANISATION.live_id(), "issuedOn": "2023-06-30"},
)
_RECOMMENDATION = _Fixture(
    "/v1/recommendations", lambda: {"sourceDocumentId": _SOURCE_DOCUMENT.live_id(), "text": "Fuzzing recommendation"}
)
_INITIATIVE = _Fixture("/v1/initiatives", lambda: {"title": "Fuzzing initiative", "leadId": _ORGANISATION.live_id()})
_INDICATOR = _Fixture(
    "/v1/indicators",
    lambda: {"initiativeId": _INITIATIVE.live_id(), "name": "Fuzzing", "unit": "st", "direction": "higherIsBetter"},
)
# The fixture establishment's one site; a need of it must lie there.
_SITE = "2582"
_ESTABLISHMENT = _Fixture(
    "/v1/establishments",
    lambda: {
        "name": "Fuzzing works",
        "companyId": _ORGANISATION.live_id(),
        "sites": [{"municipalityCode": _SITE}],
        "sector": "other",
        "kind": "new",
        "phase": "planning",
    },
)
_BARRIER = _Fixture(
    "/v1/barriers",
    lambda: {
        "title": "Fuzzing",
        "description": "Fuzzing",
        "category": "other",
        "reportedById": _ORGANISATION.live_id(),
    },
)
_TOKEN = _Fixture(
    "/v1/tokens",
    lambda: {"organisationId": _ORGANISATION.live_id(), "role": "reader", "name": "Fuzzing fixture"},
    id_of=lambda created: created["token"]["id"],
)


def _own_token_id():
    """The fuzzer's own token, which a rotation must never reach: it would end the fuzzer's access."""
    status, page = _call("GET", "/v1/tokens?limit=500")
    return next((t["id"] for t in (page or {}).get("items", []) if t["name"] == "Bootstrap admin token"), None)


_OWN_TOKEN = _own_token_id()
_AREA = _call("GET", "/v1/challenge-areas?limit=1")[1]["items"][0]["id"]
_KNOWLEDGE_ITEM = _Fixture(
    "/v1/knowledge-items",
    lambda: {
        "title": "Fuzzing lesson",
        "summary": "Fuzzing",
        "body": "Text",
        "kind": "method",
        "authorId": _ORGANISATION.live_id(),
        "status": "published",
    },
)
_REFERENCES = {
    "organisationId": _ORGANISATION,
    "authorId": _ORGANISATION,
    "principalId": _ORGANISATION,
    "coordinatorId": _ORGANISATION,
    "convenorId": _ORGANISATION,
    "secretariatId": _ORGANISATION,
    "organiserId": _ORGANISATION,
    "ownerId": _ORGANISATION,
    "assignmentId": _ASSIGNMENT,
    "forumId": _FORUM,
    "meetingId": _MEETING,
    "decisionId": _DECISION,
    "representativeId": _CONTACT,
    "ownerContactId": _CONTACT,
    "issuerId": _ORGANISATION,
    "addressedToId": _ORGANISATION,
    "leadId": _ORGANISATION,
    "reportedById": _ORGANISATION,
    "responsibleId": _ORGANISATION,
    "companyId": _ORGANISATION,
    "sourceDocumentId": _SOURCE_DOCUMENT,
    "initiativeId": _INITIATIVE,
    "indicatorId": _INDICATOR,
    "establishmentId": _ESTABLISHMENT,
    "payeeId": _ORGANISATION,
    "assignmentPartId": _PART,
    "decisionMakerId": _CONTACT,
}
_LISTS = {
    "contactIds": _CONTACT,
    "assignmentPartIds": _PART,
    "recommendationIds": _RECOMMENDATION,
    "initiativeIds": _INITIATIVE,
    "meetingIds": _MEETING,
    "establishmentIds": _ESTABLISHMENT,
    "knowledgeItemIds": _KNOWLEDGE_ITEM,
    "organisationIds": _ORGANISATION,
}
_WHOLE_METRICS = {"investmentSek", "directJobs", "constructionPeakJobs", "housingNeedDwellings"}
# A reference that pins another: a contact belongs to its organisation, a decision to its meeting.
_PINNED = {"representativeId": "organisationId", "ownerContactId": "ownerId", "decisionId": "meetingId"}
# One municipality of each county, from the reference data the server loads.
_MUNICIPALITIES = {}
for _row in csv.DictReader(
    open(os.path.join(os.path.dirname(__file__), "..", "seeds", "municipalities.csv"), encoding="utf-8")
):
    _MUNICIPALITIES.setdefault(_row["countyCode"], _row["municipalityCode"])
_ETAG = re.compile(r'^(\*|(W/)?"[\x21\x23-\x7E]*"([ \t]*,[ \t]*(W/)?"[\x21\x23-\x7E]*")*)$')
_FUTURE_DATE = "2099-12-31"
_FUTURE_TIME = "2099-12-31T00:00:00Z"


def _luhn_fixed(number):
    digits = [c for c in number if c.isdigit()]
    body = digits[-10:-1]
    total = 0
    for index, char in enumerate(body):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    check = str((10 - total % 10) % 10)
    return number[:-1] + check


def _fix_body(path, body):
    for field, pinned in _PINNED.items():
        if body.get(field) is not None:
            body[pinned] = "pinned"
    for field, fixture in _REFERENCES.items():
        if field in body and body[field] is not None:
            body[field] = fixture.live_id()
    for field, fixture in _LISTS.items():
        if body.get(field):
            body[field] = [fixture.live_id()]
    if body.get("challengeAreaIds"):
        body["challengeAreaIds"] = [_AREA]
    if body.get("challengeAreaId"):
        body["challengeAreaId"] = _AREA
    if body.get("participants") and path.startswith("/v1/initiatives"):
        body["participants"] = [{"organisationId": _PARTNER.live_id(), "role": "funder"}]
    elif body.get("participants") and not path.startswith("/v1/disseminations"):
        body["participants"] = [{"organisationId": _ORGANISATION.live_id(), "attended": True}]
    if body.get("confidential") and not body.get("confidentialityReason"):
        body["confidentialityReason"] = "OSL 30 kap. 23 §"
    if "confidentialityReason" in body and body["confidentialityReason"] is None:
        del body["confidentialityReason"]
    body.pop("parentId", None)
    if isinstance(body.get("organisationNumber"), str):
        body["organisationNumber"] = _luhn_fixed(body["organisationNumber"])
    if path == "/v1/organisations" or path == "/v1/organisations/{id}":
        county = body.get("countyCode") or "25"
        body["countyCode"] = county
        body["municipalityCode"] = _MUNICIPALITIES[county]
    if body.get("retainUntil") is not None:
        body["retainUntil"] = _FUTURE_DATE
    if body.get("expiresAt") is not None:
        body["expiresAt"] = _FUTURE_TIME
    period = body.get("period")
    if isinstance(period, dict) and period.get("end") is not None and period["end"] < period["start"]:
        period["end"] = period["start"]
    decision = body.get("decisionDate")
    for obligation in body.get("reportingObligations") or []:
        if obligation.get("dueDate") is None and obligation.get("cadence") is None:
            obligation["cadence"] = "quarterly"
        if obligation.get("dueDate") is not None:
            obligation.pop("cadence", None)
            if decision and obligation["dueDate"] < decision:
                obligation["dueDate"] = decision


def _fix_mission_body(path, body):
    """Rules of the mission's core the schema cannot say, on the body alone."""
    if body.get("metric") in _WHOLE_METRICS and isinstance(body.get("value"), (int, float)):
        body["value"] = int(body["value"])
    for field in ("value", "quantity"):
        if isinstance(body.get(field), float):
            body[field] = round(body[field], 3)
    for point in (body.get("baseline"), body.get("target")):
        if isinstance(point, dict) and isinstance(point.get("value"), float):
            point["value"] = round(point["value"], 3)
    sites = body.get("sites")
    if isinstance(sites, list):
        unique = {}
        for site in sites:
            unique.setdefault(site.get("municipalityCode"), site)
            if isinstance(site.get("location"), dict) and "northing" in site["location"]:
                site["location"] = {"northing": 7301000, "easting": 842000}
        body["sites"] = list(unique.values())


def _fix_mission_view(case):
    """Rules across fields of the mission's core, on the record as it will be after the patch."""
    path, body = case.operation.path, case.body
    view = _after_patch(case)
    if path.startswith("/v1/initiatives") and view.get("national"):
        for places in ("counties", "municipalityCodes"):
            if case.method.upper() == "PATCH":
                body[places] = None
            else:
                body.pop(places, None)
    if path.startswith("/v1/needs") and view.get("quantity") is not None and view.get("unit") is None:
        body["unit"] = "st"  # a quantity, as the need will be after the patch, needs its unit
    if path.startswith("/v1/needs") and view.get("establishmentId"):
        # The fuzzer may have moved the establishment's sites since: ask where it is now.
        status, establishment = _call("GET", f"/v1/establishments/{view['establishmentId']}")
        body["municipalityCode"] = establishment["sites"][0]["municipalityCode"] if status == 200 else _SITE
    if path.startswith("/v1/indicators"):
        baseline, target = view.get("baseline"), view.get("target")
        if isinstance(baseline, dict) and isinstance(target, dict):
            if target["date"] < baseline["date"]:
                body["target"] = {**target, "date": baseline["date"]}
                target = body["target"]
            higher = view.get("direction") == "higherIsBetter"
            if (target["value"] > baseline["value"]) != higher or target["value"] == baseline["value"]:
                body["target"] = {**target, "value": baseline["value"] + (1 if higher else -1)}
    if path.startswith("/v1/barriers"):
        if view.get("responsibleId") is None:
            for field in ("routedOn", "targetDate"):
                if case.method.upper() == "PATCH":
                    body[field] = None
                else:
                    body.pop(field, None)
        else:
            target = view.get("targetDate")
            routed = body.get("routedOn") or (None if "responsibleId" in body else view.get("routedOn"))
            if target is not None and (routed is None or target < routed):
                body["routedOn"] = target
        if view.get("status") in ("resolved", "notResolvable") and not view.get("resolution"):
            body["resolution"] = "Fuzzing resolution"
        if case.method.upper() == "PATCH" and "status" in body:
            _date_new_state(case.formatted_path, body, "status", "statusSince")
    if path.startswith("/v1/establishments") and case.method.upper() == "PATCH" and "phase" in body:
        _date_new_state(case.formatted_path, body, "phase", "phaseSince")
    if path.startswith("/v1/meetings"):
        _fix_consultation(body, view)


def _date_new_state(path, body, state, since):
    """A new phase or status begins on a day after the current one's (today when that is later): the stored date
    travels along in a merge patch, so the hook names a later one, or keeps the state when no later day exists."""
    body.pop(since, None)
    status, current = _call("GET", path)
    if status != 200 or current.get(state) == body[state]:
        return
    stored = datetime.date.fromisoformat(current[since])
    if stored >= datetime.date(9999, 12, 31):
        body.pop(state)
        return
    body[since] = max(datetime.date.today(), stored + datetime.timedelta(days=1)).isoformat()


def _published_item():
    """The knowledge item fixture, published (the fuzzer may have made it a draft or withdrawn it): made anew if not."""
    status, item = _call("GET", f"/v1/knowledge-items/{_KNOWLEDGE_ITEM.live_id()}")
    if status != 200 or item.get("status") != "published":
        _KNOWLEDGE_ITEM.id = None
    return _KNOWLEDGE_ITEM.live_id()


def _fix_knowledge(case):
    """A published item needs a body or a source and cites no confidential meeting; a dissemination is recorded once it
    has happened."""
    path, body = case.operation.path, case.body
    if path.startswith("/v1/knowledge-items") and body.get("status") == "published":
        if not body.get("body"):
            body["body"] = "Text"
        body.pop("meetingIds", None)  # the fuzzer may have made the meeting fixture confidential
    if path.startswith("/v1/disseminations") and body.get("knowledgeItemIds"):
        body["knowledgeItemIds"] = [_published_item()]
    if path.startswith("/v1/disseminations") and body.get("date") and body["date"] > datetime.date.today().isoformat():
        body["date"] = datetime.date.today().isoformat()


def _import_file(path, media_type):
    """A valid one-row import file for each importable collection, as CSV or JSON Lines."""
    name = f"Fuzz {uuid.uuid4().hex[:10]}"
    rows = {
        "/v1/organisations/import": {"name": name + " AB", "kind": "company"},
        "/v1/contacts/import": {"organisationId": _ORGANISATION.live_id(), "name": name},
        "/v1/initiatives/import": {"title": name, "leadId": _ORGANISATION.live_id()},
        "/v1/establishments/import": {
            "name": name,
            "companyId": _ORGANISATION.live_id(),
            "sites": [{"municipalityCode": "2580"}],
            "sector": "steel",
            "kind": "new",
            "phase": "planning",
        },
        "/v1/knowledge-items/import": {
            "title": name,
            "summary": "Fuzzing",
            "kind": "method",
            "authorId": _ORGANISATION.live_id(),
        },
    }
    row = rows[path]
    if media_type == "application/jsonl":
        return json.dumps(row)
    cell = lambda value: json.dumps(value) if isinstance(value, list) else value  # noqa: E731
    quote = lambda text: '"' + text.replace('"', '""') + '"' if any(c in text for c in ';"\n') else text  # noqa: E731
    return ";".join(row) + "\r\n" + ";".join(quote(cell(v)) for v in row.values()) + "\r\n"


def _fix_finance(case):
    """A booking is dated today or earlier under a voucher not yet used; a reversal mirrors a fresh entry; a budget's
    change of amount gives its reason."""
    path, body = case.operation.path, case.body
    if path == "/v1/transactions":
        today = datetime.date.today().isoformat()
        if body.get("date") and body["date"] > today:
            body["date"] = today
        body["voucherReference"] = f"F-{uuid.uuid4().hex[:12]}"
        if isinstance(body.get("amount"), float) and body["amount"].is_integer():
            body["amount"] = int(body["amount"])  # 393426.0 is an integer to JSON Schema
        if body.get("reversesId") is not None and isinstance(body.get("amount"), int):
            original = {k: v for k, v in body.items() if k != "reversesId"}
            original.update(amount=-body["amount"], voucherReference=f"F-{uuid.uuid4().hex[:12]}")
            status, created = _call("POST", "/v1/transactions", original)
            if status == 201:
                body["reversesId"] = created["id"]
            else:
                body.pop("reversesId")
    if path in ("/v1/webhooks", "/v1/webhooks/{id}") and body.get("url") is not None:
        body["url"] = "https://hooks.example.se/samordna"  # a public https target; the server refuses others
    if path in ("/v1/ledger-imports", "/v1/ledger-imports/dry-run"):
        _fix_ledger_import(body)
    if path == "/v1/reports":
        # A progress report needs its period; a final report's is the assignment's. Submitted today or earlier.
        today = datetime.date.today().isoformat()
        if body.get("kind") == "final":
            body.pop("from", None)
            body.pop("to", None)
        elif body.get("kind") == "progress":
            body["from"] = body.get("from") or "2026-01-01"
            body["to"] = body.get("to") or "2026-06-30"
            if body["to"] < body["from"]:
                body["from"], body["to"] = body["to"], body["from"]
        if body.get("submittedOn") and body["submittedOn"] > today:
            body["submittedOn"] = today
    if path == "/v1/budgets/{id}" and body.get("amount") is not None and not body.get("revisionReason"):
        body["revisionReason"] = "Fuzzing revision"


def _fix_ledger_import(body):
    """An import's file is one readable row under a fresh voucher: SIE 4 in CP437 on the first mapped account, or the
    ledger's CSV; the SIE-only fields go with SIE."""
    voucher = uuid.uuid4().hex[:10]
    today = datetime.date.today()
    if body.get("format") == "sie4":
        accounts, seen = [], set()
        for mapping in body.get("accounts") or [{"account": "4011", "costCategory": "staff"}]:
            if isinstance(mapping, dict) and mapping.get("account") not in seen:
                seen.add(mapping.get("account"))
                mapping.pop("initiativeId", None)
                if mapping.get("appropriation") is None:
                    mapping.pop("appropriation", None)
                else:
                    mapping["appropriation"] = "UO19 1:1 ap.5"
                accounts.append(mapping)
        body["accounts"] = accounts
        body.pop("objects", None)
        if body.get("fundingSource") is None:
            body["fundingSource"] = "assignmentFunds"
        if body.get("appropriation") is not None:
            body["appropriation"] = "UO19 1:1 ap.5"
        sie = (
            '#FLAGGA 0\r\n#FORMAT PC8\r\n#SIETYP 4\r\n#VER F %s %s "Fuzz Åsa"\r\n{\r\n#TRANS %s {} 100.00\r\n}\r\n'
            % (voucher, today.strftime("%Y%m%d"), accounts[0]["account"])
        )
        body["content"] = base64.b64encode(sie.encode("cp437")).decode()
    else:
        body["format"] = "csv"
        for field in ("accounts", "objects", "kind", "fundingSource", "appropriation"):
            body.pop(field, None)
        csv_text = "date;amount;kind;costCategory;fundingSource;description;voucherReference\r\n"
        csv_text += "%s;100;expenditure;other;assignmentFunds;Fuzz;F %s\r\n" % (today.isoformat(), voucher)
        body["content"] = base64.b64encode(csv_text.encode()).decode()


def _fix_consultation(body, view):
    """A consultation goes with format samiConsultation, names a Sámi body and real matters, and an ended one its record."""
    cleared = "consultation" in body and body["consultation"] is None
    if isinstance(body.get("consultation"), dict) and view.get("format") != "samiConsultation":
        body["format"] = "samiConsultation"
    elif view.get("format") == "samiConsultation" and (cleared or not isinstance(view.get("consultation"), dict)):
        body["consultation"] = {"counterpartId": "", "matter": {}, "outcome": "ongoing"}
    elif view.get("format") != "samiConsultation" and view.get("consultation") is not None and not cleared:
        body["consultation"] = None
    consultation = body.get("consultation")
    if not isinstance(consultation, dict):
        return
    consultation["counterpartId"] = _SAMI_BODY.live_id()
    fixtures = {"establishment": _ESTABLISHMENT, "initiative": _INITIATIVE, "barrier": _BARRIER}
    kind = (consultation.get("matter") or {}).get("kind") or "establishment"
    consultation["matter"] = {"kind": kind, "id": fixtures[kind].live_id()}
    if (
        consultation.get("outcome") != "ongoing"
        and not consultation.get("record")
        and not consultation.get("recordUrl")
    ):
        consultation["record"] = "Protokoll från konsultationen."


def _fix_assignment_patch(path, body):
    """A decision date must not follow a reporting deadline, stored or sent; a period merges with the stored one."""
    period = body.get("period")
    if body.get("decisionDate") is None and not body.get("reportingObligations") and not isinstance(period, dict):
        return
    status, current = _call("GET", path)
    if status != 200:
        return
    if isinstance(period, dict) and "end" not in period:
        stored_end = (current.get("period") or {}).get("end")
        if stored_end is not None and period.get("start") is not None and stored_end < period["start"]:
            period["end"] = period["start"]
    decision = body["decisionDate"] if "decisionDate" in body else current.get("decisionDate")
    if decision is None:
        return
    sent = "reportingObligations" in body
    obligations = (body["reportingObligations"] if sent else current.get("reportingObligations")) or []
    for obligation in obligations:
        if sent and obligation.get("dueDate") is not None and obligation["dueDate"] < decision:
            obligation["dueDate"] = decision
    earliest = min((d["dueDate"] for d in obligations if d.get("dueDate")), default=None)
    if body.get("decisionDate") is not None and earliest is not None and body["decisionDate"] > earliest:
        body["decisionDate"] = earliest


def _order(view, body, first, second):
    """Makes `second` not come before `first` in the record as it will be after the patch."""
    if view.get(first) is not None and view.get(second) is not None and view[second] < view[first]:
        if second in body:
            body[second] = view[first]
        else:
            body[first] = view[second]


def _after_patch(case):
    """The record as it will be once the patch applies, for rules across fields."""
    if case.method.upper() != "PATCH":
        return dict(case.body)
    status, current = _call("GET", case.formatted_path)
    view = dict(current or {})
    for key, value in case.body.items():
        if value is None:
            view.pop(key, None)  # a merge patch's null clears
        else:
            view[key] = value
    return view


def _meeting_date(meeting_id):
    status, meeting = _call("GET", f"/v1/meetings/{meeting_id}")
    return meeting["date"] if status == 200 else "0001-01-01"


def _fix_dates(case):
    path, body = case.operation.path, case.body
    view = _after_patch(case)
    for first, second in (("startDate", "endDate"), ("from", "to"), ("startTime", "endTime")):
        _order(view, body, first, second)
    if path.startswith("/v1/decisions") and body.get("decidedOn") and view.get("meetingId"):
        body["decidedOn"] = max(body["decidedOn"], _meeting_date(view["meetingId"]))
    if path.startswith("/v1/follow-up-actions") and body.get("dueDate") and view.get("meetingId"):
        body["dueDate"] = max(body["dueDate"], _meeting_date(view["meetingId"]))
    if path == "/v1/meetings/{id}" and body.get("date"):
        status, page = _call(
            "GET", f"/v1/follow-up-actions?meetingId={case.path_parameters['id']}&sort=dueDate&limit=1"
        )
        if status == 200 and page["items"]:
            body["date"] = min(body["date"], page["items"][0]["dueDate"])


def _is_wait(value):
    """Whether a feed's wait would be accepted (and so held open): a number of seconds, 0 to 30."""
    try:
        return 0 < float(value) <= 30
    except (TypeError, ValueError):
        return False


@schemathesis.hook
def before_call(context, case, kwargs):
    if case.operation.path == "/v1/tokens/{id}/rotate" and (case.path_parameters or {}).get("id") == _OWN_TOKEN:
        case.path_parameters["id"] = _TOKEN.live_id()
    if case.operation.path == "/v1/changes" and case.query and _is_wait(case.query.get("wait")):
        case.query["wait"] = 0  # a long poll would hold every case for its wait
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive:
        return
    if isinstance(case.body, dict):
        _fix_body(case.operation.path, case.body)
        if case.method.upper() == "PATCH" and case.operation.path == "/v1/assignments/{id}":
            _fix_assignment_patch(case.formatted_path, case.body)
        _fix_mission_body(case.operation.path, case.body)
        _fix_mission_view(case)
        _fix_finance(case)
        _fix_knowledge(case)
        _fix_dates(case)
    if case.operation.path.endswith("/import"):
        case.body = _import_file(case.operation.path, case.media_type)
    if case.operation.path == "/v1/changes" and case.query:
        case.query.pop("after", None)  # a feed cursor is valid only as the feed issued it
    if case.query and "cursor" in case.query:
        # A cursor is valid only as a page issued it (schema-valid text is not enough); the tests walk real ones.
        del case.query["cursor"]
    if case.operation.path in ("/v1/reports/progress", "/v1/reports/final") and case.query:
        case.query["assignmentId"] = _ASSIGNMENT.live_id()
        if case.query.get("from") and case.query.get("to") and case.query["to"] < case.query["from"]:
            case.query["from"], case.query["to"] = case.query["to"], case.query["from"]
    if case.operation.path == "/v1/dialogue-coverage" and case.query:
        if case.query.get("from") and case.query.get("to") and case.query["to"] < case.query["from"]:
            case.query["from"], case.query["to"] = case.query["to"], case.query["from"]
    if case.headers and "Idempotency-Key" in case.headers:
        case.headers["Idempotency-Key"] = str(uuid.uuid4())
    if case.headers and "If-Match" in case.headers and not _ETAG.match(str(case.headers["If-Match"])):
        del case.headers["If-Match"]
