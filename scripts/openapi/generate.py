"""Generates openapi.yaml: the contract is written here once, as data, and `make openapi` writes the YAML.

The patterns for text, URLs, emails, phones and keys are the server's own (Sources/Domain/Core/TextRules.swift),
so that the contract and the server accept exactly the same values.
"""
import collections
import csv
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]

def swift_pattern(name):
    """Reads a raw-string pattern constant from TextRules.swift."""
    source = (ROOT / "Sources/Domain/Core/TextRules.swift").read_text(encoding="utf-8")
    match = re.search(r"static let " + name + r"\s*=\s*#\"(.*?)\"#", source, re.S)
    if not match:
        sys.exit(f"pattern {name} not found in TextRules.swift")
    return match.group(1)

TEXT = swift_pattern("textPattern")
URL = swift_pattern("urlPattern")
EMAIL = swift_pattern("emailPattern")
PHONE = swift_pattern("phonePattern")
KEY = swift_pattern("keyPattern")
TOTAL = "How many items match across all pages. Exact, except that a total over hundreds of thousands of rows may lag writes by up to one second."
MUNICIPALITY_CODES = [row["municipalityCode"] for row in csv.DictReader(open(ROOT / "seeds/municipalities.csv", encoding="utf-8"))]

def P(**kw): return dict(kw)
problem_types = ["validation-failed","bad-request","malformed-json","invalid-parameter","invalid-idempotency-key","invalid-precondition","self-revocation","unauthenticated","forbidden","not-found","method-not-allowed","conflict","duplicate-key","duplicate-organisation-number","duplicate-case-number","duplicate-code","in-use","illegal-transition","precondition-failed","content-too-large","unsupported-media-type","busy","internal-error"]

def resp(ref): return {"$ref": f"#/components/responses/{ref}"}
def schema(ref): return {"$ref": f"#/components/schemas/{ref}"}
def param(ref): return {"$ref": f"#/components/parameters/{ref}"}

std_headers = {"X-Request-Id": {"$ref": "#/components/headers/XRequestId"}}

def ok(schema_ref, desc, etag=False, example=None):
    h = dict(std_headers)
    if etag: h["ETag"] = {"$ref": "#/components/headers/ETag"}
    c = {"application/json": {"schema": schema(schema_ref)}}
    if example is not None: c["application/json"]["example"] = example
    return {"description": desc, "headers": h, "content": c}

resources = [
  # name, path, schema, input, tag, ops, filters, sorts, has_key, summary-name
  dict(name="Organisation", plural="organisations", path="/v1/organisations", tag="Organisations", ops=["create","list","read","update","delete"],
       filters=[("kind","OrganisationKindList","Organisation kinds, comma list means any of."),("county","CountyList","County codes (24 Västerbotten, 25 Norrbotten)."),
                ("municipalityCode","MunicipalityCodeFilter","SCB municipality code."),("parentId","UuidFilter","Parent organisation id."),
                ("key","KeyFilter","Organisation keys."),("organisationNumber","OrganisationNumberFilter","Organisation number (any accepted form).")],
       sorts=["name","kind","createdAt","updatedAt","id"], q=True, bykey=True,
       who="Admins create and delete; an editor may change its own organisation (not its kind or key); every token reads."),
  dict(name="Contact", plural="contacts", path="/v1/contacts", tag="Contacts", ops=["create","list","read","update","delete"],
       filters=[("organisationId","UuidFilter","Organisation ids.")], sorts=["name","createdAt","updatedAt","retainUntil","id"], q=True, bykey=False,
       who="Personal data. Visible only to admins and tokens of the person's own organisation; admins and that organisation's editors write. Delete erases the person for real."),
  dict(name="ChallengeArea", plural="challenge-areas", path="/v1/challenge-areas", tag="Challenge areas", ops=["create","list","read","update"],
       filters=[("key","KeyFilter","Challenge area keys."),("origin","TextFilter","Origin, e.g. strategy-2024.")], sorts=["nameSv","key","createdAt","updatedAt","id"], q=True, bykey=True,
       who="Everyone reads; admins add and edit."),
  dict(name="Assignment", plural="assignments", path="/v1/assignments", tag="Assignments", ops=["create","list","read","update","delete"],
       filters=[("principalId","UuidFilter","Principal organisation ids."),("coordinatorId","UuidFilter","Coordinator organisation ids."),("caseNumber","TextFilter","Case numbers.")],
       sorts=["title","decisionDate","createdAt","updatedAt","id"], q=True, bykey=False,
       who="Everyone reads; admins add, edit and delete (an assignment with live parts cannot be deleted)."),
  dict(name="Forum", plural="forums", path="/v1/forums", tag="Collaboration", ops=["create","list","read","update","delete"],
       filters=[("kind","ForumKindList","Forum kinds."),("status","ForumStatusList","Statuses."),("convenorId","UuidFilter","Convening organisations."),
                ("county","CountyList","Counties the forum covers."),("challengeArea","TextFilter","Challenge areas by key or id."),
                ("assignmentPart","UuidFilter","Assignment parts.")],
       sorts=["name","status","startDate","createdAt","updatedAt","id"], q=True, bykey=False,
       who="Everyone reads; admins and editors of the convening organisation register and change forums. Status moves planned → active ⇄ dormant, and to closed (final); another move is 409."),
  dict(name="ForumMembership", plural="forum-memberships", path="/v1/forum-memberships", tag="Collaboration", ops=["create","list","read","update","delete"],
       filters=[("forumId","UuidFilter","Forums."),("organisationId","UuidFilter","Member organisations."),("role","MembershipRoleList","Roles."),
                ("current","BooleanFilter","Only seats held today (true) or not (false).")],
       sorts=["from","createdAt","updatedAt","id"], q=False, bykey=False,
       who="Everyone reads; admins and editors of the forum's convenor manage seats; a member's editors may replace their own representative (the former one moves to representativeHistory). Overlapping seats of one organisation in one forum are 409."),
  dict(name="Meeting", plural="meetings", path="/v1/meetings", tag="Collaboration", ops=["create","list","read","update","delete"],
       filters=[("forumId","UuidFilter","Forums."),("organiserId","UuidFilter","Organisers."),("meetingFormat","MeetingFormatList","Meeting formats (the field format; the parameter format chooses JSON or CSV)."),
                ("participant","UuidFilter","Participating organisations."),("county","CountyList","Counties concerned."),
                ("municipalityCode","MunicipalityCodeFilter","Municipalities concerned."),("challengeArea","TextFilter","Challenge areas by key or id."),
                ("assignmentPart","UuidFilter","Assignment parts."),("from","DateFilter","On or after this date."),("to","DateFilter","On or before this date.")],
       sorts=["date","title","createdAt","updatedAt","id"], q=True, bykey=False,
       who="Editors record the meetings their organisation organises; admins everything. A confidential meeting is visible only to admins, the organiser and the participating organisations (others get 404)."),
  dict(name="Decision", plural="decisions", path="/v1/decisions", tag="Collaboration", ops=["create","list","read","update","delete"],
       filters=[("meetingId","UuidFilter","Meetings.")], sorts=["decidedOn","createdAt","updatedAt","id"], q=False, bykey=False,
       who="Recorded by admins and editors of the meeting's organiser; visible as the meeting is."),
  dict(name="FollowUpAction", plural="follow-up-actions", path="/v1/follow-up-actions", tag="Collaboration", ops=["create","list","read","update","delete"],
       filters=[("owner","UuidFilter","Owning organisations."),("status","ActionStatusList","Statuses."),("overdue","BooleanFilter","Open or in progress and past the due date."),
                ("dueBefore","DateFilter","Due before this date."),("meetingId","UuidFilter","Meetings."),("decisionId","UuidFilter","Decisions.")],
       sorts=["dueDate","status","createdAt","updatedAt","id"], q=False, bykey=False,
       who="Created by admins and editors of the meeting's organiser; the owning organisation's editors update them (not owner or meeting). Status moves open ⇄ inProgress → done or dropped; done reopens as inProgress, dropped as open; completedAt is kept by the server. Visible as the meeting is, and always to the owner."),
  dict(name="AssignmentPart", plural="assignment-parts", path="/v1/assignment-parts", tag="Assignments", ops=["create","list","read","update","delete"],
       filters=[("assignmentId","UuidFilter","Assignment ids."),("code","KeyFilter","Part codes.")], sorts=["position","code","createdAt","updatedAt","id"], q=False, bykey=False,
       who="Everyone reads; admins add, edit and delete (a part that forums or meetings link to cannot be deleted: 409)."),
]

paths = collections.OrderedDict()
for r in resources:
    n = r["name"]; coll = {}; item = {}
    if "list" in r["ops"]:
        params = [param("Limit"), param("Offset"), {"name":"sort","in":"query","required":False,"description":"Sort field; prefix with - for descending.","schema":{"type":"string","enum": r["sorts"] + ["-"+s for s in r["sorts"]]}}]
        if r["q"]: params.append(param("Q"))
        params += [param("UpdatedSince"), param("Format")]
        for (fname, fschema, fdesc) in r["filters"]:
            params.append({"name": fname, "in":"query","required":False,"description":fdesc,"schema":schema(fschema)})
        coll["get"] = {"operationId": f"list{n}s", "tags":[r["tag"]], "summary": f"List {r['plural'].replace('-',' ')}",
            "description": r["who"] + " Paged with limit/offset; `Link` gives next/prev; `Accept: text/csv` or `format=csv` gives CSV (UTF-8 with BOM, `;`).",
            "parameters": params,
            "responses": {"200": {"description":"One page.", "headers": {**std_headers, "Link":{"$ref":"#/components/headers/Link"}, "X-Total-Count":{"$ref":"#/components/headers/XTotalCount"}},
                                  "content":{"application/json":{"schema":schema(f"{n}Page")}, "text/csv":{"schema":{"type":"string"}}}},
                          "400": resp("BadRequest"), "401": resp("Unauthorized"), "500": resp("InternalError")}}
    if "create" in r["ops"]:
        coll["post"] = {"operationId": f"create{n}", "tags":[r["tag"]], "summary": f"Create a {n[0].lower()+n[1:]}".replace("ChallengeArea","challenge area").replace("AssignmentPart","assignment part"),
            "description": r["who"] + " Send `Idempotency-Key` to make retries safe.",
            "parameters":[param("IdempotencyKey")],
            "requestBody":{"required":True,"content":{"application/json":{"schema":schema(f"{n}Input")}}},
            "responses": {"201": {"description":"Created.","headers":{**std_headers,"Location":{"$ref":"#/components/headers/Location"},"ETag":{"$ref":"#/components/headers/ETag"}},
                                   "content":{"application/json":{"schema":schema(n)}},
                                   "links": {f"{verb}{n}": {"operationId": f"{verb}{n}", "parameters": {"id": "$response.body#/id"}}
                                             for verb in ["get","update","delete"] if {"get":"read","update":"update","delete":"delete"}[verb] in r["ops"]}},
                          "400": resp("BadRequest"), "401": resp("Unauthorized"), "403": resp("Forbidden"), "409": resp("Conflict"),
                          "413": resp("ContentTooLarge"), "415": resp("UnsupportedMediaType"), "422": resp("ValidationFailed"), "500": resp("InternalError")}}
    idp = param("IdOrKey" if r["bykey"] else "Id")
    if "read" in r["ops"]:
        item["get"] = {"operationId": f"get{n}", "tags":[r["tag"]], "summary": f"Read one", "parameters":[idp, param("IfNoneMatch")],
            "responses": {"200": ok(n, "The record.", etag=True), "304": {"description":"Not modified (If-None-Match matched).","headers":{**std_headers,"ETag":{"$ref":"#/components/headers/ETag"}}},
                          "401": resp("Unauthorized"), "404": resp("NotFound"), "500": resp("InternalError")}}
    if "update" in r["ops"]:
        item["patch"] = {"operationId": f"update{n}", "tags":[r["tag"]], "summary": "Change fields (JSON Merge Patch)",
            "description": "RFC 7396 merge patch: fields present are set, `null` clears. `If-Match` (or a body `version`) makes a lost update impossible: a stale one is 412. " + r["who"],
            "parameters":[idp, param("IfMatch")],
            "requestBody":{"required":True,"content":{"application/merge-patch+json":{"schema":schema(f"{n}Patch")},"application/json":{"schema":schema(f"{n}Patch")}}},
            "responses": {"200": ok(n, "The changed record.", etag=True), "400": resp("BadRequest"), "401": resp("Unauthorized"), "403": resp("Forbidden"), "404": resp("NotFound"),
                          "409": resp("Conflict"), "412": resp("PreconditionFailed"), "413": resp("ContentTooLarge"), "415": resp("UnsupportedMediaType"), "422": resp("ValidationFailed"), "500": resp("InternalError")}}
    if "delete" in r["ops"]:
        item["delete"] = {"operationId": f"delete{n}", "tags":[r["tag"]], "summary": "Delete",
            "description": ("Erases the person for real. " if n=="Contact" else "Keeps a tombstone (reported by the change feed); the record disappears from reads and lists. ") + r["who"],
            "parameters":[idp, param("IfMatch")],
            "responses": {"204": {"description":"Deleted.","headers":std_headers}, "400": resp("BadRequest"), "401": resp("Unauthorized"), "403": resp("Forbidden"), "404": resp("NotFound"),
                          "409": resp("Conflict"), "412": resp("PreconditionFailed"), "500": resp("InternalError")}}
    paths[r["path"]] = coll
    paths[r["path"]+"/{id}"] = item

paths["/v1/tokens"] = {
  "post": {"operationId":"createToken","tags":["Tokens"],"summary":"Create a token (admin)","description":"The secret is in this answer only; it is stored as a SHA-256 hash.",
    "parameters":[param("IdempotencyKey")],
    "requestBody":{"required":True,"content":{"application/json":{"schema":schema("APITokenInput"),"example":{"organisationId":"3f2b5c1e-8d4a-4f6b-9c2d-1e0a7b6c5d4e","role":"editor","name":"Länsstyrelsen Norrbotten integration"}}}},
    "responses":{"201":{"description":"Created; keep the secret.","headers":{**std_headers,"Location":{"$ref":"#/components/headers/Location"}},"content":{"application/json":{"schema":schema("CreatedAPIToken")}},
                        "links":{"getToken":{"operationId":"getToken","parameters":{"id":"$response.body#/token/id"}},"revokeToken":{"operationId":"revokeToken","parameters":{"id":"$response.body#/token/id"}}}},
                 "400":resp("BadRequest"),"401":resp("Unauthorized"),"403":resp("Forbidden"),"413":resp("ContentTooLarge"),"415":resp("UnsupportedMediaType"),"422":resp("ValidationFailed"),"500":resp("InternalError")}},
  "get": {"operationId":"listTokens","tags":["Tokens"],"summary":"List tokens (admin)","parameters":[param("Limit"),param("Offset"),
      {"name":"sort","in":"query","required":False,"schema":{"type":"string","enum":["createdAt","updatedAt","name","id","-createdAt","-updatedAt","-name","-id"]}},param("UpdatedSince"),param("Format"),
      {"name":"organisationId","in":"query","required":False,"schema":schema("UuidFilter")},{"name":"role","in":"query","required":False,"schema":schema("RoleList")}],
    "responses":{"200":{"description":"One page.","headers":{**std_headers,"Link":{"$ref":"#/components/headers/Link"},"X-Total-Count":{"$ref":"#/components/headers/XTotalCount"}},
                        "content":{"application/json":{"schema":schema("APITokenPage")},"text/csv":{"schema":{"type":"string"}}}},
                 "400":resp("BadRequest"),"401":resp("Unauthorized"),"403":resp("Forbidden"),"500":resp("InternalError")}},
}
paths["/v1/tokens/{id}"] = {
  "get":{"operationId":"getToken","tags":["Tokens"],"summary":"Read a token's description (admin)","parameters":[param("Id")],
         "responses":{"200":ok("APIToken","The token (never its secret)."),"401":resp("Unauthorized"),"403":resp("Forbidden"),"404":resp("NotFound"),"500":resp("InternalError")}},
  "delete":{"operationId":"revokeToken","tags":["Tokens"],"summary":"Revoke a token (admin)","parameters":[param("Id")],
         "description":"The token stops working at once and is gone from reads and lists. A token cannot revoke itself (409).",
         "responses":{"204":{"description":"Revoked.","headers":std_headers},"401":resp("Unauthorized"),"403":resp("Forbidden"),"404":resp("NotFound"),"409":resp("Conflict"),"500":resp("InternalError")}},
}
paths["/v1/dialogue-coverage"] = {"get":{"operationId":"getDialogueCoverage","tags":["Collaboration"],"summary":"Dialogue coverage",
    "description":"For every organisation in scope (by default the regions, county boards, municipalities and state agencies): the meetings it organised or attended in the period, the last date, those with organisations from both counties, the open and overdue actions it owns, and the forums it sits in now; plus the organisations with no dialogue in the period. Only meetings the token may see count. JSON, or CSV with Accept: text/csv or format=csv.",
    "parameters":[{"name":"from","in":"query","required":False,"schema":{"type":"string","format":"date"}},
                  {"name":"to","in":"query","required":False,"schema":{"type":"string","format":"date"}},
                  {"name":"kind","in":"query","required":False,"schema":schema("OrganisationKindList")},
                  {"name":"county","in":"query","required":False,"schema":schema("CountyList")},param("Format")],
    "responses":{"200":{"description":"The report.","headers":std_headers,"content":{"application/json":{"schema":schema("DialogueCoverage")},"text/csv":{"schema":{"type":"string"}}}},
                 "400":resp("BadRequest"),"401":resp("Unauthorized"),"500":resp("InternalError")}}}
paths["/v1/api-info"] = {"get":{"operationId":"getApiInfo","tags":["Service"],"summary":"The API's name, version and status","security":[],
    "responses":{"200":ok("APIInfo","API information.",example={"apiName":"Samordna","apiVersion":"1.0.0","apiReleased":"2026-11-28","apiDocumentation":"/openapi.yaml","apiStatus":"active"}),"500":resp("InternalError")}}}
paths["/health/live"] = {"get":{"operationId":"getLiveness","tags":["Service"],"summary":"The process is up","security":[],
    "responses":{"200":ok("Health","Up.",example={"status":"up"})}}}
paths["/health/ready"] = {"get":{"operationId":"getReadiness","tags":["Service"],"summary":"The database can be read","security":[],
    "responses":{"200":ok("Health","Ready.",example={"status":"ready"}),"503":{"description":"Not ready.","headers":std_headers,"content":{"application/problem+json":{"schema":schema("Problem")}}}}}}
paths["/openapi.yaml"] = {"get":{"operationId":"getContract","tags":["Service"],"summary":"This contract","security":[],
    "responses":{"200":{"description":"The OpenAPI document.","headers":std_headers,"content":{"application/yaml":{"schema":{"type":"object","description":"This OpenAPI document."}}}},"404":resp("NotFound")}}}

uuid = {"type":"string","format":"uuid","example":"3f2b5c1e-8d4a-4f6b-9c2d-1e0a7b6c5d4e"}
ts = {"type":"string","format":"date-time","description":"RFC 3339; returned in UTC with Z.","example":"2026-11-28T09:15:00.000Z"}
name_t = lambda mx=200, desc=None: {k:v for k,v in {"type":"string","minLength":1,"maxLength":mx,"pattern":TEXT,"description":desc}.items() if v is not None}
opt = lambda s: {"oneOf":[s,{"type":"null"}]} if "$ref" in s else {**s, "type":[s["type"],"null"]}
keypat = {"type":"string","minLength":2,"maxLength":64,"pattern":KEY}

def record(props, required, desc, extra=None):
    base = {"id":{**uuid,"readOnly":True}, **props, **(extra or {}), "version":{"type":"integer","minimum":1,"readOnly":True,"description":"Increases with every change; the ETag."},
            "createdAt":{**ts,"readOnly":True},"updatedAt":{**ts,"readOnly":True}}
    return {"type":"object","description":desc,"required":["id"]+required+["version","createdAt","updatedAt"],"properties":base}

def inputs(props, required, desc):
    return {"type":"object","description":desc,"additionalProperties":False,"required":required,"properties":props}

def patch(props, required, desc):
    pp = {}
    for k,v in props.items():
        pp[k] = v if k in required else opt(v) if "$ref" not in v and "type" in v and isinstance(v["type"],str) else ({"oneOf":[v,{"type":"null"}]} if k not in required else v)
    pp["version"] = {"type":"integer","minimum":1,"description":"The version last read; like If-Match."}
    return {"type":"object","description":desc,"additionalProperties":False,"properties":pp}

org_props = {"name":name_t(200,"The organisation's name, e.g. Länsstyrelsen i Norrbottens län."),"kind":schema("OrganisationKind"),
  "key":{**keypat,"description":"Stable human-readable key, e.g. region-norrbotten."},
  "organisationNumber":{"type":"string","pattern":"^(16)?[0-9]{2}[2-9][0-9]{3}-?[0-9]{4}$","description":"Organisationsnummer with a valid Luhn check digit; stored as NNNNNN-NNNN. The 12-digit form with prefix 16 is accepted."},
  "countyCode":schema("CountyCode"),"municipalityCode":{"type":"string","enum":MUNICIPALITY_CODES,"description":"SCB code of one of the 29 municipalities; must match countyCode."},
  "parentId":uuid,"website":{"type":"string","maxLength":2000,"pattern":URL,"description":"An absolute http(s) URL with a plain host name."}}
org_req=["name","kind"]
contact_props={"organisationId":uuid,"name":name_t(200),"role":name_t(200),"email":{"type":"string","maxLength":254,"pattern":EMAIL},
  "phone":{"type":"string","pattern":PHONE},"retainUntil":{**schema("CalendarDate")}}
contact_req=["organisationId","name"]
area_props={"key":keypat,"nameSv":name_t(200),"nameEn":name_t(200),"description":name_t(4000),"origin":name_t(100)}
area_req=["key","nameSv"]
assign_props={"title":name_t(500),"principalId":uuid,"coordinatorId":uuid,"decisionDate":schema("CalendarDate"),"caseNumber":name_t(50,"Diarienummer, e.g. KN2023/00603."),
  "period":schema("DatePeriod"),"reportingDeadlines":{"type":"array","maxItems":100,"items":schema("ReportingDeadline")},"decisionText":name_t(100000)}
assign_req=["title","principalId","coordinatorId"]
part_props={"assignmentId":uuid,"code":keypat,"summarySv":name_t(2000),"summaryEn":name_t(2000),"position":{"type":"integer","minimum":1,"maximum":1000}}
part_req=["assignmentId","code","summarySv","position"]

def id_list(maximum=100):
    return {"type":"array","maxItems":maximum,"items":uuid}

county_list = {"type":"array","maxItems":10,"items":schema("CountyCode")}
forum_props={"name":name_t(200),"purpose":name_t(4000),"kind":schema("ForumKind"),"convenorId":uuid,"secretariatId":uuid,"counties":county_list,
  "challengeAreaIds":id_list(),"assignmentPartIds":id_list(),"cadence":name_t(200),"status":schema("ForumStatus"),"startDate":schema("CalendarDate"),"endDate":schema("CalendarDate")}
forum_req=["name","kind","convenorId"]
membership_props={"forumId":uuid,"organisationId":uuid,"role":schema("MembershipRole"),"representativeId":uuid,"from":schema("CalendarDate"),"to":schema("CalendarDate")}
membership_req=["forumId","organisationId","role","from"]
TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$"
meeting_props={"title":name_t(500),"date":schema("CalendarDate"),"startTime":{"type":"string","pattern":TIME},"endTime":{"type":"string","pattern":TIME},
  "format":schema("MeetingFormat"),"forumId":uuid,"organiserId":uuid,"participants":{"type":"array","maxItems":500,"items":schema("Participant")},
  "contactIds":id_list(),"counties":county_list,"municipalityCodes":{"type":"array","maxItems":100,"items":{"type":"string","enum":MUNICIPALITY_CODES}},
  "challengeAreaIds":id_list(),"assignmentPartIds":id_list(),"agenda":name_t(20000),"summary":name_t(100000),"confidential":{"type":"boolean"},
  "confidentialityReason":name_t(1000,"Required when confidential is true: the ground for secrecy."),"caseNumber":name_t(50)}
meeting_req=["title","date","format","organiserId"]
decision_props={"meetingId":uuid,"text":name_t(10000),"decidedOn":{**schema("CalendarDate")}}
decision_req=["meetingId","text"]
action_props={"meetingId":uuid,"decisionId":uuid,"description":name_t(4000),"ownerId":uuid,"ownerContactId":uuid,"dueDate":schema("CalendarDate"),
  "status":schema("ActionStatus"),"outcomeUrl":{"type":"string","maxLength":2000,"pattern":URL}}
action_req=["meetingId","description","ownerId","dueDate"]

def record_props(props, nullable_out=True):
    # outputs omit absent optional fields
    return props

S = collections.OrderedDict()
S["Problem"] = {"type":"object","description":"RFC 9457 problem details.","required":["type","title","status"],
  "properties":{"type":{"type":"string","format":"uri","description":"A stable URI per problem kind; see the list in info.description."},
  "title":{"type":"string"},"status":{"type":"integer","minimum":400,"maximum":599},"detail":{"type":"string"},"instance":{"type":"string"},
  "requestId":{"type":"string"},"errors":{"type":"array","items":schema("ValidationIssue")}},
  "example":{"type":"https://samordna.tillvaxtverket.se/problems/validation-failed","title":"Validation failed","status":422,"detail":"1 field failed validation.",
             "instance":"/v1/organisations","requestId":"0b6f5f0e-2f55-4a8e-9d7c-0f3f0f3f0f3f","errors":[{"field":"organisationNumber","code":"invalidCheckDigit","detail":"The last digit does not match the Luhn check digit of the first nine."}]}}
S["ValidationIssue"] = {"type":"object","required":["field","code","detail"],"properties":{"field":{"type":"string"},"code":{"type":"string"},"detail":{"type":"string"}}}
S["CalendarDate"] = {"type":"string","format":"date","description":"YYYY-MM-DD.","example":"2024-01-31"}
S["OrganisationKind"] = {"type":"string","enum":["governmentOffices","stateAgency","countyAdministrativeBoard","region","municipality","company","academia","businessAssociation","civilSociety","samiBody","other"]}
S["CountyCode"] = {"type":"string","enum":["24","25"],"description":"24 Västerbottens län, 25 Norrbottens län."}
S["Role"] = {"type":"string","enum":["admin","editor","reader"]}
S["DatePeriod"] = {"type":"object","additionalProperties":False,"required":["start"],"properties":{"start":schema("CalendarDate"),"end":schema("CalendarDate")}}
S["ReportingDeadline"] = {"type":"object","additionalProperties":False,"required":["kind","dueDate"],"properties":{"kind":{"type":"string","enum":["progressReport","finalReport"]},"dueDate":schema("CalendarDate"),"description":name_t(1000)}}
S["ForumKind"] = {"type":"string","enum":["nationalAgencyNetwork","regionalForum","crossCountyForum","thematicWorkingGroup","businessDialogue","learningNetwork","other"]}
S["ForumStatus"] = {"type":"string","enum":["planned","active","dormant","closed"]}
S["MembershipRole"] = {"type":"string","enum":["convenor","secretariat","member","observer"]}
S["MeetingFormat"] = {"type":"string","enum":["forumMeeting","bilateralDialogue","workshop","siteVisit","conference","webinar","governmentBriefing"]}
S["ActionStatus"] = {"type":"string","enum":["open","inProgress","done","dropped"]}
S["Participant"] = {"type":"object","additionalProperties":False,"required":["organisationId"],
                    "properties":{"organisationId":uuid,"attended":{"type":"boolean","default":True,"description":"Whether it attended (default true)."}}}
S["FormerRepresentative"] = {"type":"object","required":["contactId","until"],"properties":{"contactId":uuid,"until":schema("CalendarDate")}}
def enum_list(values):
    item = "(" + "|".join(values) + ")"
    return {"type":"string","maxLength":2000,"pattern":f"^{item}(,{item})*$"}
S["ForumKindList"] = enum_list(S["ForumKind"]["enum"])
S["ForumStatusList"] = enum_list(S["ForumStatus"]["enum"])
S["MembershipRoleList"] = enum_list(S["MembershipRole"]["enum"])
S["MeetingFormatList"] = enum_list(S["MeetingFormat"]["enum"])
S["ActionStatusList"] = enum_list(S["ActionStatus"]["enum"])
S["BooleanFilter"] = {"type":"string","enum":["true","false"]}
S["DateFilter"] = {"type":"string","format":"date"}
S["OrganisationKindList"] = {"type":"string","maxLength":2000,"pattern":"^(governmentOffices|stateAgency|countyAdministrativeBoard|region|municipality|company|academia|businessAssociation|civilSociety|samiBody|other)(,(governmentOffices|stateAgency|countyAdministrativeBoard|region|municipality|company|academia|businessAssociation|civilSociety|samiBody|other))*$"}
S["CountyList"] = {"type":"string","maxLength":2000,"pattern":"^(24|25)(,(24|25))*$"}
S["RoleList"] = {"type":"string","maxLength":2000,"pattern":"^(admin|editor|reader)(,(admin|editor|reader))*$"}
S["MunicipalityCodeFilter"] = {"type":"string","maxLength":2000,"pattern":"^2[45][0-9]{2}(,2[45][0-9]{2})*$"}
S["UuidFilter"] = {"type":"string","maxLength":2000,"pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(,[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})*$"}
S["KeyFilter"] = {"type":"string","minLength":1,"maxLength":2000,"pattern":"^[^,]{1,200}(,[^,]{1,200})*$"}
S["TextFilter"] = {"type":"string","minLength":1,"maxLength":2000,"pattern":"^[^,]{1,200}(,[^,]{1,200})*$"}
S["OrganisationNumberFilter"] = {"type":"string","maxLength":2000,"pattern":"^(16)?[0-9]{6}-?[0-9]{4}(,(16)?[0-9]{6}-?[0-9]{4})*$"}

for (n, props, req, desc) in [("Organisation",org_props,org_req,"An actor: agency, region, county board, municipality, company…"),
                               ("Contact",contact_props,contact_req,"A person at an organisation (personal data)."),
                               ("ChallengeArea",area_props,area_req,"An area where the challenges are especially large."),
                               ("Assignment",assign_props,assign_req,"A government assignment (regeringsuppdrag)."),
                               ("AssignmentPart",part_props,part_req,"One duty of an assignment."),
                               ("Forum",forum_props,forum_req,"A long-term collaboration structure (samverkansforum)."),
                               ("ForumMembership",membership_props,membership_req,"A dated seat of an organisation in a forum."),
                               ("Meeting",meeting_props,meeting_req,"A meeting or dialogue."),
                               ("Decision",decision_props,decision_req,"A decision taken at a meeting."),
                               ("FollowUpAction",action_props,action_req,"Something an organisation must do after a meeting, by a date.")]:
    always = {"Assignment": ["reportingDeadlines"], "Forum": ["counties","challengeAreaIds","assignmentPartIds","status"],
              "ForumMembership": ["representativeHistory"],
              "Meeting": ["participants","contactIds","counties","municipalityCodes","challengeAreaIds","assignmentPartIds","confidential"],
              "Decision": ["decidedOn"], "FollowUpAction": ["status"]}.get(n, [])
    extra = {"ForumMembership": {"representativeHistory": {"type":"array","readOnly":True,"description":"Earlier representatives, oldest first.",
                                   "items": schema("FormerRepresentative")}},
             "FollowUpAction": {"completedAt": {**ts, "readOnly": True, "description": "When it was marked done."}}}.get(n)
    S[n] = record(props, req + always, desc, extra)
    S[n+"Input"] = inputs(props, req, f"The writable fields of a new {n}.")
    immutable = {"AssignmentPart": ["assignmentId"], "Decision": ["meetingId"]}.get(n, [])
    S[n+"Patch"] = patch({k: v for k, v in props.items() if k not in immutable}, req,
                         f"A JSON Merge Patch of a {n}: present fields are set, null clears an optional field." + (" " + ", ".join(immutable) + " cannot change." if immutable else ""))
    S[n+"Page"] = {"type":"object","required":["items","total","limit","offset"],"properties":{"items":{"type":"array","items":schema(n)},"total":{"type":"integer","minimum":0,"description":TOTAL},"limit":{"type":"integer"},"offset":{"type":"integer"}}}
S["Organisation"]["example"] = {"id":"3f2b5c1e-8d4a-4f6b-9c2d-1e0a7b6c5d4e","key":"skelleftea-kommun","name":"Skellefteå kommun","kind":"municipality","countyCode":"24","municipalityCode":"2482","version":1,"createdAt":"2026-11-28T09:15:00.000Z","updatedAt":"2026-11-28T09:15:00.000Z"}
S["OrganisationInput"]["example"] = {"name":"Stegra AB","kind":"company","organisationNumber":"559123-4561","municipalityCode":"2582","website":"https://stegra.com"}
coverage_entry = {"type":"object","required":["organisationId","name","kind","meetings","crossCountyMeetings","openActions","overdueActions","forums"],
  "properties":{"organisationId":uuid,"name":{"type":"string"},"kind":schema("OrganisationKind"),"countyCode":schema("CountyCode"),"municipalityCode":{"type":"string"},
    "meetings":{"type":"integer","minimum":0},"lastMeetingDate":schema("CalendarDate"),"crossCountyMeetings":{"type":"integer","minimum":0},
    "openActions":{"type":"integer","minimum":0},"overdueActions":{"type":"integer","minimum":0},
    "forums":{"type":"array","items":{"type":"object","required":["forumId","name","role"],"properties":{"forumId":uuid,"name":{"type":"string"},"role":schema("MembershipRole")}}}}}
S["DialogueCoverageEntry"] = coverage_entry
S["DialogueCoverage"] = {"type":"object","required":["organisations","notEngaged","totals"],"properties":{
  "from":schema("CalendarDate"),"to":schema("CalendarDate"),
  "organisations":{"type":"array","items":schema("DialogueCoverageEntry")},
  "notEngaged":{"type":"array","items":schema("DialogueCoverageEntry"),"description":"Organisations in scope with no meeting in the period."},
  "totals":{"type":"object","required":["organisations","engaged","notEngaged","meetings","crossCountyMeetings"],
            "properties":{k:{"type":"integer","minimum":0} for k in ["organisations","engaged","notEngaged","meetings","crossCountyMeetings"]}}}}
S["APIToken"] = {"type":"object","required":["id","organisationId","role","name","createdAt"],"properties":{"id":uuid,"organisationId":uuid,"role":schema("Role"),"name":{"type":"string"},"createdAt":ts,"expiresAt":ts,"revokedAt":ts,"lastUsedAt":ts}}
S["APITokenInput"] = {"type":"object","additionalProperties":False,"required":["organisationId","role","name"],"properties":{"organisationId":uuid,"role":schema("Role"),"name":name_t(200),"expiresAt":{**ts,"description":"Must be in the future."}}}
S["CreatedAPIToken"] = {"type":"object","required":["token","secret"],"properties":{"token":schema("APIToken"),"secret":{"type":"string","description":"The bearer secret; shown only here."}}}
S["APITokenPage"] = {"type":"object","required":["items","total","limit","offset"],"properties":{"items":{"type":"array","items":schema("APIToken")},"total":{"type":"integer"},"limit":{"type":"integer"},"offset":{"type":"integer"}}}
S["APIInfo"] = {"type":"object","required":["apiName","apiVersion","apiReleased","apiDocumentation","apiStatus"],"properties":{k:{"type":"string"} for k in ["apiName","apiVersion","apiReleased","apiDocumentation","apiStatus"]}}
S["Health"] = {"type":"object","required":["status"],"properties":{"status":{"type":"string"}}}

def pr(desc, ex_type, status, title):
    return {"description":desc,"headers":std_headers,"content":{"application/problem+json":{"schema":schema("Problem"),
        "example":{"type":f"https://samordna.tillvaxtverket.se/problems/{ex_type}","title":title,"status":status,"detail":desc,"instance":"/v1/organisations","requestId":"0b6f5f0e-2f55-4a8e-9d7c-0f3f0f3f0f3f"}}}}
responses = {
 "BadRequest": pr("Malformed JSON, a bad query parameter or a bad Idempotency-Key.","invalid-parameter",400,"Invalid query parameter"),
 "Unauthorized": {**pr("Missing, unknown, expired or revoked token.","unauthenticated",401,"Unauthenticated"), "headers":{**std_headers,"WWW-Authenticate":{"schema":{"type":"string"},"description":"Bearer realm=\"samordna\""}}},
 "Forbidden": pr("The token's role or organisation may not do this.","forbidden",403,"Forbidden"),
 "NotFound": pr("No such record (or not visible to this token), or no such route.","not-found",404,"Not found"),
 "Conflict": pr("A duplicate key, organisation number or case number, or a record still in use.","conflict",409,"Conflict"),
 "PreconditionFailed": pr("If-Match (or the body version) names an older version.","precondition-failed",412,"Precondition failed"),
 "ContentTooLarge": pr("The body is larger than the limit.","content-too-large",413,"Content too large"),
 "UnsupportedMediaType": pr("The body is not application/json (or merge-patch+json) in UTF-8.","unsupported-media-type",415,"Unsupported media type"),
 "ValidationFailed": pr("Every invalid field, listed in errors.","validation-failed",422,"Validation failed"),
 "InternalError": pr("A bug; the answer holds only the request id.","internal-error",500,"Internal server error"),
}
responses["ValidationFailed"]["content"]["application/problem+json"]["example"] = S["Problem"]["example"]

parameters = {
 "Limit":{"name":"limit","in":"query","required":False,"description":"Items per page (default 20).","schema":{"type":"integer","minimum":1,"maximum":500,"default":20}},
 "Offset":{"name":"offset","in":"query","required":False,"schema":{"type":"integer","minimum":0,"maximum":100000000,"default":0}},
 "Q":{"name":"q","in":"query","required":False,"description":"Text filter on the name (case-insensitive, Swedish-aware).","schema":{"type":"string","minLength":1,"maxLength":200}},
 "UpdatedSince":{"name":"updatedSince","in":"query","required":False,"description":"Only records changed at or after this RFC 3339 timestamp.","schema":{"type":"string","format":"date-time"}},
 "Format":{"name":"format","in":"query","required":False,"description":"csv for CSV (same as Accept: text/csv).","schema":{"type":"string","enum":["json","csv"]}},
 "Id":{"name":"id","in":"path","required":True,"schema":{"type":"string","format":"uuid"}},
 "IdOrKey":{"name":"id","in":"path","required":True,"description":"The id, or the record's key.","schema":{"type":"string","minLength":1,"maxLength":64}},
 "IfMatch":{"name":"If-Match","in":"header","required":False,"description":"The ETag last read, e.g. \"3\"; a mismatch is 412, a malformed value 400.","schema":{"type":"string","pattern":"^(\\*|(W/)?\"[0-9]+\"( *, *(W/)?\"[0-9]+\")*)$"}},
 "IfNoneMatch":{"name":"If-None-Match","in":"header","required":False,"description":"An ETag; a match is 304.","schema":{"type":"string"}},
 "IdempotencyKey":{"name":"Idempotency-Key","in":"header","required":False,"description":"Makes a retry return the first answer (kept 48 h); the same key with another body is 422.","schema":{"type":"string","minLength":1,"maxLength":255,"pattern":"^[\\x21-\\x7E]+$"}},
}
headers = {
 "XRequestId":{"description":"The request's id (the caller's own X-Request-Id when given).","schema":{"type":"string"}},
 "ETag":{"description":"The record's version as a strong ETag, e.g. \"3\".","schema":{"type":"string"}},
 "Location":{"description":"The new record's path.","schema":{"type":"string"}},
 "Link":{"description":"rel=\"next\" and rel=\"prev\" page links.","schema":{"type":"string"}},
 "XTotalCount":{"description":"How many items match across all pages.","schema":{"type":"integer"}},
}
ptypes = "\n".join(f"- `https://samordna.tillvaxtverket.se/problems/{p}`" for p in problem_types)
doc = collections.OrderedDict()
doc["openapi"]="3.1.0"
doc["info"]={"title":"Samordna API","version":"1.0.0","summary":"The coordination registry for the new industrialisation in Norrbotten and Västerbotten.",
  "description":"Samordna is Tillväxtverket's system of record for the Government's assignment to coordinate, at national level, the support for the new industrialisation and the transformation of society in Norrbotten and Västerbotten.\n\nConventions (DIGG REST API profile): JSON in UTF-8; dates `YYYY-MM-DD`, timestamps RFC 3339 in UTC; errors as `application/problem+json` (RFC 9457); lists with `limit`/`offset`/`total` and `Link`; `version` + `ETag`, `If-Match` (412), `If-None-Match` (304); `Idempotency-Key` on every POST; unknown body fields are rejected.\n\nProblem types:\n"+ptypes,
  "contact":{"name":"Tillväxtverket"},"license":{"name":"Proprietary"}}
doc["servers"]=[{"url":"http://127.0.0.1:8080","description":"Local (make run)"}]
doc["security"]=[{"bearerAuth":[]}]
doc["tags"]=[{"name":t} for t in ["Organisations","Contacts","Challenge areas","Assignments","Collaboration","Tokens","Service"]]
doc["paths"]=paths
doc["components"]={"securitySchemes":{"bearerAuth":{"type":"http","scheme":"bearer","description":"An opaque token from `samordna token create` or POST /v1/tokens."}},
  "parameters":parameters,"headers":headers,"responses":responses,"schemas":S}

class D(yaml.SafeDumper): pass
def rep_od(d, data): return d.represent_mapping('tag:yaml.org,2002:map', data.items())
D.add_representer(collections.OrderedDict, rep_od)
D.ignore_aliases = lambda self, data: True
sys.stdout.write("# Generated by scripts/openapi/generate.py (make openapi); edit the generator, not this file.\n")
sys.stdout.write(yaml.dump(doc, Dumper=D, sort_keys=False, allow_unicode=True, width=140))
