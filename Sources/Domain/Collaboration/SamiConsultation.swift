/// A consultation under the Consultation Act (lag (2022:66) om konsultation i frågor som rör det samiska folket):
/// a meeting of format `samiConsultation` with a Sámi counterpart (Sametinget, a sameby or another Sámi body) on a
/// matter, and the documented outcome the act requires.
public struct SamiConsultation: Codable, Hashable, Sendable {
    /// How the consultation ended, or that it goes on.
    public enum Outcome: String, Codable, CaseIterable, Sendable { case agreement, noAgreement, ongoing }

    /// What the consultation is about: one establishment, initiative or barrier, written `{"kind": …, "id": …}` (one
    /// shape for all three, so that a merge patch replaces a matter rather than mixing two).
    public enum Matter: Codable, Hashable, Sendable {
        case establishment(Establishment.ID)
        case initiative(Initiative.ID)
        case barrier(Barrier.ID)

        /// The kinds of matter.
        public enum Kind: String, Codable, CaseIterable, Sendable { case establishment, initiative, barrier }

        private enum CodingKeys: String, CodingKey { case kind, id }

        /// Decodes `{"kind": "establishment", "id": "…"}`.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let id = try c.decode(String.self, forKey: .id)
            let matter: Matter? =
                switch try c.decode(Kind.self, forKey: .kind) {
                case .establishment: Establishment.ID(id).map(Matter.establishment)
                case .initiative: Initiative.ID(id).map(Matter.initiative)
                case .barrier: Barrier.ID(id).map(Matter.barrier)
                }
            guard let matter else { throw DecodingError.dataCorruptedError(forKey: .id, in: c, debugDescription: "id must be a UUID.") }
            self = matter
        }

        /// Encodes the kind and the id.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .establishment(let id): try c.encode(Kind.establishment, forKey: .kind); try c.encode(id, forKey: .id)
            case .initiative(let id): try c.encode(Kind.initiative, forKey: .kind); try c.encode(id, forKey: .id)
            case .barrier(let id): try c.encode(Kind.barrier, forKey: .kind); try c.encode(id, forKey: .id)
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
