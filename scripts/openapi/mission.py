"""The mission's core (API 1.2): source documents and recommendations, initiatives with indicators and measurements,
establishments with figure claims and needs, barriers; and the views over them. Declared like resources.py.
"""

from contract import UUID, UUID_EXAMPLE, comma_list, id_list, ref, text
from contract import URL
from resources import COUNTIES, Resource

INITIATIVE_STATUSES = ["idea", "planned", "ongoing", "paused", "completed", "cancelled"]
INITIATIVE_ROLES = ["coLead", "funder", "implementer", "targetGroup"]
SECTORS = [
    "steel",
    "mining",
    "spongeIron",
    "batteries",
    "hydrogen",
    "fertiliser",
    "dataCentre",
    "energyProduction",
    "metalsRecycling",
    "infrastructure",
    "other",
]
ESTABLISHMENT_KINDS = ["new", "expansion", "conversion"]
PHASES = [
    "announced",
    "planning",
    "permitting",
    "construction",
    "rampUp",
    "operation",
    "paused",
    "cancelled",
    "insolvent",
]
METRICS = ["investmentSek", "directJobs", "constructionPeakJobs", "powerDemandMW", "housingNeedDwellings"]
NEED_CATEGORIES = ["housing", "power", "skills", "transport", "permits", "services", "other"]
NEED_STATUSES = ["identified", "beingAddressed", "met", "unmet"]
BARRIER_CATEGORIES = [
    "permits",
    "gridConnection",
    "housing",
    "skills",
    "transport",
    "regulation",
    "financing",
    "publicServices",
    "other",
]
BARRIER_STATUSES = ["reported", "acknowledged", "underReview", "beingResolved", "resolved", "notResolvable"]
DIRECTIONS = ["higherIsBetter", "lowerIsBetter"]
OUTCOMES = ["agreement", "noAgreement", "ongoing"]

ENUMS = {
    "InitiativeStatus": INITIATIVE_STATUSES,
    "InitiativeRole": INITIATIVE_ROLES,
    "Sector": SECTORS,
    "EstablishmentKind": ESTABLISHMENT_KINDS,
    "Phase": PHASES,
    "Metric": METRICS,
    "NeedCategory": NEED_CATEGORIES,
    "NeedStatus": NEED_STATUSES,
    "BarrierCategory": BARRIER_CATEGORIES,
    "BarrierStatus": BARRIER_STATUSES,
    "IndicatorDirection": DIRECTIONS,
    "ConsultationOutcome": OUTCOMES,
    "ConsultationMatterKind": ["establishment", "initiative", "barrier"],
}

FILTER_SCHEMAS = {
    "InitiativeStatusList": comma_list(INITIATIVE_STATUSES),
    "SectorList": comma_list(SECTORS),
    "EstablishmentKindList": comma_list(ESTABLISHMENT_KINDS),
    "PhaseList": comma_list(PHASES),
    "MetricList": comma_list(METRICS),
    "NeedCategoryList": comma_list(NEED_CATEGORIES),
    "NeedStatusList": comma_list(NEED_STATUSES),
    "BarrierCategoryList": comma_list(BARRIER_CATEGORIES),
    "BarrierStatusList": comma_list(BARRIER_STATUSES),
}

MAXIMUM = 1_000_000_000_000_000
AMOUNT = {"type": "number", "minimum": 0, "maximum": MAXIMUM, "description": "An exact decimal number."}
SIGNED = {"type": "number", "minimum": -MAXIMUM, "maximum": MAXIMUM, "description": "An exact decimal number."}
SERVER_FLAG = {
    "type": "null",
    "description": "Raised by the server when the establishment falters; send null to mark it reviewed.",
}
READ_FLAG = {
    "allOf": [ref("RiskFlag")],
    "readOnly": True,
    "description": "Set when the establishment it served faltered, until someone reviews it (absent otherwise).",
}

VALUE_SCHEMAS = {
    "RiskFlag": {
        "type": "object",
        "required": ["reason", "since", "establishmentId"],
        "properties": {"reason": {"type": "string"}, "since": ref("CalendarDate"), "establishmentId": UUID},
    },
    "InitiativeParticipant": {
        "type": "object",
        "additionalProperties": False,
        "required": ["organisationId", "role"],
        "properties": {"organisationId": UUID, "role": ref("InitiativeRole")},
    },
    "IndicatorPoint": {
        "type": "object",
        "additionalProperties": False,
        "required": ["value", "date"],
        "properties": {"value": SIGNED, "date": ref("CalendarDate")},
    },
    "SiteLocation": {
        "description": "WGS 84 degrees, or SWEREF 99 TM (EPSG:3006) metres; stored and returned in WGS 84.",
        "oneOf": [
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["latitude", "longitude"],
                "properties": {
                    "latitude": {"type": "number", "minimum": 55, "maximum": 69},
                    "longitude": {"type": "number", "minimum": 11, "maximum": 24},
                },
            },
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["northing", "easting"],
                "properties": {
                    "northing": {"type": "number", "minimum": 6100000, "maximum": 7700000},
                    "easting": {"type": "number", "minimum": 250000, "maximum": 950000},
                },
            },
        ],
    },
    "GeoPoint": {
        "type": "object",
        "required": ["latitude", "longitude"],
        "properties": {"latitude": {"type": "number"}, "longitude": {"type": "number"}},
    },
    "SiteInput": {
        "type": "object",
        "additionalProperties": False,
        "required": ["municipalityCode"],
        "properties": {
            "municipalityCode": ref("MunicipalityCode"),
            "name": text(300),
            "location": ref("SiteLocation"),
        },
    },
    "Site": {
        "type": "object",
        "required": ["municipalityCode"],
        "properties": {
            "municipalityCode": ref("MunicipalityCode"),
            "name": {"type": "string"},
            "location": ref("GeoPoint"),
        },
    },
    "PhaseEntry": {
        "type": "object",
        "required": ["phase", "since"],
        "properties": {"phase": ref("Phase"), "since": ref("CalendarDate"), "source": {"type": "string"}},
    },
    "BarrierStatusEntry": {
        "type": "object",
        "required": ["status", "since"],
        "properties": {"status": ref("BarrierStatus"), "since": ref("CalendarDate")},
    },
    "ConsultationMatter": {
        "type": "object",
        "additionalProperties": False,
        "required": ["kind", "id"],
        "description": "One establishment, initiative or barrier.",
        "properties": {"kind": ref("ConsultationMatterKind"), "id": UUID},
    },
    "SamiConsultation": {
        "type": "object",
        "additionalProperties": False,
        "required": ["counterpartId", "matter", "outcome"],
        "description": "A consultation under lag (2022:66): the Sámi counterpart (an organisation of kind samiBody), "
        "the matter, and the outcome; an ended consultation (agreement or noAgreement) needs its written record.",
        "properties": {
            "counterpartId": UUID,
            "matter": ref("ConsultationMatter"),
            "outcome": ref("ConsultationOutcome"),
            "record": text(100000),
            "recordUrl": {"type": "string", "maxLength": 2000, "pattern": URL},
        },
    },
}

RESOURCES = [
    Resource(
        "SourceDocument",
        "/v1/source-documents",
        "Initiatives",
        "A document initiatives start from, such as the earlier coordinator's final report.",
        "Admins register them; every token reads.",
        fields={
            "title": text(500),
            "issuerId": UUID,
            "issuedOn": ref("CalendarDate"),
            "caseNumber": text(50),
            "url": {"type": "string", "maxLength": 2000, "pattern": URL},
        },
        required=["title", "issuerId", "issuedOn"],
        example={
            "title": "Samhällsomställning vid större företagsetableringar – slutrapport",
            "issuerId": UUID_EXAMPLE,
            "issuedOn": "2023-06-30",
            "caseNumber": "N2020/03132",
        },
        filters=[("issuerId", "UuidFilter", "Issuing organisations.")],
        sorts=["issuedOn", "title", "createdAt", "updatedAt", "id"],
        q=True,
    ),
    Resource(
        "Recommendation",
        "/v1/recommendations",
        "Initiatives",
        "A recommendation in a source document, addressed to a body.",
        "Admins register them; every token reads. answered=false lists those no live initiative answers.",
        fields={
            "sourceDocumentId": UUID,
            "number": text(20),
            "text": text(10000),
            "challengeAreaIds": id_list(),
            "addressedToId": UUID,
        },
        required=["sourceDocumentId", "text"],
        always=["challengeAreaIds"],
        example={"sourceDocumentId": UUID_EXAMPLE, "number": "3", "text": "Staten bör stärka kommunernas kapacitet."},
        output_example={"challengeAreaIds": []},
        filters=[
            ("sourceDocumentId", "UuidFilter", "Source documents."),
            ("addressedTo", "UuidFilter", "Addressed to these organisations."),
            ("challengeArea", "TextFilter", "Challenge areas by key or id."),
            ("answered", "BooleanFilter", "Answered by a live initiative (true) or by none (false)."),
        ],
        sorts=["number", "createdAt", "updatedAt", "id"],
    ),
    Resource(
        "Initiative",
        "/v1/initiatives",
        "Initiatives",
        "An initiative (insats) in a challenge area.",
        "The lead's editors (and admins) manage it; every token reads. Status: idea → planned → ongoing ⇄ paused → "
        "completed, cancelled from any open status, completed reopens as ongoing, cancelled as idea; any other change "
        "is 409 naming the allowed ones. atRisk is raised by the server when every need it addresses belongs to an "
        "establishment that faltered; send atRisk null to mark it reviewed.",
        fields={
            "title": text(500),
            "description": text(20000),
            "challengeAreaIds": id_list(),
            "assignmentPartIds": id_list(),
            "leadId": UUID,
            "participants": {"type": "array", "maxItems": 200, "items": ref("InitiativeParticipant")},
            "status": ref("InitiativeStatus"),
            "startDate": ref("CalendarDate"),
            "endDate": ref("CalendarDate"),
            "national": {"type": "boolean", "description": "The whole country; then no counties or municipalities."},
            "counties": {**COUNTIES, "maxItems": 21},
            "municipalityCodes": {"type": "array", "maxItems": 290, "items": ref("MunicipalityCode")},
            "parentId": UUID,
            "caseNumber": text(50),
            "outcomeSummary": text(20000),
            "recommendationIds": id_list(200),
            "atRisk": SERVER_FLAG,
        },
        required=["title", "leadId"],
        always=[
            "challengeAreaIds",
            "assignmentPartIds",
            "participants",
            "status",
            "national",
            "counties",
            "municipalityCodes",
            "recommendationIds",
        ],
        read_only={"atRisk": READ_FLAG},
        example={
            "title": "Bostadsförsörjning för Stegras etablering i Boden",
            "leadId": UUID_EXAMPLE,
            "status": "planned",
            "municipalityCodes": ["2582"],
        },
        output_example={
            "challengeAreaIds": [],
            "assignmentPartIds": [],
            "participants": [],
            "national": False,
            "counties": [],
            "recommendationIds": [],
        },
        filters=[
            ("status", "InitiativeStatusList", "Statuses."),
            ("leadId", "UuidFilter", "Leading organisations."),
            ("participant", "UuidFilter", "Organisations leading or taking part."),
            ("challengeArea", "TextFilter", "Challenge areas by key or id."),
            ("assignmentPart", "UuidFilter", "Assignment parts."),
            ("county", "CountyList", "Counties listed."),
            ("municipalityCode", "MunicipalityCodeFilter", "Municipalities listed."),
            ("parentId", "UuidFilter", "Parents (the children of these)."),
            ("recommendationId", "UuidFilter", "Answering these recommendations."),
            ("atRisk", "BooleanFilter", "Flagged at risk and not reviewed."),
        ],
        sorts=["title", "startDate", "status", "createdAt", "updatedAt", "id"],
        q=True,
    ),
    Resource(
        "Indicator",
        "/v1/indicators",
        "Initiatives",
        "A measure of what an initiative achieves, with a baseline and a target.",
        "The editors of the initiative's lead (and admins) manage them; every token reads. With both baseline and "
        "target, the target must be better (by direction) and not earlier.",
        fields={
            "initiativeId": UUID,
            "name": text(300),
            "unit": text(50),
            "direction": ref("IndicatorDirection"),
            "baseline": ref("IndicatorPoint"),
            "target": ref("IndicatorPoint"),
        },
        required=["initiativeId", "name", "unit", "direction"],
        example={
            "initiativeId": UUID_EXAMPLE,
            "name": "Färdigställda bostäder i Boden",
            "unit": "bostäder",
            "direction": "higherIsBetter",
            "baseline": {"value": 0, "date": "2024-01-01"},
            "target": {"value": 3200, "date": "2030-12-31"},
        },
        filters=[("initiativeId", "UuidFilter", "Initiatives.")],
        sorts=["name", "createdAt", "updatedAt", "id"],
        q=True,
    ),
    Resource(
        "IndicatorMeasurement",
        "/v1/indicator-measurements",
        "Initiatives",
        "A dated measurement of an indicator, with who reported it and its source.",
        "Editors of the reporting organisation, when it leads or takes part in the initiative, report them (admins "
        "too); every token reads.",
        fields={
            "indicatorId": UUID,
            "value": SIGNED,
            "measuredOn": ref("CalendarDate"),
            "reportedById": UUID,
            "source": text(2000),
        },
        required=["indicatorId", "value", "measuredOn", "reportedById", "source"],
        example={
            "indicatorId": UUID_EXAMPLE,
            "value": 420,
            "measuredOn": "2025-12-31",
            "reportedById": UUID_EXAMPLE,
            "source": "Bodens kommun, bostadsbyggnadsstatistik 2025",
        },
        filters=[
            ("indicatorId", "UuidFilter", "Indicators."),
            ("reportedById", "UuidFilter", "Reporting organisations."),
            ("from", "DateFilter", "Measured on or after this date."),
            ("to", "DateFilter", "Measured on or before this date."),
        ],
        sorts=["measuredOn", "createdAt", "updatedAt", "id"],
    ),
    Resource(
        "Establishment",
        "/v1/establishments",
        "Establishments",
        "A large company establishment or expansion (etablering).",
        "Any editor records and updates establishments (shared records); admins delete. A new phase joins "
        "phaseHistory with phaseSince (today by default) and phaseSource; moving to paused, cancelled or insolvent "
        "flags its open needs and the initiatives serving only them atRisk, in the same change.",
        fields={
            "name": text(300),
            "companyId": UUID,
            "sites": {"type": "array", "minItems": 1, "maxItems": 50, "items": ref("SiteInput")},
            "sector": ref("Sector"),
            "kind": ref("EstablishmentKind"),
            "phase": ref("Phase"),
            "phaseSince": ref("CalendarDate"),
            "phaseSource": text(2000),
            "description": text(20000),
            "website": {"type": "string", "maxLength": 2000, "pattern": URL},
        },
        required=["name", "companyId", "sites", "sector", "kind", "phase"],
        always=["phaseSince", "phaseHistory"],
        read_only={
            "sites": {"type": "array", "items": ref("Site")},
            "phaseHistory": {
                "type": "array",
                "readOnly": True,
                "items": ref("PhaseEntry"),
                "description": "Every phase so far, oldest first.",
            },
        },
        example={
            "name": "Stegra, Boden",
            "companyId": UUID_EXAMPLE,
            "sites": [{"municipalityCode": "2582", "location": {"latitude": 65.8256, "longitude": 21.6906}}],
            "sector": "steel",
            "kind": "new",
            "phase": "construction",
            "phaseSince": "2022-09-01",
        },
        output_example={"phaseHistory": [{"phase": "construction", "since": "2022-09-01"}]},
        filters=[
            ("sector", "SectorList", "Sectors."),
            ("kind", "EstablishmentKindList", "Kinds."),
            ("phase", "PhaseList", "Phases."),
            ("companyId", "UuidFilter", "Companies."),
            ("municipalityCode", "MunicipalityCodeFilter", "With a site in these municipalities."),
            ("county", "CountyList", "With a site in these counties."),
        ],
        sorts=["name", "phase", "phaseSince", "createdAt", "updatedAt", "id"],
        q=True,
    ),
    Resource(
        "EstablishmentFigure",
        "/v1/establishment-figures",
        "Establishments",
        "A dated, sourced claim about an establishment (investment in SEK, jobs, power demand in MW, dwellings).",
        "Any editor records a claim; a claim is never changed, a newer one supersedes it (the current figure is the "
        "latest asOf); admins retract mistaken ones. investmentSek and the counts are whole numbers.",
        fields={
            "establishmentId": UUID,
            "metric": ref("Metric"),
            "value": AMOUNT,
            "asOf": ref("CalendarDate"),
            "source": text(2000),
            "sourceUrl": {"type": "string", "maxLength": 2000, "pattern": URL},
        },
        required=["establishmentId", "metric", "value", "asOf", "source"],
        example={
            "establishmentId": UUID_EXAMPLE,
            "metric": "investmentSek",
            "value": 52000000000,
            "asOf": "2024-04-03",
            "source": "SSAB, pressmeddelande",
        },
        filters=[
            ("establishmentId", "UuidFilter", "Establishments."),
            ("metric", "MetricList", "Metrics."),
            ("current", "BooleanFilter", "Only the current claim per establishment and metric (or only older ones)."),
        ],
        sorts=["asOf", "createdAt", "updatedAt", "id"],
        ops=("create", "list", "read", "delete"),
    ),
    Resource(
        "Need",
        "/v1/needs",
        "Establishments",
        "What an establishment or a municipality needs (housing, power, skills, transport, permits, services).",
        "Any editor records and updates needs; admins delete. A need of an establishment lies in a municipality where "
        "it has a site; a quantity needs its unit. atRisk is raised by the server when the establishment falters; "
        "send atRisk null to mark it reviewed.",
        fields={
            "establishmentId": UUID,
            "municipalityCode": ref("MunicipalityCode"),
            "category": ref("NeedCategory"),
            "challengeAreaId": UUID,
            "description": text(4000),
            "quantity": AMOUNT,
            "unit": text(50),
            "neededBy": ref("CalendarDate"),
            "responsibleId": UUID,
            "status": ref("NeedStatus"),
            "initiativeIds": id_list(),
            "atRisk": SERVER_FLAG,
        },
        required=["municipalityCode", "category", "description"],
        always=["status", "initiativeIds"],
        read_only={"atRisk": READ_FLAG},
        example={
            "establishmentId": UUID_EXAMPLE,
            "municipalityCode": "2582",
            "category": "housing",
            "description": "Bostäder för inflyttande anställda",
            "quantity": 3200,
            "unit": "bostäder",
            "neededBy": "2030-12-31",
        },
        output_example={"status": "identified", "initiativeIds": []},
        filters=[
            ("establishmentId", "UuidFilter", "Establishments."),
            ("municipalityCode", "MunicipalityCodeFilter", "Municipalities."),
            ("county", "CountyList", "Counties."),
            ("category", "NeedCategoryList", "Categories."),
            ("status", "NeedStatusList", "Statuses."),
            ("responsibleId", "UuidFilter", "Responsible organisations."),
            ("initiativeId", "UuidFilter", "Addressed by these initiatives."),
            ("addressed", "BooleanFilter", "Addressed by a planned or ongoing initiative (or not)."),
            ("atRisk", "BooleanFilter", "Flagged at risk and not reviewed."),
        ],
        sorts=["neededBy", "status", "category", "createdAt", "updatedAt", "id"],
    ),
    Resource(
        "Barrier",
        "/v1/barriers",
        "Barriers",
        "A barrier a company meets, routed to the organisation that can remove it.",
        "The reporter's editors report, describe and route it (responsibleId; routedOn defaults to today); the "
        "responsible organisation's editors handle it (status, statusSince, resolution, their case number, "
        "targetDate); admins anything. Status: reported → acknowledged → underReview → beingResolved → resolved or "
        "notResolvable (steps may be skipped forward; a closed one reopens as underReview); past reported needs a "
        "responsible organisation (409). Acknowledgement is due acknowledgementDays calendar days after routing.",
        fields={
            "title": text(500),
            "description": text(20000),
            "category": ref("BarrierCategory"),
            "reportedById": UUID,
            "establishmentId": UUID,
            "responsibleId": UUID,
            "responsibleCaseNumber": text(50),
            "routedOn": ref("CalendarDate"),
            "acknowledgementDays": {"type": "integer", "minimum": 1, "maximum": 365},
            "targetDate": ref("CalendarDate"),
            "status": ref("BarrierStatus"),
            "statusSince": ref("CalendarDate"),
            "resolution": text(20000),
        },
        required=["title", "description", "category", "reportedById"],
        always=["acknowledgementDays", "status", "statusSince", "statusHistory"],
        read_only={
            "statusHistory": {"type": "array", "readOnly": True, "items": ref("BarrierStatusEntry")},
            "acknowledgementDueOn": {**ref("CalendarDate"), "readOnly": True},
            "acknowledgedOn": {**ref("CalendarDate"), "readOnly": True},
            "closedOn": {**ref("CalendarDate"), "readOnly": True},
            "daysToAcknowledgement": {"type": "integer", "readOnly": True},
            "daysToResolution": {"type": "integer", "readOnly": True},
        },
        example={
            "title": "Väntetid på nätanslutning",
            "description": "Anslutning av ny anläggning väntar på nätkapacitet.",
            "category": "gridConnection",
            "reportedById": UUID_EXAMPLE,
            "responsibleId": UUID_EXAMPLE,
            "targetDate": "2026-06-30",
        },
        output_example={
            "acknowledgementDays": 14,
            "status": "reported",
            "statusSince": "2026-03-02",
            "statusHistory": [{"status": "reported", "since": "2026-03-02"}],
        },
        filters=[
            ("status", "BarrierStatusList", "Statuses."),
            ("category", "BarrierCategoryList", "Categories."),
            ("reportedById", "UuidFilter", "Reporting organisations."),
            ("responsibleId", "UuidFilter", "Responsible organisations."),
            ("establishmentId", "UuidFilter", "Establishments."),
            ("acknowledgementOverdue", "BooleanFilter", "Routed, still reported, past the last day to acknowledge."),
            ("resolutionOverdue", "BooleanFilter", "Not closed and past the target date."),
        ],
        sorts=["title", "routedOn", "targetDate", "status", "createdAt", "updatedAt", "id"],
        q=True,
    ),
]
