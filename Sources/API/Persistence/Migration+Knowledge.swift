import GRDB

/// Release 1.8: knowledge items with their challenge areas and sources, and disseminations with the items spread,
/// the organisations, counties and municipalities reached. Every link is a foreign key; every list order has its
/// `(column, id)` index over live rows.
enum KnowledgeMigration {
    static let sortIndexes: [(table: String, columns: [String])] = [
        ("knowledgeItems", ["nameSortKey", "kind", "status", "publishedAt", "createdAt", "updatedAt"]),
        ("disseminations", ["date", "channel", "createdAt", "updatedAt"]),
    ]

    static func migrate(_ db: Database) throws {
        func link(_ table: String, _ value: String, _ target: String, owner: String, ownerTable: String) -> String {
            IntegrityMigration.link(table, owner: owner, ownerTable: ownerTable, value: value, target: target)
        }
        func itemLink(_ table: String, _ value: String, _ target: String) -> String {
            link(table, value, target, owner: "knowledgeItemId", ownerTable: "knowledgeItems")
        }
        func disseminationLink(_ table: String, _ value: String, _ target: String) -> String {
            link(table, value, target, owner: "disseminationId", ownerTable: "disseminations")
        }
        try db.execute(
            sql: """
                CREATE TABLE knowledgeItems (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    body TEXT,
                    kind TEXT NOT NULL,
                    sectors TEXT NOT NULL,
                    phases TEXT NOT NULL,
                    transferable INTEGER NOT NULL,
                    urls TEXT NOT NULL,
                    authorId TEXT NOT NULL REFERENCES organisations(id),
                    status TEXT NOT NULL,
                    publishedAt INTEGER,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE INDEX knowledgeItems_author ON knowledgeItems(authorId);
                \(itemLink("knowledgeItemChallengeAreas", "challengeAreaId", "challengeAreas(id)"))
                \(itemLink("knowledgeItemInitiatives", "initiativeId", "initiatives(id)"))
                \(itemLink("knowledgeItemMeetings", "meetingId", "meetings(id)"))
                \(itemLink("knowledgeItemEstablishments", "establishmentId", "establishments(id)"))
                \(itemLink("knowledgeItemRecommendations", "recommendationId", "recommendations(id)"))

                CREATE TABLE disseminations (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    nameSortKey TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    date TEXT NOT NULL,
                    organiserId TEXT NOT NULL REFERENCES organisations(id),
                    audiences TEXT NOT NULL,
                    participants INTEGER,
                    feedback TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE INDEX disseminations_organiser ON disseminations(organiserId);
                \(disseminationLink("disseminationItems", "knowledgeItemId", "knowledgeItems(id)"))
                \(disseminationLink("disseminationOrganisations", "organisationId", "organisations(id)"))
                \(disseminationLink("disseminationCounties", "countyCode", "counties(code)"))
                \(disseminationLink("disseminationMunicipalities", "municipalityCode", "municipalities(code)"))
                """)
        for (table, columns) in sortIndexes {
            for column in columns {
                try db.execute(sql: "CREATE INDEX \(table)_order_\(column) ON \(table)(\(column), id) WHERE deletedAt IS NULL")
            }
        }
    }
}
