import GRDB

/// Release 1.2: the mission's core. Source documents and their recommendations, initiatives with participants,
/// indicators and measurements, establishments with sites, a phase history and figure claims, their needs, barriers
/// with a status history; Sámi consultations on meetings and the initiative an action led to. Every link is a
/// foreign key; every list order has its `(column, id)` index over live rows.
enum InitiativesMigration {
    /// Table → the sort columns needing an index besides `id` (`ListIndexTests` holds the lists to these).
    static let sortIndexes: [(table: String, columns: [String])] = [
        ("sourceDocuments", ["issuedOn", "nameSortKey", "createdAt", "updatedAt"]),
        ("recommendations", ["number", "createdAt", "updatedAt"]),
        ("initiatives", ["nameSortKey", "startDate", "status", "createdAt", "updatedAt"]),
        ("indicators", ["nameSortKey", "createdAt", "updatedAt"]),
        ("indicatorMeasurements", ["measuredOn", "createdAt", "updatedAt"]),
        ("establishments", ["nameSortKey", "phase", "phaseSince", "createdAt", "updatedAt"]),
        ("establishmentFigures", ["asOf", "createdAt", "updatedAt"]),
        ("needs", ["neededBy", "status", "category", "createdAt", "updatedAt"]),
        ("barriers", ["nameSortKey", "routedOn", "targetDate", "status", "createdAt", "updatedAt"]),
    ]

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE sourceDocuments (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    issuerId TEXT NOT NULL REFERENCES organisations(id),
                    issuedOn TEXT NOT NULL,
                    caseNumber TEXT,
                    url TEXT,
                    \(bookkeeping)
                ) STRICT;
                CREATE INDEX sourceDocuments_issuer ON sourceDocuments(issuerId);

                CREATE TABLE recommendations (
                    id TEXT PRIMARY KEY NOT NULL,
                    sourceDocumentId TEXT NOT NULL REFERENCES sourceDocuments(id),
                    number TEXT,
                    text TEXT NOT NULL,
                    addressedToId TEXT REFERENCES organisations(id),
                    \(bookkeeping)
                ) STRICT;
                CREATE INDEX recommendations_document ON recommendations(sourceDocumentId);
                CREATE INDEX recommendations_addressee ON recommendations(addressedToId);
                \(IntegrityMigration.link("recommendationChallengeAreas", owner: "recommendationId", ownerTable: "recommendations", value: "challengeAreaId", target: "challengeAreas(id)"))

                CREATE TABLE establishments (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    companyId TEXT NOT NULL REFERENCES organisations(id),
                    sector TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    phase TEXT NOT NULL,
                    phaseSince TEXT NOT NULL,
                    phaseSource TEXT,
                    description TEXT,
                    website TEXT,
                    \(bookkeeping)
                ) STRICT;
                CREATE INDEX establishments_company ON establishments(companyId);
                CREATE TABLE establishmentSites (
                    establishmentId TEXT NOT NULL REFERENCES establishments(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    municipalityCode TEXT NOT NULL REFERENCES municipalities(code),
                    name TEXT,
                    latitude REAL,
                    longitude REAL,
                    PRIMARY KEY (establishmentId, position),
                    UNIQUE (establishmentId, municipalityCode),
                    CHECK ((latitude IS NULL) = (longitude IS NULL))
                ) STRICT;
                CREATE INDEX establishmentSites_municipalityCode ON establishmentSites(municipalityCode, establishmentId);
                CREATE TABLE establishmentPhases (
                    establishmentId TEXT NOT NULL REFERENCES establishments(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    phase TEXT NOT NULL,
                    since TEXT NOT NULL,
                    source TEXT,
                    PRIMARY KEY (establishmentId, position)
                ) STRICT;
                CREATE TABLE establishmentFigures (
                    id TEXT PRIMARY KEY NOT NULL,
                    establishmentId TEXT NOT NULL REFERENCES establishments(id),
                    metric TEXT NOT NULL,
                    value TEXT NOT NULL,
                    asOf TEXT NOT NULL,
                    source TEXT NOT NULL,
                    sourceUrl TEXT,
                    \(bookkeeping)
                ) STRICT;
                CREATE INDEX establishmentFigures_claim ON establishmentFigures(establishmentId, metric, asOf, createdAt)
                    WHERE deletedAt IS NULL;

                CREATE TABLE initiatives (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    description TEXT,
                    leadId TEXT NOT NULL REFERENCES organisations(id),
                    status TEXT NOT NULL,
                    startDate TEXT,
                    endDate TEXT,
                    national INTEGER NOT NULL DEFAULT 0 CHECK (national IN (0, 1)),
                    parentId TEXT REFERENCES initiatives(id),
                    caseNumber TEXT,
                    outcomeSummary TEXT,
                    \(riskColumns)
                    \(bookkeeping)
                ) STRICT;
                CREATE INDEX initiatives_lead ON initiatives(leadId);
                CREATE INDEX initiatives_parent ON initiatives(parentId);
                CREATE INDEX initiatives_risk ON initiatives(atRiskEstablishmentId);
                CREATE TABLE initiativeParticipants (
                    initiativeId TEXT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    organisationId TEXT NOT NULL REFERENCES organisations(id),
                    role TEXT NOT NULL,
                    PRIMARY KEY (initiativeId, position),
                    UNIQUE (initiativeId, organisationId)
                ) STRICT;
                CREATE INDEX initiativeParticipants_organisation ON initiativeParticipants(organisationId, initiativeId);
                \(IntegrityMigration.link("initiativeChallengeAreas", owner: "initiativeId", ownerTable: "initiatives", value: "challengeAreaId", target: "challengeAreas(id)"))
                \(IntegrityMigration.link("initiativeAssignmentParts", owner: "initiativeId", ownerTable: "initiatives", value: "assignmentPartId", target: "assignmentParts(id)"))
                \(IntegrityMigration.link("initiativeCounties", owner: "initiativeId", ownerTable: "initiatives", value: "countyCode", target: "counties(code)"))
                \(IntegrityMigration.link("initiativeMunicipalities", owner: "initiativeId", ownerTable: "initiatives", value: "municipalityCode", target: "municipalities(code)"))
                \(IntegrityMigration.link("initiativeRecommendations", owner: "initiativeId", ownerTable: "initiatives", value: "recommendationId", target: "recommendations(id)"))

                CREATE TABLE indicators (
                    id TEXT PRIMARY KEY NOT NULL,
                    initiativeId TEXT NOT NULL REFERENCES initiatives(id),
                    name TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    direction TEXT NOT NULL,
                    baselineValue TEXT,
                    baselineDate TEXT,
                    targetValue TEXT,
                    targetDate TEXT,
                    \(bookkeeping)
                ) STRICT;
                CREATE INDEX indicators_initiative ON indicators(initiativeId);
                CREATE TABLE indicatorMeasurements (
                    id TEXT PRIMARY KEY NOT NULL,
                    indicatorId TEXT NOT NULL REFERENCES indicators(id),
                    value TEXT NOT NULL,
                    measuredOn TEXT NOT NULL,
                    reportedById TEXT NOT NULL REFERENCES organisations(id),
                    source TEXT NOT NULL,
                    \(bookkeeping)
                ) STRICT;
                CREATE INDEX indicatorMeasurements_indicator ON indicatorMeasurements(indicatorId, measuredOn);
                CREATE INDEX indicatorMeasurements_reporter ON indicatorMeasurements(reportedById);

                CREATE TABLE needs (
                    id TEXT PRIMARY KEY NOT NULL,
                    establishmentId TEXT REFERENCES establishments(id),
                    municipalityCode TEXT NOT NULL REFERENCES municipalities(code),
                    category TEXT NOT NULL,
                    challengeAreaId TEXT REFERENCES challengeAreas(id),
                    description TEXT NOT NULL,
                    quantity TEXT,
                    unit TEXT,
                    neededBy TEXT,
                    responsibleId TEXT REFERENCES organisations(id),
                    status TEXT NOT NULL,
                    \(riskColumns)
                    \(bookkeeping)
                ) STRICT;
                CREATE INDEX needs_establishment ON needs(establishmentId);
                CREATE INDEX needs_municipality ON needs(municipalityCode);
                CREATE INDEX needs_challengeArea ON needs(challengeAreaId);
                CREATE INDEX needs_responsible ON needs(responsibleId);
                CREATE INDEX needs_risk ON needs(atRiskEstablishmentId);
                \(IntegrityMigration.link("needInitiatives", owner: "needId", ownerTable: "needs", value: "initiativeId", target: "initiatives(id)"))

                CREATE TABLE barriers (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    description TEXT NOT NULL,
                    category TEXT NOT NULL,
                    reportedById TEXT NOT NULL REFERENCES organisations(id),
                    establishmentId TEXT REFERENCES establishments(id),
                    responsibleId TEXT REFERENCES organisations(id),
                    responsibleCaseNumber TEXT,
                    routedOn TEXT,
                    acknowledgementDays INTEGER NOT NULL,
                    targetDate TEXT,
                    status TEXT NOT NULL,
                    statusSince TEXT NOT NULL,
                    resolution TEXT,
                    \(bookkeeping)
                ) STRICT;
                CREATE INDEX barriers_reporter ON barriers(reportedById);
                CREATE INDEX barriers_establishment ON barriers(establishmentId);
                CREATE INDEX barriers_responsible ON barriers(responsibleId);
                CREATE TABLE barrierStatuses (
                    barrierId TEXT NOT NULL REFERENCES barriers(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    since TEXT NOT NULL,
                    PRIMARY KEY (barrierId, position)
                ) STRICT;

                ALTER TABLE meetings ADD COLUMN consultationCounterpartId TEXT REFERENCES organisations(id);
                ALTER TABLE meetings ADD COLUMN consultationEstablishmentId TEXT REFERENCES establishments(id);
                ALTER TABLE meetings ADD COLUMN consultationInitiativeId TEXT REFERENCES initiatives(id);
                ALTER TABLE meetings ADD COLUMN consultationBarrierId TEXT REFERENCES barriers(id);
                ALTER TABLE meetings ADD COLUMN consultationOutcome TEXT;
                ALTER TABLE meetings ADD COLUMN consultationRecord TEXT;
                ALTER TABLE meetings ADD COLUMN consultationRecordUrl TEXT;
                CREATE INDEX meetings_consultationCounterpart ON meetings(consultationCounterpartId);
                CREATE INDEX meetings_consultationEstablishment ON meetings(consultationEstablishmentId);
                CREATE INDEX meetings_consultationInitiative ON meetings(consultationInitiativeId);
                CREATE INDEX meetings_consultationBarrier ON meetings(consultationBarrierId);
                ALTER TABLE followUpActions ADD COLUMN initiativeId TEXT REFERENCES initiatives(id);
                CREATE INDEX followUpActions_initiative ON followUpActions(initiativeId);
                """)
        for (table, columns) in sortIndexes {
            for column in columns {
                try db.execute(sql: "CREATE INDEX \(table)_order_\(column) ON \(table)(\(column), id) WHERE deletedAt IS NULL")
            }
        }
    }

    private static let bookkeeping = """
        version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
        """

    private static let riskColumns = """
        atRiskReason TEXT,
                    atRiskSince TEXT,
                    atRiskEstablishmentId TEXT REFERENCES establishments(id),
        """

}
