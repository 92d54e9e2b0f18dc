import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Sámi consultations")
struct ConsultationTests {
    @Test("a consultation with Sametinget on Stegra is recorded with its outcome and shows per establishment and in Boden's overview")
    func consultation() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let sametinget = try #require(Organisation.ID(env.id("sametinget")))
            let stegra = try #require(try await EstablishmentFixture.load().enter(with: admin)["Stegra (formerly H2 Green Steel)"])
            let date = try #require(CalendarDate("2026-02-10"))

            let missing = await problem {
                _ = try await board.meetings.create(
                    MeetingInput(title: "Konsultation", date: date, format: .samiConsultation, organiserId: boardId))
            }
            #expect(missing?.errors?.map(\.code) == ["required"])
            let ended = SamiConsultation(counterpartId: sametinget, matter: .establishment(stegra.id), outcome: .noAgreement)
            let unrecorded = await problem {
                _ = try await board.meetings.create(
                    MeetingInput(title: "Konsultation", date: date, format: .samiConsultation, organiserId: boardId, consultation: ended))
            }
            #expect(unrecorded?.errors?.map(\.field) == ["consultation.record"])
            let notSami = await problem {
                var wrong = ended
                wrong.counterpartId = boardId
                wrong.record = "Protokoll"
                _ = try await board.meetings.create(
                    MeetingInput(title: "Konsultation", date: date, format: .samiConsultation, organiserId: boardId, consultation: wrong))
            }
            #expect(notSami?.errors?.map(\.code) == ["notSamiBody"])

            var recorded = ended
            recorded.record = "Sametinget och länsstyrelsen nådde inte enighet om vägdragningen; skälen framgår av protokollet."
            let meeting = try await board.meetings.create(
                MeetingInput(
                    title: "Konsultation om Stegras anläggning", date: date, format: .samiConsultation, organiserId: boardId,
                    participants: [.init(organisationId: sametinget)], consultation: recorded))
            #expect(meeting.consultation == recorded)
            let perEstablishment = try await board.meetings.all(MeetingFilter(consultationMatters: [stegra.idText])).collect()
            #expect(perEstablishment.map(\.id) == [meeting.id])
            let overview = try await board.municipalityOverview(MunicipalityCode(rawValue: "2582")!)
            #expect(overview.consultations.map(\.meetingId) == [meeting.id])
            #expect(overview.consultations.first?.consultation.outcome == .noAgreement)
            #expect(try await board.municipalityOverview(MunicipalityCode(rawValue: "2580")!).consultations.isEmpty)

            // A confidential consultation shows only to those who may see the meeting.
            var secret = recorded
            secret.outcome = .ongoing
            let confidential = try await board.meetings.create(
                MeetingInput(
                    title: "Sluten konsultation", date: date, format: .samiConsultation, organiserId: boardId,
                    participants: [.init(organisationId: sametinget)], confidential: true, confidentialityReason: "OSL 21 kap. 1 §",
                    consultation: secret))
            let other = SamordnaClient(baseURL: baseURL, token: env.tokens.otherEditor)
            #expect(
                try await other.municipalityOverview(MunicipalityCode(rawValue: "2582")!).consultations.map(\.meetingId) == [meeting.id])
            #expect(
                Set(try await board.municipalityOverview(MunicipalityCode(rawValue: "2582")!).consultations.map(\.meetingId))
                    == [meeting.id, confidential.id])

            // The establishment it concerns cannot go while the consultation names it.
            let inUse = await problem { try await admin.establishments.delete(stegra.id) }
            #expect(inUse?.status == 409)
        }
    }
}
