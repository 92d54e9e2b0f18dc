import GRDB

/// Release 1.5: the change log becomes the audit trail. Each entry also keeps the organisation and the request that
/// made the change and its changed fields (JSON, personal fields named without values); triggers refuse to change or
/// delete an entry, so that no route, and no mistake in one, can rewrite the history.
enum AuditMigration {
    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE changeEvents ADD COLUMN organisationId TEXT;
                ALTER TABLE changeEvents ADD COLUMN requestId TEXT;
                ALTER TABLE changeEvents ADD COLUMN changes TEXT NOT NULL DEFAULT '[]';
                CREATE INDEX changeEvents_occurred ON changeEvents(occurredAt);
                CREATE INDEX changeEvents_organisation ON changeEvents(organisationId, sequence);
                CREATE INDEX changeEvents_token ON changeEvents(tokenId, sequence);
                CREATE TRIGGER changeEvents_unchangeable BEFORE UPDATE ON changeEvents
                BEGIN SELECT RAISE(ABORT, 'the audit trail is never changed'); END;
                CREATE TRIGGER changeEvents_undeletable BEFORE DELETE ON changeEvents
                BEGIN SELECT RAISE(ABORT, 'the audit trail is never deleted'); END;
                """)
    }
}
