import Crypto
import Foundation
import _CryptoExtras

/// The signed JWT a service account trades for an access token (OAuth 2.0's JWT
/// bearer grant, as Google's "OAuth 2.0 for Server to Server Applications" describes):
/// header `{"alg":"RS256","typ":"JWT"}`, claims `iss` (the account), `scope`, `aud`
/// (the token endpoint), `iat` and `exp`, signed with RSASSA-PKCS1-v1_5 over SHA-256.
public enum ServiceAccountAssertion {
    /// Publishing to the Indexing API needs this scope and no other.
    public static let indexingScope = "https://www.googleapis.com/auth/indexing"
    /// Google accepts an assertion valid for at most an hour.
    public static let lifetime: Int64 = 3600

    /// The assertion for `key`, issued at `now` (passed in, so tests can fix it).
    public static func make(_ key: ServiceAccountKey, scope: String = indexingScope, now: Date) throws -> String {
        var header: [(String, JSONValue)] = [("alg", .string("RS256")), ("typ", .string("JWT"))]
        if let id = key.privateKeyID, !id.isEmpty { header.append(("kid", .string(id))) }
        let issued = Int64(now.timeIntervalSince1970.rounded(.down))
        let claims: [(String, JSONValue)] = [
            ("iss", .string(key.clientEmail)), ("scope", .string(scope)), ("aud", .string(key.tokenURI)),
            ("iat", .number(Double(issued))), ("exp", .number(Double(issued + lifetime))),
        ]
        let signingInput = base64URL(Data(JSONValue.object(header).serialized().utf8)) + "."
            + base64URL(Data(JSONValue.object(claims).serialized().utf8))
        // RS256 is PKCS#1 v1.5 padding (RFC 7518 §3.3); swift-crypto names it insecure
        // only to steer new designs toward PSS, which JWT's RS256 does not use.
        let signature = try key.privateKey.signature(for: SHA256.hash(data: Data(signingInput.utf8)), padding: .insecurePKCS1v1_5)
        return signingInput + "." + base64URL(signature.rawRepresentation)
    }

    /// The token request's form body (`application/x-www-form-urlencoded`).
    public static func tokenRequestBody(assertion: String) -> String {
        "grant_type=" + formEncoded("urn:ietf:params:oauth:grant-type:jwt-bearer") + "&assertion=" + formEncoded(assertion)
    }

    /// The access token from the token endpoint's JSON answer.
    public static func accessToken(from data: Data) throws -> String {
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        guard let token = object?["access_token"] as? String, !token.isEmpty else {
            throw Failure("the token endpoint's answer holds no access_token")
        }
        return token
    }

    /// Why the token endpoint refused, from its OAuth error answer (`error`, `error_description`).
    public static func tokenError(from data: Data) -> String? {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let error = object["error"] as? String else { return nil }
        let description = object["error_description"] as? String
        let hint: String
        switch error {
        case "invalid_grant": hint = "; check the computer's clock, and that the key has not been deleted from the service account"
        case "invalid_client", "unauthorized_client": hint = "; the service account or its key no longer exists"
        default: hint = ""
        }
        return error + (description.map { " (\($0))" } ?? "") + hint
    }

    /// Base64 with the URL alphabet and no padding, as JWS requires.
    public static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingAll("+", with: "-").replacingAll("/", with: "_").replacingAll("=", with: "")
    }

    /// The bytes of base64url text; nil when it is not.
    public static func data(base64URL text: String) -> Data? {
        var base64 = text.replacingAll("-", with: "+").replacingAll("_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }

    private static func formEncoded(_ text: String) -> String {
        // RFC 3986's unreserved characters; `CharacterSet.alphanumerics` would let non-ASCII letters through.
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
