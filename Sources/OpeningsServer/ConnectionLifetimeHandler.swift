import NIOCore
import NIOHTTP1

/// Decides when a connection ends, on NIO's HTTP/1 types: Hummingbird above it sees
/// version-less requests and only closes after one that says exactly `Connection: close`.
/// A connection ends
/// - after answering a request that is not keep-alive: HTTP/1.0 without
///   `Connection: keep-alive`, or `close` among other `Connection` tokens. Otherwise an
///   HTTP/1.0 client that reads to the end of the connection (ApacheBench) would wait
///   for the idle timeout on every request;
/// - after answering a request that has a body: the preview takes no uploads and never
///   reads one, so a client trickling a body byte by byte cannot hold the connection,
///   and nothing in a body is ever taken for a request;
/// - after answering CONNECT (always a refusal): NIO sends answers to CONNECT without
///   a length, so the client could only tell where the answer ends by the close;
/// - when the client stops sending while its live-reload event stream is open (a tab
///   closed): the stream, its socket and its task would otherwise stay until the next
///   rebuild tried to write to it, and a client opening and dropping streams in a loop
///   would run the server out of file descriptors;
/// - once the 400 for bytes that are not HTTP (or a head over the limits) is out: the
///   rest cannot be framed. Hummingbird only half-closes there and waits for the client,
///   and when the client was still sending (a megabyte URL) nothing reads its goodbye,
///   so each such request held a socket and its buffers until the idle timeout.
///
/// Each such request is marked by rewriting its `Connection` header to `close`, which is
/// what Hummingbird acts on; the answer says `Connection: close` too. An HTTP/1.0 client
/// that asked for keep-alive is told `Connection: keep-alive`, which it waits for.
final class ConnectionLifetimeHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    /// What the answer's `Connection` header says: HTTP/1.1 keeps a connection without one.
    private enum Connection { case keepAlive, keepAliveHTTP10, close }

    /// For each request read and not answered yet, in order, what becomes of the connection.
    private var pending = CircularBuffer<Connection>()
    private var streamingEvents = false
    private var inputClosed = false
    /// The request decoder failed; the 400 Hummingbird then writes ends the connection.
    private var decoderFailed = false
    private var closingAfterAnswer = false
    private var closeOnFlush = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data) else {
            context.fireChannelRead(data)
            return
        }
        let hasBody = head.headers.contains(name: "transfer-encoding") || head.headers["content-length"].contains { $0 != "0" }
        if !head.isKeepAlive || hasBody || head.method == .CONNECT {
            pending.append(.close)
            head.headers.replaceOrAdd(name: "connection", value: "close")
        } else {
            pending.append(head.version == .http1_0 ? .keepAliveHTTP10 : .keepAlive)
        }
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data), closingAfterAnswer { closeOnFlush = true }
        guard case .head(var head) = unwrapOutboundIn(data), head.status.code >= 200 else {
            context.write(data, promise: promise)
            return
        }
        if decoderFailed, head.status == .badRequest { closingAfterAnswer = true }
        // A 400 for unparsable bytes answers no request that was read; it closes anyway.
        switch pending.popFirst() {
        case .close: head.headers.replaceOrAdd(name: "connection", value: "close")
        case .keepAliveHTTP10: head.headers.replaceOrAdd(name: "connection", value: "keep-alive")
        case .keepAlive, nil: break
        }
        let events = head.headers["content-type"].first?.hasPrefix("text/event-stream") == true
        context.write(wrapOutboundOut(.head(head)), promise: promise)
        if events {
            streamingEvents = true
            if inputClosed { context.close(promise: nil) }
        }
    }

    func flush(context: ChannelHandlerContext) {
        context.flush()
        if closeOnFlush { context.close(promise: nil) }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if error is HTTPParserError || error is ByteToMessageDecoderError { decoderFailed = true }
        context.fireErrorCaught(error)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event as? ChannelEvent == .some(.inputClosed) {
            inputClosed = true
            if streamingEvents {
                context.close(promise: nil)
                return
            }
        }
        context.fireUserInboundEventTriggered(event)
    }
}
