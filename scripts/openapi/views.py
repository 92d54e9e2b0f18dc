"""The views over the mission's core (API 1.2): derived figures, never stored. Paths and their schemas."""

from contract import UUID, errors, json_body, parameter, ref
from mission import METRICS

NUMBER = {"type": "number"}
DATE = ref("CalendarDate")


def obj(required, **properties):
    return {"type": "object", "required": required, "properties": properties}


def array(item):
    return {"type": "array", "items": item}


SCHEMAS = {
    "MissingFigures": obj(["metric", "establishments"], metric=ref("Metric"), establishments={"type": "integer"}),
    "FigureTotals": {
        **obj(
            ["establishments", *METRICS, "withoutFigure"],
            establishments={"type": "integer"},
            **{metric: NUMBER for metric in METRICS},
            withoutFigure=array(ref("MissingFigures")),
        ),
        "description": "Sums of current figures; an establishment without a claim of a metric is counted in "
        "withoutFigure (unknown, not zero).",
    },
    "PipelineGroup": obj(["key", "totals"], key={"type": "string"}, totals=ref("FigureTotals")),
    "EstablishmentPipeline": obj(
        ["byPhase", "bySector", "byCounty", "total", "activeTotal", "atRisk"],
        byPhase=array(ref("PipelineGroup")),
        bySector=array(ref("PipelineGroup")),
        byCounty=array(ref("PipelineGroup")),
        total=ref("FigureTotals"),
        activeTotal=ref("FigureTotals"),
        atRisk={
            **obj(["needs", "initiatives"], needs={"type": "integer"}, initiatives={"type": "integer"}),
            "description": "Needs and initiatives these establishments' faltering flagged, not yet reviewed.",
        },
    ),
    "CurrentFigure": obj(
        ["metric", "value", "asOf", "source", "claimId"],
        metric=ref("Metric"),
        value=NUMBER,
        asOf=DATE,
        source={"type": "string"},
        claimId=UUID,
    ),
    "MapFeature": obj(
        ["type", "geometry", "properties"],
        type={"type": "string", "enum": ["Feature"]},
        geometry=obj(
            ["type", "coordinates"],
            type={"type": "string", "enum": ["Point"]},
            coordinates={"type": "array", "minItems": 2, "maxItems": 2, "items": NUMBER},
        ),
        properties=obj(
            ["establishmentId", "name", "sector", "phase", "municipalityCode"],
            establishmentId=UUID,
            name={"type": "string"},
            sector=ref("Sector"),
            phase=ref("Phase"),
            municipalityCode=ref("MunicipalityCode"),
            siteName={"type": "string"},
        ),
    ),
    "EstablishmentMap": {
        **obj(
            ["type", "features", "unlocatedSites"],
            type={"type": "string", "enum": ["FeatureCollection"]},
            features=array(ref("MapFeature")),
            unlocatedSites={"type": "integer"},
        ),
        "description": "GeoJSON (RFC 7946): one Point per located site, [longitude, latitude] in WGS 84.",
    },
    "NeedsGapGroup": obj(
        ["municipalityCode", "municipalityName", "needs"],
        municipalityCode=ref("MunicipalityCode"),
        municipalityName={"type": "string"},
        challengeAreaId=UUID,
        needs=array(ref("Need")),
    ),
    "NeedsGap": obj(["groups", "needCount"], groups=array(ref("NeedsGapGroup")), needCount={"type": "integer"}),
    "InitiativeSummary": obj(
        ["id", "title", "status", "leadId"],
        id=UUID,
        title={"type": "string"},
        status=ref("InitiativeStatus"),
        leadId=UUID,
        startDate=DATE,
        endDate=DATE,
        atRisk=ref("RiskFlag"),
    ),
    "RelatedCandidate": obj(
        ["initiative", "score", "sharedChallengeAreaIds", "sharedMunicipalityCodes"],
        initiative=ref("InitiativeSummary"),
        score={"type": "number", "minimum": 0, "maximum": 3},
        sharedChallengeAreaIds=array(UUID),
        sharedMunicipalityCodes=array(ref("MunicipalityCode")),
        overlapDays={"type": "integer"},
    ),
    "RelatedInitiatives": obj(
        ["initiativeId", "candidates", "rule"],
        initiativeId=UUID,
        candidates=array(ref("RelatedCandidate")),
        rule={"type": "string"},
    ),
    "InitiativeProgress": obj(
        ["initiativeId", "indicators", "children", "rule"],
        initiativeId=UUID,
        progress={"type": "number", "minimum": 0, "maximum": 1},
        indicators=array(
            obj(
                ["indicatorId", "name"],
                indicatorId=UUID,
                name={"type": "string"},
                latest=NUMBER,
                latestOn=DATE,
                progress={"type": "number", "minimum": 0, "maximum": 1},
            )
        ),
        children=array(
            obj(
                ["initiativeId", "title"],
                initiativeId=UUID,
                title={"type": "string"},
                progress={"type": "number", "minimum": 0, "maximum": 1},
            )
        ),
        rule={"type": "string"},
    ),
    "MunicipalityOverview": obj(
        [
            "municipalityCode",
            "municipalityName",
            "countyCode",
            "establishmentsByPhase",
            "needs",
            "initiatives",
            "openBarriers",
            "consultations",
            "atRisk",
        ],
        municipalityCode=ref("MunicipalityCode"),
        municipalityName={"type": "string"},
        countyCode=ref("CountyCode"),
        establishmentsByPhase=array(
            obj(
                ["phase", "establishments", "totals"],
                phase=ref("Phase"),
                establishments=array(
                    obj(
                        ["id", "name", "sector", "phaseSince", "figures"],
                        id=UUID,
                        name={"type": "string"},
                        sector=ref("Sector"),
                        phaseSince=DATE,
                        figures=array(ref("CurrentFigure")),
                    )
                ),
                totals=ref("FigureTotals"),
            )
        ),
        needs=array(
            obj(
                ["category", "status", "count", "quantities"],
                category=ref("NeedCategory"),
                status=ref("NeedStatus"),
                count={"type": "integer"},
                quantities=array(obj(["unit", "total"], unit={"type": "string"}, total=NUMBER)),
            )
        ),
        initiatives=array(ref("InitiativeSummary")),
        openBarriers=array(
            obj(
                ["id", "title", "category", "status"],
                id=UUID,
                title={"type": "string"},
                category=ref("BarrierCategory"),
                status=ref("BarrierStatus"),
                establishmentId=UUID,
                responsibleId=UUID,
                acknowledgementDueOn=DATE,
                targetDate=DATE,
            )
        ),
        consultations=array(
            obj(
                ["meetingId", "date", "title", "consultation"],
                meetingId=UUID,
                date=DATE,
                title={"type": "string"},
                consultation=ref("SamiConsultation"),
            )
        ),
        atRisk=obj(["needs", "initiatives"], needs=array(UUID), initiatives=array(UUID)),
    ),
}


def query(name, schema, words):
    return {"name": name, "in": "query", "required": False, "description": words, "schema": ref(schema)}


ESTABLISHMENT_QUERY = [
    query("county", "CountyList", "With a site in these counties."),
    query("municipalityCode", "MunicipalityCodeFilter", "With a site in these municipalities."),
    query("sector", "SectorList", "Sectors."),
    query("phase", "PhaseList", "Phases."),
]


def view(operation_id, tag, summary, description, schema, parameters=(), not_found=False, media="application/json"):
    ok = json_body(ref(schema), "The view.")
    if media != "application/json":
        ok["content"] = {media: ok["content"]["application/json"]}
    return {
        "get": {
            "operationId": operation_id,
            "tags": [tag],
            "summary": summary,
            "description": description,
            "parameters": list(parameters),
            "responses": {"200": ok, **errors(400, 401, *((404,) if not_found else ()), 500)},
        }
    }


def paths():
    return {
        "/v1/establishments/pipeline": view(
            "getEstablishmentPipeline",
            "Establishments",
            "Establishments pipeline",
            "Investment, jobs, power demand and housing need by phase, sector and county, summed from each "
            "establishment's current claims (latest asOf per metric). An establishment with sites in two counties "
            "counts in each county's group and once elsewhere; activeTotal leaves out paused, cancelled and insolvent.",
            "EstablishmentPipeline",
            ESTABLISHMENT_QUERY,
        ),
        "/v1/establishments/map": view(
            "getEstablishmentMap",
            "Establishments",
            "Establishments as GeoJSON",
            "A GeoJSON FeatureCollection (application/geo+json) with one Point per located site.",
            "EstablishmentMap",
            ESTABLISHMENT_QUERY,
            media="application/geo+json",
        ),
        "/v1/needs-gap": view(
            "getNeedsGap",
            "Establishments",
            "Needs no initiative addresses",
            "Open needs (not met) that no planned or ongoing initiative addresses, by municipality and challenge area, "
            "each with its atRisk flag.",
            "NeedsGap",
            [
                query("county", "CountyList", "Counties."),
                query("municipalityCode", "MunicipalityCodeFilter", "Municipalities."),
                query("category", "NeedCategoryList", "Categories."),
            ],
        ),
        "/v1/municipalities/{code}/overview": view(
            "getMunicipalityOverview",
            "Establishments",
            "A municipality's overview",
            "Establishments with a site there by phase with current figures; needs summed by category and status; "
            "initiatives listing the municipality or its county; open barriers of its establishments; Sámi "
            "consultations on its establishments or naming it (as the token may see the meetings); at-risk flags.",
            "MunicipalityOverview",
            [parameter("Code")],
            not_found=True,
        ),
        "/v1/initiatives/{id}/related": view(
            "getRelatedInitiatives",
            "Initiatives",
            "Related initiatives of other organisations",
            "Other organisations' initiatives overlapping this one in challenge area, geography and time, ranked by "
            "score (the rule is in the answer): candidates for coordination.",
            "RelatedInitiatives",
            [parameter("Id")],
            not_found=True,
        ),
        "/v1/initiatives/{id}/progress": view(
            "getInitiativeProgress",
            "Initiatives",
            "An initiative's progress",
            "Derived progress: each indicator's (latest − baseline) ÷ (target − baseline) bounded to 0–1, and the "
            "initiative's as the mean of its indicators and its children (the rule is in the answer).",
            "InitiativeProgress",
            [parameter("Id")],
            not_found=True,
        ),
    }
