import GRDB

/// Release 1.1: every link a foreign key. Lists of ids move from JSON text into join tables; counties become a table
/// and municipalities cover all of Sweden; organisations gain `shortName`; seats and actions refer to contacts by
/// foreign key; parts keep the decision's own words; resource names in the change log become identifiers.
///
/// Tables are rebuilt the way SQLite documents (new table, copy, drop, rename) with foreign keys checked at the end.
/// The JSON functions that read the old lists are used here only.
enum IntegrityMigration {
    static func migrate(_ db: Database) throws {
        try referenceData(db)
        try organisations(db)
        try forums(db)
        try memberships(db)
        try meetings(db)
        try actions(db)
        try db.execute(
            sql: """
                ALTER TABLE assignmentParts ADD COLUMN textSv TEXT;
                ALTER TABLE idempotencyKeys ADD COLUMN resourceId TEXT;
                ALTER TABLE apiTokens ADD COLUMN previousSecretHash TEXT;
                ALTER TABLE apiTokens ADD COLUMN previousSecretValidUntil INTEGER;
                CREATE INDEX apiTokens_previous ON apiTokens(previousSecretHash) WHERE previousSecretHash IS NOT NULL;
                CREATE INDEX idempotencyKeys_resource ON idempotencyKeys(resourceId) WHERE resourceId IS NOT NULL;
                ALTER TABLE assignments RENAME COLUMN reportingDeadlines TO reportingObligations;
                UPDATE changeEvents SET resourceType = CASE resourceType
                    WHEN 'challenge area' THEN 'challengeArea' WHEN 'assignment part' THEN 'assignmentPart'
                    WHEN 'forum membership' THEN 'forumMembership' WHEN 'follow-up action' THEN 'followUpAction'
                    ELSE resourceType END;
                """)
    }

    private static func referenceData(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE counties (
                    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 2),
                    name TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL DEFAULT '',
                    updatedAt INTEGER NOT NULL DEFAULT 0
                ) STRICT;
                INSERT INTO counties (code, name) VALUES ('24', 'Västerbottens län'), ('25', 'Norrbottens län');
                CREATE TABLE municipalities_new (
                    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 4),
                    name TEXT NOT NULL,
                    officialName TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL DEFAULT '',
                    countyCode TEXT NOT NULL REFERENCES counties(code),
                    updatedAt INTEGER NOT NULL DEFAULT 0
                ) STRICT;
                INSERT INTO municipalities_new (code, name, officialName, countyCode) SELECT code, name, name, countyCode FROM municipalities;
                DROP TABLE municipalities;
                ALTER TABLE municipalities_new RENAME TO municipalities;
                CREATE INDEX municipalities_county ON municipalities(countyCode, code);
                CREATE INDEX municipalities_name ON municipalities(nameSortKey, code);
                """)
    }

    private static func organisations(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE organisations_new (
                    id TEXT PRIMARY KEY NOT NULL,
                    key TEXT,
                    name TEXT NOT NULL,
                    shortName TEXT,
                    nameSortKey TEXT NOT NULL,
                    shortNameSortKey TEXT,
                    kind TEXT NOT NULL,
                    organisationNumber TEXT,
                    countyCode TEXT REFERENCES counties(code),
                    municipalityCode TEXT REFERENCES municipalities(code),
                    parentId TEXT REFERENCES organisations(id),
                    website TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                INSERT INTO organisations_new (id, key, name, nameSortKey, kind, organisationNumber, countyCode, municipalityCode,
                    parentId, website, version, createdAt, updatedAt, deletedAt)
                SELECT id, key, name, nameSortKey, kind, organisationNumber, countyCode, municipalityCode, parentId, website, version,
                    createdAt, updatedAt, deletedAt FROM organisations;
                DROP TABLE organisations;
                ALTER TABLE organisations_new RENAME TO organisations;
                CREATE UNIQUE INDEX organisations_key ON organisations(key) WHERE key IS NOT NULL;
                CREATE UNIQUE INDEX organisations_number ON organisations(organisationNumber)
                    WHERE organisationNumber IS NOT NULL AND deletedAt IS NULL;
                CREATE INDEX organisations_live_name ON organisations(nameSortKey, id) WHERE deletedAt IS NULL;
                CREATE INDEX organisations_kind ON organisations(kind, nameSortKey, id) WHERE deletedAt IS NULL;
                CREATE INDEX organisations_kind_county ON organisations(kind, countyCode, nameSortKey, id) WHERE deletedAt IS NULL;
                CREATE INDEX organisations_county ON organisations(countyCode, nameSortKey, id) WHERE deletedAt IS NULL;
                CREATE INDEX organisations_municipality ON organisations(municipalityCode);
                CREATE INDEX organisations_updated ON organisations(updatedAt);
                CREATE INDEX organisations_parent ON organisations(parentId);
                CREATE INDEX contacts_organisation_id ON contacts(organisationId);
                """)
    }

    private static func forums(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE forums_new (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    purpose TEXT,
                    kind TEXT NOT NULL,
                    convenorId TEXT NOT NULL REFERENCES organisations(id),
                    secretariatId TEXT REFERENCES organisations(id),
                    cadence TEXT,
                    status TEXT NOT NULL CHECK (status IN ('planned', 'active', 'dormant', 'closed')),
                    startDate TEXT,
                    endDate TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                INSERT INTO forums_new SELECT id, name, nameSortKey, purpose, kind, convenorId, secretariatId, cadence, status,
                    startDate, endDate, version, createdAt, updatedAt, deletedAt FROM forums;
                \(link("forumCounties", owner: "forumId", ownerTable: "forums", value: "countyCode", target: "counties(code)"))
                \(link("forumChallengeAreas", owner: "forumId", ownerTable: "forums", value: "challengeAreaId", target: "challengeAreas(id)"))
                \(link("forumAssignmentParts", owner: "forumId", ownerTable: "forums", value: "assignmentPartId", target: "assignmentParts(id)"))
                INSERT INTO forumCounties SELECT f.id, j.key, j.value FROM forums f, json_each(f.counties) j;
                INSERT INTO forumChallengeAreas SELECT f.id, j.key, j.value FROM forums f, json_each(f.challengeAreaIds) j;
                INSERT INTO forumAssignmentParts SELECT f.id, j.key, j.value FROM forums f, json_each(f.assignmentPartIds) j;
                DROP TABLE forums;
                ALTER TABLE forums_new RENAME TO forums;
                CREATE INDEX forums_name ON forums(nameSortKey, id) WHERE deletedAt IS NULL;
                CREATE INDEX forums_convenor ON forums(convenorId);
                CREATE INDEX forums_secretariat ON forums(secretariatId);
                """)
    }

    private static func memberships(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE forumMemberships_new (
                    id TEXT PRIMARY KEY NOT NULL,
                    forumId TEXT NOT NULL REFERENCES forums(id),
                    organisationId TEXT NOT NULL REFERENCES organisations(id),
                    role TEXT NOT NULL CHECK (role IN ('convenor', 'secretariat', 'member', 'observer')),
                    representativeId TEXT REFERENCES contacts(id),
                    validFrom TEXT NOT NULL,
                    validTo TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                INSERT INTO forumMemberships_new SELECT id, forumId, organisationId, role, representativeId, validFrom, validTo, version,
                    createdAt, updatedAt, deletedAt FROM forumMemberships;
                CREATE TABLE forumMembershipFormerRepresentatives (
                    membershipId TEXT NOT NULL REFERENCES forumMemberships(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    contactId TEXT NOT NULL REFERENCES contacts(id),
                    until TEXT NOT NULL,
                    PRIMARY KEY (membershipId, position)
                ) STRICT;
                CREATE INDEX forumMembershipFormerRepresentatives_contact ON forumMembershipFormerRepresentatives(contactId);
                INSERT INTO forumMembershipFormerRepresentatives
                    SELECT m.id, j.key, json_extract(j.value, '$.contactId'), json_extract(j.value, '$.until')
                    FROM forumMemberships m, json_each(m.representativeHistory) j;
                DROP TABLE forumMemberships;
                ALTER TABLE forumMemberships_new RENAME TO forumMemberships;
                CREATE INDEX forumMemberships_forum ON forumMemberships(forumId, validFrom, id) WHERE deletedAt IS NULL;
                CREATE INDEX forumMemberships_organisation ON forumMemberships(organisationId) WHERE deletedAt IS NULL;
                CREATE INDEX forumMemberships_representative ON forumMemberships(representativeId);
                """)
    }

    private static func meetings(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE meetings_new (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    date TEXT NOT NULL,
                    startTime TEXT,
                    endTime TEXT,
                    format TEXT NOT NULL,
                    forumId TEXT REFERENCES forums(id),
                    organiserId TEXT NOT NULL REFERENCES organisations(id),
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
                INSERT INTO meetings_new SELECT id, title, nameSortKey, date, startTime, endTime, format, forumId, organiserId, agenda,
                    summary, confidential, confidentialityReason, caseNumber, version, createdAt, updatedAt, deletedAt FROM meetings;
                CREATE TABLE meetingParticipants (
                    meetingId TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    organisationId TEXT NOT NULL REFERENCES organisations(id),
                    attended INTEGER NOT NULL CHECK (attended IN (0, 1)),
                    PRIMARY KEY (meetingId, position),
                    UNIQUE (meetingId, organisationId)
                ) STRICT;
                CREATE INDEX meetingParticipants_organisation ON meetingParticipants(organisationId, meetingId);
                INSERT INTO meetingParticipants SELECT m.id, j.key, json_extract(j.value, '$.organisationId'),
                    COALESCE(json_extract(j.value, '$.attended'), 1) FROM meetings m, json_each(m.participants) j;
                \(link("meetingContacts", owner: "meetingId", ownerTable: "meetings", value: "contactId", target: "contacts(id)"))
                \(link("meetingCounties", owner: "meetingId", ownerTable: "meetings", value: "countyCode", target: "counties(code)"))
                \(link("meetingMunicipalities", owner: "meetingId", ownerTable: "meetings", value: "municipalityCode", target: "municipalities(code)"))
                \(link("meetingChallengeAreas", owner: "meetingId", ownerTable: "meetings", value: "challengeAreaId", target: "challengeAreas(id)"))
                \(link("meetingAssignmentParts", owner: "meetingId", ownerTable: "meetings", value: "assignmentPartId", target: "assignmentParts(id)"))
                INSERT INTO meetingContacts SELECT m.id, j.key, j.value FROM meetings m, json_each(m.contactIds) j;
                INSERT INTO meetingCounties SELECT m.id, j.key, j.value FROM meetings m, json_each(m.counties) j;
                INSERT INTO meetingMunicipalities SELECT m.id, j.key, j.value FROM meetings m, json_each(m.municipalityCodes) j;
                INSERT INTO meetingChallengeAreas SELECT m.id, j.key, j.value FROM meetings m, json_each(m.challengeAreaIds) j;
                INSERT INTO meetingAssignmentParts SELECT m.id, j.key, j.value FROM meetings m, json_each(m.assignmentPartIds) j;
                DROP TABLE meetings;
                ALTER TABLE meetings_new RENAME TO meetings;
                CREATE INDEX meetings_date ON meetings(date, id) WHERE deletedAt IS NULL;
                CREATE INDEX meetings_forum ON meetings(forumId) WHERE deletedAt IS NULL;
                CREATE INDEX meetings_organiser ON meetings(organiserId) WHERE deletedAt IS NULL;
                """)
    }

    private static func actions(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE followUpActions_new (
                    id TEXT PRIMARY KEY NOT NULL,
                    meetingId TEXT NOT NULL REFERENCES meetings(id),
                    decisionId TEXT REFERENCES decisions(id),
                    description TEXT NOT NULL,
                    ownerId TEXT NOT NULL REFERENCES organisations(id),
                    ownerContactId TEXT REFERENCES contacts(id),
                    dueDate TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('open', 'inProgress', 'done', 'dropped')),
                    completedAt INTEGER,
                    outcomeUrl TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                INSERT INTO followUpActions_new SELECT * FROM followUpActions;
                DROP TABLE followUpActions;
                ALTER TABLE followUpActions_new RENAME TO followUpActions;
                CREATE INDEX followUpActions_due ON followUpActions(dueDate, id) WHERE deletedAt IS NULL;
                CREATE INDEX followUpActions_owner ON followUpActions(ownerId, status) WHERE deletedAt IS NULL;
                CREATE INDEX followUpActions_meeting ON followUpActions(meetingId) WHERE deletedAt IS NULL;
                CREATE INDEX followUpActions_decision ON followUpActions(decisionId);
                CREATE INDEX followUpActions_contact ON followUpActions(ownerContactId);
                """)
    }

    /// A join table of one owner column and one referenced value, with an index for lookups by value.
    static func link(_ table: String, owner: String, ownerTable: String, value: String, target: String) -> String {
        """
        CREATE TABLE \(table) (
            \(owner) TEXT NOT NULL REFERENCES \(ownerTable)(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            \(value) TEXT NOT NULL REFERENCES \(target),
            PRIMARY KEY (\(owner), position),
            UNIQUE (\(owner), \(value))
        ) STRICT;
        CREATE INDEX \(table)_\(value) ON \(table)(\(value), \(owner));
        """
    }
}
