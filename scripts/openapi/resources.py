"""One declaration per table-backed resource: its fields, rules in words, list filters and sorts, and an example.
The Swift contract test holds each declaration against the server's types (fields, required, filters, sorts).
"""

from dataclasses import dataclass, field

from contract import (
    COUNTY_CODES,
    EMAIL,
    KEY_TEXT,
    MUNICIPALITY_CODES,
    PHONE,
    STAMP,
    TIMESTAMP,
    URL,
    UUID,
    UUID_EXAMPLE,
    comma_list,
    comma_pattern,
    id_list,
    ref,
    text,
)

ORGANISATION_KINDS = [
    "governmentOffices",
    "stateAgency",
    "countyAdministrativeBoard",
    "region",
    "municipality",
    "company",
    "academia",
    "businessAssociation",
    "civilSociety",
    "samiBody",
    "other",
]
FORUM_KINDS = [
    "nationalAgencyNetwork",
    "regionalForum",
    "crossCountyForum",
    "thematicWorkingGroup",
    "businessDialogue",
    "learningNetwork",
    "other",
]
FORUM_STATUSES = ["planned", "active", "dormant", "closed"]
MEMBERSHIP_ROLES = ["convenor", "secretariat", "member", "observer"]
MEETING_FORMATS = [
    "forumMeeting",
    "bilateralDialogue",
    "workshop",
    "siteVisit",
    "conference",
    "webinar",
    "governmentBriefing",
    "samiConsultation",
]
ACTION_STATUSES = ["open", "inProgress", "done", "dropped"]
ROLES = ["admin", "editor", "reader"]
OBLIGATION_KINDS = ["progressReport", "finalReport", "continuousBriefing"]
CADENCES = ["monthly", "quarterly", "semiannually", "annually"]
UUID_ITEM = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$"

ENUMS = {
    "OrganisationKind": ORGANISATION_KINDS,
    "ForumKind": FORUM_KINDS,
    "ForumStatus": FORUM_STATUSES,
    "MembershipRole": MEMBERSHIP_ROLES,
    "MeetingFormat": MEETING_FORMATS,
    "ActionStatus": ACTION_STATUSES,
    "Role": ROLES,
    "ReportingObligationKind": OBLIGATION_KINDS,
    "Cadence": CADENCES,
}

FILTER_SCHEMAS = {
    "OrganisationKindList": comma_list(ORGANISATION_KINDS),
    "ForumKindList": comma_list(FORUM_KINDS),
    "ForumStatusList": comma_list(FORUM_STATUSES),
    "MembershipRoleList": comma_list(MEMBERSHIP_ROLES),
    "MeetingFormatList": comma_list(MEETING_FORMATS),
    "ActionStatusList": comma_list(ACTION_STATUSES),
    "RoleList": comma_list(ROLES),
    "CountyList": comma_pattern("[0-9]{2}"),
    "MunicipalityCodeFilter": comma_pattern("[0-9]{4}"),
    "UuidFilter": comma_pattern(UUID_ITEM),
    "KeyFilter": {"type": "string", "minLength": 1, "maxLength": 2000, "pattern": "^[^,]{1,200}(,[^,]{1,200})*$"},
    "TextFilter": {"type": "string", "minLength": 1, "maxLength": 2000, "pattern": "^[^,]{1,200}(,[^,]{1,200})*$"},
    "OrganisationNumberFilter": comma_pattern("(16)?[0-9]{6}-?[0-9]{4}"),
    "BooleanFilter": {"type": "boolean"},
    "DateFilter": {"type": "string", "format": "date"},
}

VALUE_SCHEMAS = {
    "CalendarDate": {"type": "string", "format": "date", "description": "YYYY-MM-DD.", "example": "2024-01-31"},
    "CountyCode": {
        "type": "string",
        "enum": COUNTY_CODES,
        "description": "SCB county code, any of Sweden's 21 counties (GET /v1/counties); 24 Västerbottens "
        "län and 25 Norrbottens län are the assignment's.",
    },
    "MunicipalityCode": {
        "type": "string",
        "enum": MUNICIPALITY_CODES,
        "description": "SCB municipality code, any of Sweden's 290 (GET /v1/municipalities).",
    },
    "DatePeriod": {
        "type": "object",
        "additionalProperties": False,
        "required": ["start"],
        "properties": {"start": ref("CalendarDate"), "end": ref("CalendarDate")},
    },
    "ReportingObligation": {
        "type": "object",
        "additionalProperties": False,
        "required": ["kind"],
        "description": "A duty to report: a deadline (dueDate) or continuous (cadence), never both.",
        "properties": {
            "kind": ref("ReportingObligationKind"),
            "dueDate": ref("CalendarDate"),
            "cadence": ref("Cadence"),
            "description": text(1000),
        },
        "oneOf": [
            {"required": ["dueDate"], "not": {"required": ["cadence"]}},
            {"required": ["cadence"], "not": {"required": ["dueDate"]}},
        ],
    },
    "Participant": {
        "type": "object",
        "additionalProperties": False,
        "required": ["organisationId"],
        "properties": {
            "organisationId": UUID,
            "attended": {"type": "boolean", "default": True, "description": "Whether it attended (default true)."},
        },
    },
    "FormerRepresentative": {
        "type": "object",
        "required": ["contactId", "until"],
        "properties": {"contactId": UUID, "until": ref("CalendarDate")},
    },
}


@dataclass
class Resource:
    """A resource served by the shared machinery (create, list, read, update, delete)."""

    name: str
    path: str
    tag: str
    description: str
    who: str
    fields: dict
    required: list
    example: dict
    filters: list
    sorts: list
    ops: tuple = ("create", "list", "read", "update", "delete")
    q: bool = False
    by_key: bool = False
    always: list = field(default_factory=list)
    read_only: dict = field(default_factory=dict)
    immutable: list = field(default_factory=list)
    output_example: dict = field(default_factory=dict)

    @property
    def words(self):
        """The name in words, e.g. `assignment part`."""
        return "".join(" " + c.lower() if c.isupper() else c for c in self.name).strip()


COUNTIES = {"type": "array", "maxItems": 10, "items": ref("CountyCode")}

RESOURCES = [
    Resource(
        "Organisation",
        "/v1/organisations",
        "Organisations",
        "An actor: agency, region, county board, municipality, company…",
        "Admins create and delete; an editor may change its own organisation (not its kind or key); every token reads.",
        fields={
            "name": text(200, "The official name, e.g. Bodens kommun or Statens energimyndighet."),
            "shortName": text(200, "The common short form, e.g. Boden or Energimyndigheten; q matches it too."),
            "kind": ref("OrganisationKind"),
            "key": {**KEY_TEXT, "description": "Stable human-readable key, e.g. region-norrbotten."},
            "organisationNumber": {
                "type": "string",
                "pattern": "^(16)?[0-9]{2}[2-9][0-9]{3}-?[0-9]{4}$",
                "description": "Organisationsnummer with a valid Luhn check digit; stored as "
                "NNNNNN-NNNN. The 12-digit form with prefix 16 is accepted.",
            },
            "countyCode": ref("CountyCode"),
            "municipalityCode": {**ref("MunicipalityCode"), "description": "Must lie in countyCode."},
            "parentId": UUID,
            "website": {
                "type": "string",
                "maxLength": 2000,
                "pattern": URL,
                "description": "An absolute http(s) URL with a plain host name.",
            },
        },
        required=["name", "kind"],
        example={
            "name": "Stegra AB",
            "kind": "company",
            "organisationNumber": "559123-4561",
            "municipalityCode": "2582",
            "website": "https://stegra.com",
        },
        output_example={"countyCode": "25"},
        filters=[
            ("kind", "OrganisationKindList", "Organisation kinds, comma list means any of."),
            ("county", "CountyList", "County codes, e.g. 25 (Norrbottens län)."),
            ("municipalityCode", "MunicipalityCodeFilter", "SCB municipality codes."),
            ("parentId", "UuidFilter", "Parent organisation id."),
            ("key", "KeyFilter", "Organisation keys."),
            ("organisationNumber", "OrganisationNumberFilter", "Organisation number (any accepted form)."),
        ],
        sorts=["name", "kind", "createdAt", "updatedAt", "id"],
        q=True,
        by_key=True,
    ),
    Resource(
        "Contact",
        "/v1/contacts",
        "Contacts",
        "A person at an organisation (personal data).",
        "Personal data. Visible only to admins and tokens of the person's own organisation; admins and that "
        "organisation's editors write. Delete erases the person for real, with every link to them.",
        fields={
            "organisationId": UUID,
            "name": text(200),
            "role": text(200),
            "email": {"type": "string", "maxLength": 254, "pattern": EMAIL},
            "phone": {"type": "string", "pattern": PHONE},
            "retainUntil": ref("CalendarDate"),
        },
        required=["organisationId", "name"],
        example={
            "organisationId": UUID_EXAMPLE,
            "name": "Anna Lindqvist",
            "role": "Näringslivsstrateg",
            "email": "anna.lindqvist@example.se",
            "retainUntil": "2027-12-31",
        },
        filters=[("organisationId", "UuidFilter", "Organisation ids.")],
        sorts=["name", "createdAt", "updatedAt", "retainUntil", "id"],
        q=True,
    ),
    Resource(
        "ChallengeArea",
        "/v1/challenge-areas",
        "Challenge areas",
        "An area where the challenges are especially large.",
        "Everyone reads; admins add and edit.",
        fields={
            "key": KEY_TEXT,
            "nameSv": text(200),
            "nameEn": text(200),
            "description": text(4000),
            "origin": text(100),
        },
        required=["key", "nameSv"],
        example={
            "key": "energy-supply",
            "nameSv": "Säkrad energiförsörjning",
            "nameEn": "Secured energy supply",
            "origin": "strategy-2024",
        },
        filters=[("key", "KeyFilter", "Challenge area keys."), ("origin", "TextFilter", "Origin, e.g. strategy-2024.")],
        sorts=["nameSv", "key", "createdAt", "updatedAt", "id"],
        ops=("create", "list", "read", "update"),
        q=True,
        by_key=True,
    ),
    Resource(
        "Assignment",
        "/v1/assignments",
        "Assignments",
        "A government assignment (regeringsuppdrag).",
        "Everyone reads; admins add, edit and delete (an assignment with live parts cannot be deleted).",
        fields={
            "title": text(500),
            "principalId": UUID,
            "coordinatorId": UUID,
            "decisionDate": ref("CalendarDate"),
            "caseNumber": text(50, "The decision's own case number (diarienummer), e.g. KN2024/01234."),
            "period": ref("DatePeriod"),
            "reportingObligations": {"type": "array", "maxItems": 100, "items": ref("ReportingObligation")},
            "decisionText": text(100000),
        },
        required=["title", "principalId", "coordinatorId"],
        always=["reportingObligations"],
        example={
            "title": "Förlängt samordningsuppdrag",
            "principalId": UUID_EXAMPLE,
            "coordinatorId": UUID_EXAMPLE,
            "decisionDate": "2024-06-01",
            "caseNumber": "KN2024/01234",
            "period": {"start": "2024-07-01", "end": "2026-12-31"},
            "reportingObligations": [
                {"kind": "continuousBriefing", "cadence": "quarterly"},
                {"kind": "finalReport", "dueDate": "2027-01-31"},
            ],
        },
        filters=[
            ("principalId", "UuidFilter", "Principal organisation ids."),
            ("coordinatorId", "UuidFilter", "Coordinator organisation ids."),
            ("caseNumber", "TextFilter", "Case numbers."),
        ],
        sorts=["title", "decisionDate", "createdAt", "updatedAt", "id"],
        q=True,
    ),
    Resource(
        "AssignmentPart",
        "/v1/assignment-parts",
        "Assignments",
        "One duty of an assignment.",
        "Everyone reads; admins add, edit and delete (a part that forums or meetings link to cannot be deleted: 409).",
        fields={
            "assignmentId": UUID,
            "code": KEY_TEXT,
            "summarySv": text(2000),
            "summaryEn": text(2000),
            "textSv": text(10000, "The part's words as the decision has them (Swedish, verbatim)."),
            "position": {"type": "integer", "minimum": 1, "maximum": 1000},
        },
        required=["assignmentId", "code", "summarySv", "position"],
        immutable=["assignmentId"],
        example={
            "assignmentId": UUID_EXAMPLE,
            "code": "knowledge",
            "summarySv": "Dokumentera och sprida kunskaper",
            "textSv": "Tillväxtverket ska dokumentera och sprida kunskaper och erfarenheter från uppdraget.",
            "position": 3,
        },
        filters=[("assignmentId", "UuidFilter", "Assignment ids."), ("code", "KeyFilter", "Part codes.")],
        sorts=["position", "code", "createdAt", "updatedAt", "id"],
    ),
    Resource(
        "Forum",
        "/v1/forums",
        "Collaboration",
        "A long-term collaboration structure (samverkansforum).",
        "Everyone reads; admins and editors of the convening organisation register and change forums. Status moves "
        "planned → active ⇄ dormant, and to closed (final); another move is 409.",
        fields={
            "name": text(200),
            "purpose": text(4000),
            "kind": ref("ForumKind"),
            "convenorId": UUID,
            "secretariatId": UUID,
            "counties": COUNTIES,
            "challengeAreaIds": id_list(),
            "assignmentPartIds": id_list(),
            "cadence": text(200),
            "status": ref("ForumStatus"),
            "startDate": ref("CalendarDate"),
            "endDate": ref("CalendarDate"),
        },
        required=["name", "kind", "convenorId"],
        always=["counties", "challengeAreaIds", "assignmentPartIds", "status"],
        example={
            "name": "Regionalt forum Norrbotten",
            "kind": "regionalForum",
            "convenorId": UUID_EXAMPLE,
            "counties": ["25"],
            "cadence": "Fyra gånger per år",
            "status": "active",
            "startDate": "2024-02-01",
        },
        output_example={"challengeAreaIds": [], "assignmentPartIds": []},
        filters=[
            ("kind", "ForumKindList", "Forum kinds."),
            ("status", "ForumStatusList", "Statuses."),
            ("convenorId", "UuidFilter", "Convening organisations."),
            ("county", "CountyList", "Counties the forum covers."),
            ("challengeArea", "TextFilter", "Challenge areas by key or id."),
            ("assignmentPart", "UuidFilter", "Assignment parts."),
        ],
        sorts=["name", "status", "startDate", "createdAt", "updatedAt", "id"],
        q=True,
    ),
    Resource(
        "ForumMembership",
        "/v1/forum-memberships",
        "Collaboration",
        "A dated seat of an organisation in a forum.",
        "Everyone reads; admins and editors of the forum's convenor manage seats; a member's editors may replace their "
        "own representative (the former one moves to formerRepresentatives). Overlapping seats of one organisation in "
        "one forum are 409.",
        fields={
            "forumId": UUID,
            "organisationId": UUID,
            "role": ref("MembershipRole"),
            "representativeId": UUID,
            "from": ref("CalendarDate"),
            "to": ref("CalendarDate"),
        },
        required=["forumId", "organisationId", "role", "from"],
        always=["formerRepresentatives"],
        read_only={
            "formerRepresentatives": {
                "type": "array",
                "readOnly": True,
                "items": ref("FormerRepresentative"),
                "description": "Earlier representatives, oldest first.",
            }
        },
        example={"forumId": UUID_EXAMPLE, "organisationId": UUID_EXAMPLE, "role": "member", "from": "2024-02-01"},
        output_example={"formerRepresentatives": []},
        filters=[
            ("forumId", "UuidFilter", "Forums."),
            ("organisationId", "UuidFilter", "Member organisations."),
            ("role", "MembershipRoleList", "Roles."),
            ("current", "BooleanFilter", "Only seats held today (true) or not."),
        ],
        sorts=["from", "createdAt", "updatedAt", "id"],
    ),
    Resource(
        "Meeting",
        "/v1/meetings",
        "Collaboration",
        "A meeting or dialogue.",
        "Editors record the meetings their organisation organises; admins everything. A confidential meeting is "
        "visible "
        "only to admins, the organiser and the participating organisations (others get 404). A meeting of format "
        "samiConsultation, and only such a meeting, records its consultation (lag 2022:66), with a counterpart of "
        "kind samiBody.",
        fields={
            "title": text(500),
            "date": ref("CalendarDate"),
            "startTime": {"type": "string", "pattern": TIME},
            "endTime": {"type": "string", "pattern": TIME},
            "format": ref("MeetingFormat"),
            "forumId": UUID,
            "organiserId": UUID,
            "participants": {"type": "array", "maxItems": 500, "items": ref("Participant")},
            "contactIds": id_list(),
            "counties": COUNTIES,
            "municipalityCodes": {"type": "array", "maxItems": 100, "items": ref("MunicipalityCode")},
            "challengeAreaIds": id_list(),
            "assignmentPartIds": id_list(),
            "agenda": text(20000),
            "summary": text(100000),
            "confidential": {"type": "boolean"},
            "confidentialityReason": text(1000, "Required when confidential is true: the ground for secrecy."),
            "caseNumber": text(50),
            "consultation": ref("SamiConsultation"),
        },
        required=["title", "date", "format", "organiserId"],
        always=[
            "participants",
            "contactIds",
            "counties",
            "municipalityCodes",
            "challengeAreaIds",
            "assignmentPartIds",
            "confidential",
        ],
        example={
            "title": "Bostadsförsörjning i Luleå och Boden",
            "date": "2026-03-12",
            "format": "forumMeeting",
            "organiserId": UUID_EXAMPLE,
            "participants": [{"organisationId": UUID_EXAMPLE, "attended": True}],
            "counties": ["25"],
            "municipalityCodes": ["2580", "2582"],
        },
        output_example={"contactIds": [], "challengeAreaIds": [], "assignmentPartIds": [], "confidential": False},
        filters=[
            ("forumId", "UuidFilter", "Forums."),
            ("organiserId", "UuidFilter", "Organisers."),
            (
                "meetingFormat",
                "MeetingFormatList",
                "Meeting formats (the field format; the parameter format " "chooses JSON or CSV).",
            ),
            ("participant", "UuidFilter", "Participating organisations."),
            ("county", "CountyList", "Counties concerned."),
            ("municipalityCode", "MunicipalityCodeFilter", "Municipalities concerned."),
            ("challengeArea", "TextFilter", "Challenge areas by key or id."),
            ("assignmentPart", "UuidFilter", "Assignment parts."),
            ("from", "DateFilter", "On or after this date."),
            ("to", "DateFilter", "On or before this date."),
            (
                "consultationMatter",
                "UuidFilter",
                "Sámi consultations on these establishments, initiatives or barriers.",
            ),
        ],
        sorts=["date", "title", "createdAt", "updatedAt", "id"],
        q=True,
    ),
    Resource(
        "Decision",
        "/v1/decisions",
        "Collaboration",
        "A decision taken at a meeting.",
        "Recorded by admins and editors of the meeting's organiser; visible as the meeting is.",
        fields={"meetingId": UUID, "text": text(10000), "decidedOn": ref("CalendarDate")},
        required=["meetingId", "text"],
        always=["decidedOn"],
        immutable=["meetingId"],
        example={
            "meetingId": UUID_EXAMPLE,
            "text": "Kartlägg bostadsbehovet i Luleå och Boden.",
            "decidedOn": "2026-03-12",
        },
        filters=[("meetingId", "UuidFilter", "Meetings.")],
        sorts=["decidedOn", "createdAt", "updatedAt", "id"],
    ),
    Resource(
        "FollowUpAction",
        "/v1/follow-up-actions",
        "Collaboration",
        "Something an organisation must do after a meeting, by a date.",
        "Created by admins and editors of the meeting's organiser; the owning organisation's editors update them (not "
        "owner or meeting). Status moves open ⇄ inProgress → done or dropped; done reopens as inProgress, "
        "dropped as "
        "open; completedAt is kept by the server. Visible as the meeting is, and always to the owner.",
        fields={
            "meetingId": UUID,
            "decisionId": UUID,
            "description": text(4000),
            "ownerId": UUID,
            "ownerContactId": UUID,
            "dueDate": ref("CalendarDate"),
            "status": ref("ActionStatus"),
            "outcomeUrl": {"type": "string", "maxLength": 2000, "pattern": URL},
            "initiativeId": {**UUID, "description": "The initiative that came of the action."},
        },
        required=["meetingId", "description", "ownerId", "dueDate"],
        always=["status"],
        read_only={"completedAt": {**TIMESTAMP, "readOnly": True, "description": "When it was marked done."}},
        example={
            "meetingId": UUID_EXAMPLE,
            "description": "Sammanställ kommunernas bostadsplaner.",
            "ownerId": UUID_EXAMPLE,
            "dueDate": "2026-05-01",
            "status": "open",
        },
        filters=[
            ("owner", "UuidFilter", "Owning organisations."),
            ("status", "ActionStatusList", "Statuses."),
            ("overdue", "BooleanFilter", "Open or in progress and past the due date."),
            ("dueBefore", "DateFilter", "Due before this date."),
            ("meetingId", "UuidFilter", "Meetings."),
            ("decisionId", "UuidFilter", "Decisions."),
        ],
        sorts=["dueDate", "status", "createdAt", "updatedAt", "id"],
    ),
]


def output_example(resource):
    """The record as the server answers with it: the example input with the server's fields."""
    return {
        "id": UUID_EXAMPLE,
        **resource.example,
        **resource.output_example,
        "version": 1,
        "createdAt": STAMP,
        "updatedAt": STAMP,
    }
