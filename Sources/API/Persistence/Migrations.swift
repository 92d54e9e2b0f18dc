import GRDB

/// The schema, as append-only named migrations. A shipped migration is never edited; a change is a new one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-11-28-foundation", migrate: foundation)
        migrator.registerMigration("2026-11-28-collaboration", migrate: collaboration)
        migrator.registerMigration("2026-11-29-integrity", migrate: IntegrityMigration.migrate)
        migrator.registerMigration("2026-11-30-sort-indexes", migrate: SortIndexMigration.migrate)
        migrator.registerMigration("2026-12-01-initiatives", migrate: InitiativesMigration.migrate)
        migrator.registerMigration("2026-12-02-finance", migrate: FinanceMigration.migrate)
        migrator.registerMigration("2026-12-03-report-submissions", migrate: ReportsMigration.migrate)
        migrator.registerMigration("2026-12-04-audit", migrate: AuditMigration.migrate)
        migrator.registerMigration("2026-12-05-webhooks", migrate: WebhooksMigration.migrate)
        migrator.registerMigration("2026-12-06-search", migrate: SearchIndex.create)
        migrator.registerMigration("2026-12-07-knowledge", migrate: KnowledgeMigration.migrate)
        return migrator
    }

    private static func foundation(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE municipalities (
                    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 4),
                    name TEXT NOT NULL,
                    countyCode TEXT NOT NULL CHECK (countyCode IN ('24', '25'))
                ) STRICT;

                CREATE TABLE organisations (
                    id TEXT PRIMARY KEY NOT NULL,
                    key TEXT,
                    name TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    organisationNumber TEXT,
                    countyCode TEXT,
                    municipalityCode TEXT REFERENCES municipalities(code),
                    parentId TEXT REFERENCES organisations(id),
                    website TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE UNIQUE INDEX organisations_key ON organisations(key) WHERE key IS NOT NULL;
                CREATE UNIQUE INDEX organisations_number ON organisations(organisationNumber)
                    WHERE organisationNumber IS NOT NULL AND deletedAt IS NULL;
                CREATE INDEX organisations_live_name ON organisations(nameSortKey, id) WHERE deletedAt IS NULL;
                CREATE INDEX organisations_kind ON organisations(kind, nameSortKey, id) WHERE deletedAt IS NULL;
                CREATE INDEX organisations_kind_county ON organisations(kind, countyCode, nameSortKey, id) WHERE deletedAt IS NULL;
                CREATE INDEX organisations_county ON organisations(countyCode, nameSortKey, id) WHERE deletedAt IS NULL;
                CREATE INDEX organisations_updated ON organisations(updatedAt);
                CREATE INDEX organisations_parent ON organisations(parentId);

                CREATE TABLE contacts (
                    id TEXT PRIMARY KEY NOT NULL,
                    organisationId TEXT NOT NULL REFERENCES organisations(id),
                    name TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    role TEXT,
                    email TEXT,
                    phone TEXT,
                    retainUntil TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE INDEX contacts_organisation ON contacts(organisationId, nameSortKey, id);
                CREATE INDEX contacts_name ON contacts(nameSortKey, id);

                CREATE TABLE challengeAreas (
                    id TEXT PRIMARY KEY NOT NULL,
                    key TEXT NOT NULL UNIQUE,
                    nameSv TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    nameEn TEXT,
                    description TEXT,
                    origin TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;

                CREATE TABLE assignments (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    principalId TEXT NOT NULL REFERENCES organisations(id),
                    coordinatorId TEXT NOT NULL REFERENCES organisations(id),
                    decisionDate TEXT,
                    caseNumber TEXT,
                    period TEXT,
                    reportingDeadlines TEXT NOT NULL DEFAULT '[]',
                    decisionText TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE UNIQUE INDEX assignments_case ON assignments(caseNumber) WHERE caseNumber IS NOT NULL AND deletedAt IS NULL;

                CREATE TABLE assignmentParts (
                    id TEXT PRIMARY KEY NOT NULL,
                    assignmentId TEXT NOT NULL REFERENCES assignments(id),
                    code TEXT NOT NULL,
                    summarySv TEXT NOT NULL,
                    summaryEn TEXT,
                    position INTEGER NOT NULL,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE UNIQUE INDEX assignmentParts_code ON assignmentParts(assignmentId, code) WHERE deletedAt IS NULL;

                CREATE TABLE apiTokens (
                    id TEXT PRIMARY KEY NOT NULL,
                    organisationId TEXT NOT NULL REFERENCES organisations(id),
                    role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'reader')),
                    name TEXT NOT NULL,
                    secretHash TEXT NOT NULL UNIQUE,
                    createdAt INTEGER NOT NULL,
                    expiresAt INTEGER,
                    revokedAt INTEGER,
                    lastUsedAt INTEGER,
                    updatedAt INTEGER NOT NULL
                ) STRICT;

                CREATE TABLE idempotencyKeys (
                    tokenId TEXT NOT NULL,
                    key TEXT NOT NULL,
                    requestHash TEXT NOT NULL,
                    status INTEGER NOT NULL,
                    location TEXT,
                    eTag TEXT,
                    body BLOB NOT NULL,
                    createdAt INTEGER NOT NULL,
                    PRIMARY KEY (tokenId, key)
                ) STRICT, WITHOUT ROWID;
                CREATE INDEX idempotencyKeys_created ON idempotencyKeys(createdAt);

                CREATE TABLE changeEvents (
                    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                    resourceType TEXT NOT NULL,
                    resourceId TEXT NOT NULL,
                    operation TEXT NOT NULL CHECK (operation IN ('created', 'updated', 'deleted')),
                    version INTEGER NOT NULL,
                    occurredAt INTEGER NOT NULL,
                    tokenId TEXT
                ) STRICT;
                CREATE TABLE seedMarkers (
                    name TEXT PRIMARY KEY NOT NULL,
                    appliedAt INTEGER NOT NULL
                ) STRICT;

                CREATE INDEX changeEvents_resource ON changeEvents(resourceType, resourceId);
                """)
    }

    /// Forums and their memberships, meetings, decisions and follow-up actions. Lists of ids, counties and
    /// municipality codes are JSON arrays, filtered with `json_each` (release 1.1 moves them into join tables:
    /// `IntegrityMigration`).
    private static func collaboration(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE forums (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    purpose TEXT,
                    kind TEXT NOT NULL,
                    convenorId TEXT NOT NULL REFERENCES organisations(id),
                    secretariatId TEXT REFERENCES organisations(id),
                    counties TEXT NOT NULL DEFAULT '[]',
                    challengeAreaIds TEXT NOT NULL DEFAULT '[]',
                    assignmentPartIds TEXT NOT NULL DEFAULT '[]',
                    cadence TEXT,
                    status TEXT NOT NULL CHECK (status IN ('planned', 'active', 'dormant', 'closed')),
                    startDate TEXT,
                    endDate TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE INDEX forums_name ON forums(nameSortKey, id) WHERE deletedAt IS NULL;
                CREATE INDEX forums_convenor ON forums(convenorId);

                CREATE TABLE forumMemberships (
                    id TEXT PRIMARY KEY NOT NULL,
                    forumId TEXT NOT NULL REFERENCES forums(id),
                    organisationId TEXT NOT NULL REFERENCES organisations(id),
                    role TEXT NOT NULL CHECK (role IN ('convenor', 'secretariat', 'member', 'observer')),
                    representativeId TEXT,
                    representativeHistory TEXT NOT NULL DEFAULT '[]',
                    validFrom TEXT NOT NULL,
                    validTo TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE INDEX forumMemberships_forum ON forumMemberships(forumId, validFrom, id) WHERE deletedAt IS NULL;
                CREATE INDEX forumMemberships_organisation ON forumMemberships(organisationId) WHERE deletedAt IS NULL;

                CREATE TABLE meetings (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    date TEXT NOT NULL,
                    startTime TEXT,
                    endTime TEXT,
                    format TEXT NOT NULL,
                    forumId TEXT REFERENCES forums(id),
                    organiserId TEXT NOT NULL REFERENCES organisations(id),
                    participants TEXT NOT NULL DEFAULT '[]',
                    contactIds TEXT NOT NULL DEFAULT '[]',
                    counties TEXT NOT NULL DEFAULT '[]',
                    municipalityCodes TEXT NOT NULL DEFAULT '[]',
                    challengeAreaIds TEXT NOT NULL DEFAULT '[]',
                    assignmentPartIds TEXT NOT NULL DEFAULT '[]',
                    agenda TEXT,
                    summary TEXT,
                    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
                    confidentialityReason TEXT,
                    caseNumber TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE INDEX meetings_date ON meetings(date, id) WHERE deletedAt IS NULL;
                CREATE INDEX meetings_forum ON meetings(forumId) WHERE deletedAt IS NULL;
                CREATE INDEX meetings_organiser ON meetings(organiserId) WHERE deletedAt IS NULL;

                CREATE TABLE decisions (
                    id TEXT PRIMARY KEY NOT NULL,
                    meetingId TEXT NOT NULL REFERENCES meetings(id),
                    text TEXT NOT NULL,
                    decidedOn TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE INDEX decisions_meeting ON decisions(meetingId) WHERE deletedAt IS NULL;

                CREATE TABLE followUpActions (
                    id TEXT PRIMARY KEY NOT NULL,
                    meetingId TEXT NOT NULL REFERENCES meetings(id),
                    decisionId TEXT REFERENCES decisions(id),
                    description TEXT NOT NULL,
                    ownerId TEXT NOT NULL REFERENCES organisations(id),
                    ownerContactId TEXT,
                    dueDate TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('open', 'inProgress', 'done', 'dropped')),
                    completedAt INTEGER,
                    outcomeUrl TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE INDEX followUpActions_due ON followUpActions(dueDate, id) WHERE deletedAt IS NULL;
                CREATE INDEX followUpActions_owner ON followUpActions(ownerId, status) WHERE deletedAt IS NULL;
                CREATE INDEX followUpActions_meeting ON followUpActions(meetingId) WHERE deletedAt IS NULL;
                """)
    }
}
