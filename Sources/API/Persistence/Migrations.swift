import GRDB

/// The schema, as append-only named migrations. A shipped migration is never edited; a change is a new one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-11-28-foundation", migrate: foundation)
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
}
