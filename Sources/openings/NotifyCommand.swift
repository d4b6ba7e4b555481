import ArgumentParser
import Foundation
import OpeningsKit

struct NotifyCommand: ParsableCommand, AsyncRunnable {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Tell search engines which job pages a deploy added, changed or removed.",
        discussion: """
            Compares the output folder's jobs.json (the build just deployed) with PREVIOUS and prints \
            one line per job page added, changed or removed. With --send, submits them to IndexNow \
            (when site.yml has indexnow_key) and publishes them to Google's Indexing API (with \
            --google-key: URL_UPDATED, or URL_DELETED for a removed page). Without --send nothing is \
            sent. PREVIOUS: a jobs.json (path or http(s) address) or a git revision of the site \
            (HEAD~1, a tag), built in memory as of that commit's date. Exit status: 0 all sent (or a \
            dry run), 1 a URL was not sent, 2 an input could not be read. See docs/notify.md.
            """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The deploy before: its jobs.json (a path or an http(s) address) or a git revision of the site (HEAD~1, a tag).",
                                            valueName: "previous"))
    var since: String

    @Option(name: .long, help: ArgumentHelp("The output folder of the deployed build, holding its jobs.json (default: <site>/Public).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Send the notifications; without it, only print what would be sent.")
    var send = false

    @Option(name: .customLong("google-key"), help: ArgumentHelp("A Google service account's JSON key: also publish to Google's Indexing API.", valueName: "file"))
    var googleKey: String?

    @Option(name: .customLong("google-quota"), help: ArgumentHelp("Publish at most this many URLs to Google (its default daily quota is 200).", valueName: "n"))
    var googleQuota = NotifyPlan.defaultGoogleQuota

    @Option(name: .customLong("indexnow-endpoint"), help: ArgumentHelp("Where IndexNow submissions go.", valueName: "url"))
    var indexNowEndpoint = IndexNowRequest.endpoint

    @Option(name: .customLong("google-endpoint"), help: ArgumentHelp("The Indexing API's base address (batches go to <url>/batch).", valueName: "url"))
    var googleEndpoint = IndexingBatch.endpoint

    func validate() throws {
        guard googleQuota >= 0 else { throw ValidationError("--google-quota must be 0 or more") }
        for (option, value) in [("--indexnow-endpoint", indexNowEndpoint), ("--google-endpoint", googleEndpoint)]
            where !SourceFetcher.isAddress(value) || BaseURL(value) == nil {
            throw ValidationError("\(option) must be an absolute http(s) address, e.g. https://api.indexnow.org/indexnow")
        }
    }

    /// Where `openings build` writes by default: `<site>/Public`.
    var outputFolder: String {
        let site = siteOptions.site
        return output ?? (site.hasSuffix("/") ? site + "Public" : site + "/Public")
    }

    func runAsync() async throws {
        let site = siteOptions.site
        let settings = try ImportCommand.unreadable { try NotifySettings(siteFolder: site) }
        guard settings.indexNowKey != nil || googleKey != nil else {
            Output.error("""
                error: nothing to notify: set `indexnow_key:` in \(SiteFiles.displayPath("Content/site.yml", root: site)) \
                (8 to 128 letters, digits or hyphens; the build publishes it as <key>.txt) to tell IndexNow's engines, \
                and/or pass --google-key FILE (a service account's JSON key) to tell Google's Indexing API; see docs/notify.md
                """)
            throw ExitCode(2)
        }
        let key = try googleKey.map { path in try ImportCommand.unreadable { try ServiceAccountKey(contentsOf: path) } }
        let current = try ImportCommand.unreadable { try currentJobs(languageFolders: settings.languageFolders) }
        let previous = try await ImportCommand.unreadable { try await previousJobs(languageFolders: settings.languageFolders) }
        let changes = JobChanges(from: previous, to: current)
        for change in changes.all {
            Output.line(change.kind.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + " " + change.url)
        }
        guard !changes.isEmpty else {
            Output.error("no job page was added, changed or removed since \(since); nothing to send")
            return
        }
        // The URLs are the deployed build's (its `--base-url`, if it had one), so the key file is looked for there too.
        let siteURL = current.siteURL.flatMap(BaseURL.init) ?? settings.baseURL
        let plan = NotifyPlan(changes: changes, indexNowSite: settings.indexNowKey == nil ? nil : siteURL, google: key != nil,
                              googleQuota: googleQuota)
        let counts = "\(changes.count(.added)) added, \(changes.count(.changed)) changed, \(changes.count(.removed)) removed"

        guard send else {
            describe(plan, indexNowKey: settings.indexNowKey, key: key, site: siteURL)
            Output.error("dry run (\(counts)): nothing was sent; add --send to send")
            return
        }
        let transport = NotifyHTTPTransport()
        let sender = NotifySender(transport: transport)
        var results: [NotifyResult] = []
        if let urls = plan.indexNow, let indexNowKey = settings.indexNowKey {
            var result = await sender.indexNow(urls, key: indexNowKey, site: siteURL, endpoint: indexNowEndpoint)
            result.fail(plan.outsideIndexNowSite, plan.outsideReason)
            results.append(result)
        }
        if let calls = plan.google, let key {
            var result = await sender.google(calls, key: key, endpoint: googleEndpoint)
            result.fail(plan.overGoogleQuota, plan.overQuotaReason)
            results.append(result)
        }
        await transport.shutdown()
        var failed = false
        for result in results {
            for notSent in result.notSent {
                Output.error("\(result.service.rawValue): not sent: \(notSent.change.url) (\(notSent.change.kind.rawValue)): \(notSent.reason)")
            }
            for note in result.notes { Output.error("\(result.service.rawValue): note: \(note)") }
            let total = result.sent.count + result.notSent.count
            let requests = result.service == .indexNow ? plural(result.requests, "request") : plural(result.requests, "batch", "batches")
            Output.error("\(result.service.rawValue): \(result.sent.count) of \(plural(total, "URL")) sent in \(requests)"
                         + (result.notSent.isEmpty ? "" : "; \(result.notSent.count) not sent"))
            failed = failed || !result.notSent.isEmpty
        }
        Output.error(failed ? "not all sent (\(counts)): the URLs above were not sent" : "all sent (\(counts))")
        if failed { throw ExitCode(1) }
    }

    /// The dry run's account of what each service would be sent.
    private func describe(_ plan: NotifyPlan, indexNowKey: String?, key: ServiceAccountKey?, site: BaseURL) {
        if let urls = plan.indexNow, let indexNowKey {
            for change in plan.outsideIndexNowSite {
                Output.error("IndexNow: would not be sent: \(change.url) (\(change.kind.rawValue)): \(plan.outsideReason)")
            }
            let requests = IndexNowRequest.requests(for: urls.map(\.url), key: indexNowKey, site: site)
            Output.error("IndexNow: would submit \(plural(urls.count, "URL")) in \(plural(requests.count, "request")) to \(indexNowEndpoint)"
                         + " (host \(requests.first?.host ?? ""), key file \(requests.first?.keyLocation ?? ""))")
        } else {
            Output.error("IndexNow: off (no indexnow_key in site.yml)")
        }
        if let calls = plan.google, let key {
            for change in plan.overGoogleQuota {
                Output.error("Google Indexing API: would not be sent: \(change.url) (\(change.kind.rawValue)): \(plan.overQuotaReason)")
            }
            let deleted = calls.count { $0.kind == .removed }
            let batches = (calls.count + IndexingBatch.maximumCalls - 1) / IndexingBatch.maximumCalls
            Output.error("Google Indexing API: would publish \(plural(calls.count, "URL")) (\(calls.count - deleted) URL_UPDATED, "
                         + "\(deleted) URL_DELETED) in \(plural(batches, "batch", "batches")) to \(googleEndpoint) as \(key.clientEmail)"
                         + (plan.overGoogleQuota.isEmpty ? "" : "; \(plan.overGoogleQuota.count) over the quota of \(plan.googleQuota)"))
        } else {
            Output.error("Google Indexing API: off (no --google-key)")
        }
    }

    /// The deployed build's jobs, from the output folder (every language's jobs.json).
    private func currentJobs(languageFolders: [String]) throws -> PublishedJobs {
        let path = (outputFolder.hasSuffix("/") ? outputFolder : outputFolder + "/") + "jobs.json"
        guard FileManager.default.fileExists(atPath: path) else {
            throw OpeningsKit.Failure("no \(path): run `openings build` first (notify compares the build you deploy with the one before)")
        }
        do {
            return try PublishedJobs(contentsOf: path, languageFolders: languageFolders)
        } catch let failure as OpeningsKit.Failure {
            // The output is ours to make again, which the general advice does not say.
            throw OpeningsKit.Failure("\(failure.description); run `openings build` again to rewrite it")
        }
    }

    /// The jobs of the deploy before, read from what `--since` names: every language's
    /// (a file's or an address's `de/jobs.json` beside it; a revision's whole build).
    private func previousJobs(languageFolders: [String]) async throws -> PublishedJobs {
        switch try PreviousDeploy(since, siteFolder: siteOptions.site) {
        case .file(let path):
            return try PublishedJobs(contentsOf: path, languageFolders: languageFolders)
        case .address(let address):
            var jobs = try PublishedJobs(json: try await SourceFetcher.fetch(address, userAgent: "openings-notify"), source: address)
            if address.hasSuffix("jobs.json") {
                for language in languageFolders {
                    let beside = String(address.dropLast("jobs.json".count)) + language + "jobs.json"
                    let data: Data
                    do {
                        data = try await SourceFetcher.fetch(beside, userAgent: "openings-notify")
                    } catch let failure as OpeningsKit.Failure where failure.description.contains(" answered 404 ") {
                        continue // a deploy from before the language was added has none: its pages are all new
                    }
                    jobs = jobs.merging(try PublishedJobs(json: data, source: beside))
                }
            }
            return jobs
        case .revision(let commit, let name):
            let text = try SiteAtRevision.jobsJSON(siteFolder: siteOptions.site, commit: commit, name: name)
            return try PublishedJobs(json: Data(text.utf8), source: "the jobs.json of \(name)")
        }
    }

    private func plural(_ count: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? word : plural ?? word + "s")
    }
}
