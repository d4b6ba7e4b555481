import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// Hummingbird's HTTP/1 channel with `ConnectionLifetimeHandler` put in right after NIO's
/// request decoder, where requests still carry their HTTP version.
struct PreviewHTTPChannel: ServerChildChannel {
    let http1: HTTP1Channel

    /// What the preview allows a connection: sitting idle (no request read, or a request
    /// head still coming in byte by byte) for `idleTimeout` closes it; a request head
    /// (request line included) is at most 80 KB in at most 100 fields, which any browser
    /// request, cookies included, fits in; beyond that the answer is 400 and a close.
    static func configuration(idleTimeout: Duration) -> HTTP1Channel.Configuration {
        HTTP1Channel.Configuration(
            idleTimeout: TimeAmount(idleTimeout),
            httpDecoderConfiguration: .init(maxHeaderFieldSize: 80 * 1024, maxHeaderListSize: 80 * 1024, maxHeaderFieldCount: 100))
    }

    static func builder(idleTimeout: Duration) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            PreviewHTTPChannel(http1: HTTP1Channel(responder: responder, configuration: configuration(idleTimeout: idleTimeout)))
        }
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<HTTP1Channel.Value> {
        http1.setup(channel: channel, logger: logger).flatMapThrowing { value in
            // Read at most 16 KB at a time (NIO's default is up to 4 × 64 KB): everything
            // read is decoded at once, and a client that pipelines thousands of tiny requests
            // and never reads the answers would have them all held in memory as parsed
            // requests (about 600 bytes each) until it does.
            if let options = channel.syncOptions {
                try options.setOption(ChannelOptions.maxMessagesPerRead, value: 1)
                try options.setOption(ChannelOptions.recvAllocator, value: AdaptiveRecvByteBufferAllocator(minimum: 1024, initial: 4096, maximum: 16 * 1024))
            }
            let pipeline = channel.pipeline.syncOperations
            let decoder = try pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
            try pipeline.addHandler(ConnectionLifetimeHandler(), position: .after(decoder))
            return value
        }
    }

    func handle(value: HTTP1Channel.Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}
