import GRDB

/// Release 1.6: webhook subscriptions and their delivery log. A subscription keeps its position in the change feed
/// (`cursor`); each change it must deliver is a row of `webhookDeliveries`, made in the transaction that advances
/// the position, so that deliveries survive a restart and are made in feed order, at least once.
enum WebhooksMigration {
    static let sortIndexes: [(table: String, columns: [String])] = [("webhookSubscriptions", ["createdAt", "updatedAt"])]

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE webhookSubscriptions (
                    id TEXT PRIMARY KEY NOT NULL,
                    organisationId TEXT NOT NULL REFERENCES organisations(id),
                    url TEXT NOT NULL,
                    eventTypes TEXT NOT NULL,
                    description TEXT,
                    active INTEGER NOT NULL,
                    secret TEXT NOT NULL,
                    cursor INTEGER NOT NULL DEFAULT 0,
                    failureCount INTEGER NOT NULL DEFAULT 0,
                    disabledAt INTEGER,
                    disabledReason TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE INDEX webhookSubscriptions_organisation ON webhookSubscriptions(organisationId);
                CREATE TABLE webhookDeliveries (
                    id TEXT PRIMARY KEY NOT NULL,
                    subscriptionId TEXT NOT NULL REFERENCES webhookSubscriptions(id),
                    sequence INTEGER NOT NULL,
                    eventType TEXT NOT NULL,
                    resourceId TEXT NOT NULL,
                    operation TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    occurredAt INTEGER NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
                    attempts INTEGER NOT NULL DEFAULT 0,
                    nextAttemptAt INTEGER NOT NULL,
                    lastAttemptAt INTEGER,
                    responseStatus INTEGER,
                    error TEXT,
                    createdAt INTEGER NOT NULL,
                    UNIQUE (subscriptionId, sequence)
                ) STRICT;
                CREATE INDEX webhookDeliveries_pending ON webhookDeliveries(subscriptionId, status, sequence);
                """)
        for (table, columns) in sortIndexes {
            for column in columns {
                try db.execute(sql: "CREATE INDEX \(table)_order_\(column) ON \(table)(\(column), id) WHERE deletedAt IS NULL")
            }
        }
    }
}
