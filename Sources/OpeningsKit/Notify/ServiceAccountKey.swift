import Foundation
import _CryptoExtras

/// A Google service account's JSON key file (`--google-key`), as the Cloud console
/// downloads it: the account's address, its RSA private key and where tokens are got.
public struct ServiceAccountKey: Sendable {
    /// `client_email`: the account; the token request's issuer.
    public var clientEmail: String
    /// `private_key_id`: names the key to Google, when the file has it.
    public var privateKeyID: String?
    /// `token_uri`: where the signed assertion is exchanged for an access token.
    public var tokenURI: String
    public var privateKey: _RSA.Signing.PrivateKey

    public init(clientEmail: String, privateKeyID: String? = nil, tokenURI: String, privateKey: _RSA.Signing.PrivateKey) {
        self.clientEmail = clientEmail
        self.privateKeyID = privateKeyID
        self.tokenURI = tokenURI
        self.privateKey = privateKey
    }

    /// Reads the key file at `path`. Every error names the file and says which key to
    /// download; the private key itself is never quoted.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            let why = !FileManager.default.fileExists(atPath: path) ? "there is no such file"
                : FileManager.default.isReadableFile(atPath: path) ? "it is not a file" : "it is not readable (check its permissions)"
            throw Failure("cannot read the Google key file \(path): \(why); give the path of the service account's JSON key")
        }
        try self.init(json: data, source: path)
    }

    public init(json data: Data, source: String) throws {
        let fix = "download a JSON key of the service account (Cloud console → IAM → Service accounts → Keys → Add key → JSON)"
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw Failure("\(source) is not a JSON key file; \(fix)")
        }
        if let type = object["type"] as? String, type != "service_account" {
            throw Failure("\(source) is a `\(type)` credential, not a service account key; \(fix)")
        }
        func field(_ name: String) throws -> String {
            guard let value = object[name] as? String, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Failure("\(source) has no `\(name)`; \(fix)")
            }
            return value
        }
        clientEmail = try field("client_email")
        let pem = try field("private_key")
        tokenURI = try field("token_uri")
        guard tokenURI.lowercased().hasPrefix("https://") || tokenURI.lowercased().hasPrefix("http://") else {
            throw Failure("\(source): `token_uri` `\(tokenURI)` is not an http(s) address; \(fix)")
        }
        privateKeyID = object["private_key_id"] as? String
        do {
            privateKey = try _RSA.Signing.PrivateKey(pemRepresentation: pem)
        } catch {
            throw Failure("\(source): `private_key` is not an RSA private key of 2048 bits or more in PEM form; \(fix)")
        }
    }
}
