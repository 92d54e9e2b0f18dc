import NIOCore

extension Duration {
    /// The span in whole nanoseconds, as NIO timers and Prometheus histograms take it.
    var nanoseconds: Int64 { components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000 }

    /// The span in milliseconds, for the access log.
    var milliseconds: Double { Double(nanoseconds) / 1_000_000 }
}

extension TimeAmount {
    /// The same span as a `Duration`, to the nanosecond.
    init(_ duration: Duration) { self = .nanoseconds(duration.nanoseconds) }
}
