import Hummingbird
import NIOCore

/// Hummingbird's basic request context plus the connection, so that the live-reload
/// stream can end as soon as its connection does instead of at the next rebuild.
struct PreviewRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
