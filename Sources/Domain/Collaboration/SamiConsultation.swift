/// A consultation under the Consultation Act (lag (2022:66) om konsultation i frågor som rör det samiska folket):
/// a meeting of format `samiConsultation` with a Sámi counterpart (Sametinget, a sameby or another Sámi body) on a
/// matter, and the documented outcome the act requires.
public struct SamiConsultation: Codable, Hashable, Sendable {
    /// How the consultation ended, or that it goes on.
    public enum Outcome: String, Codable, CaseIterable, Sendable { case agreement, noAgreement, ongoing }

    /// What the consultation is about: one establishment, initiative or barrier.
    public enum Matter: Codable, Hashable, Sendable {
        case establishment(Establishment.ID)
        case initiative(Initiative.ID)
        case barrier(Barrier.ID)

        private enum CodingKeys: String, CodingKey { case establishmentId, initiativeId, barrierId }

        /// Decodes an object with exactly one of `establishmentId`, `initiativeId`, `barrierId`.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let found = try [
                try c.decodeIfPresent(Establishment.ID.self, forKey: .establishmentId).map(Matter.establishment),
                try c.decodeIfPresent(Initiative.ID.self, forKey: .initiativeId).map(Matter.initiative),
                try c.decodeIfPresent(Barrier.ID.self, forKey: .barrierId).map(Matter.barrier),
            ].compactMap { $0 }
            guard found.count == 1 else {
                throw DecodingError.dataCorruptedError(
                    forKey: .establishmentId, in: c, debugDescription: "A matter names one establishmentId, initiativeId or barrierId.")
            }
            self = found[0]
        }

        /// Encodes the one id it holds.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .establishment(let id): try c.encode(id, forKey: .establishmentId)
            case .initiative(let id): try c.encode(id, forKey: .initiativeId)
            case .barrier(let id): try c.encode(id, forKey: .barrierId)
            }
        }

        /// The establishment, if the matter is one.
        public var establishmentId: Establishment.ID? { if case .establishment(let id) = self { id } else { nil } }
        /// The initiative, if the matter is one.
        public var initiativeId: Initiative.ID? { if case .initiative(let id) = self { id } else { nil } }
        /// The barrier, if the matter is one.
        public var barrierId: Barrier.ID? { if case .barrier(let id) = self { id } else { nil } }
    }

    /// The Sámi body consulted (an organisation of kind `samiBody`).
    public var counterpartId: Organisation.ID
    public var matter: Matter
    public var outcome: Outcome
    /// The written record of the consultation; required once it has ended.
    public var record: String?
    public var recordUrl: String?

    /// Creates a consultation.
    public init(counterpartId: Organisation.ID, matter: Matter, outcome: Outcome, record: String? = nil, recordUrl: String? = nil) {
        self.counterpartId = counterpartId
        self.matter = matter
        self.outcome = outcome
        self.record = record
        self.recordUrl = recordUrl
    }

    /// Checks the record: an ended consultation (agreement or not) is documented in writing.
    func validate(into v: inout Validator) {
        v.text(record, field: "consultation.record", maxLength: 100_000)
        v.url(recordUrl, field: "consultation.recordUrl")
        if outcome != .ongoing && record == nil && recordUrl == nil {
            v.add("consultation.record", "required", "An ended consultation needs its written record (record or recordUrl).")
        }
    }
}
