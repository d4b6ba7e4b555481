import Hummingbird

/// The preview only reads: GET and HEAD. Any other method gets 405 with `Allow` before a
/// route or file is looked at, so a POST is never answered with a page as if it were a
/// GET, and TRACE never echoes a request (cookies included) back.
struct AllowedMethodsMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed,
                            headers: [.allow: "GET, HEAD", .contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "The preview only answers GET and HEAD.\n")))
        }
        return try await next(request, context)
    }
}
