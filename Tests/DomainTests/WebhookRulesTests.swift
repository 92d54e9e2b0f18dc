import Foundation
import Testing

@testable import SamordnaDomain

@Suite("Webhook targets: no requests into the agency's own network")
struct WebhookRulesTests {
    @Test("https to public addresses only; private, loopback, link-local and reserved ones refused, IPv4 and IPv6 alike")
    func rules() {
        let rules = WebhookURLRules()
        #expect(rules.problem(with: "https://diarium.lansstyrelsen.se/hook") == nil)
        #expect(rules.problem(with: "https://93.184.216.34:8443/hook") == nil)
        for refused in [
            "http://diarium.lansstyrelsen.se/hook", "https://10.1.2.3/", "https://172.20.0.1/", "https://192.168.0.10/",
            "https://127.0.0.1/", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/", "https://0.0.0.0/",
            "https://[::1]/", "https://[fe80::1]/", "https://[fd00::5]/", "https://[::ffff:10.0.0.1]/", "https://224.0.0.1/",
            "https://user:secret@example.se/", "ftp://example.se/", "example.se/hook",
        ] {
            #expect(rules.problem(with: refused) != nil, "\(refused)")
        }
        let development = WebhookURLRules(allowsLoopbackHTTP: true)
        #expect(development.problem(with: "http://127.0.0.1:8089/hook") == nil)
        #expect(development.problem(with: "http://10.0.0.1/hook") != nil, "the flag opens loopback only")
    }

    @Test("addresses parse as the network sees them")
    func addresses() {
        #expect(IPAddress("2001:db8::1")?.isPrivateOrReserved == true, "documentation range")
        #expect(IPAddress("2a00:1450:4001::200e")?.isPrivateOrReserved == false)
        #expect(IPAddress("::ffff:127.0.0.1")?.isLoopback == true)
        #expect(IPAddress("256.1.1.1") == nil && IPAddress("1.2.3") == nil && IPAddress("example.se") == nil)
        #expect(WebhookEvent.backoff(afterAttempt: 1) == 5 && WebhookEvent.backoff(afterAttempt: 9) == 7200)
    }
}
