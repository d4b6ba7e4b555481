/// "Remote from": where a job can be done from, for the listings' filter and the
/// `remote-from/<code>/` pages (docs/themes.md, "Remote from").
///
/// A job is under the countries of its `remote_countries:` when it is remote or hybrid
/// (the posting says a hire may live there; an on-site job's are ignored, and `check`
/// says so). A remote job without `remote_countries` does not say where a hire may
/// live, so it is under no country: listing it under every one would promise what the
/// posting does not. It stays under the Remote workplace, and `check` asks for the
/// countries (search engines want them too).
enum RemoteFrom {
    /// The job's countries as the filter's values: lower-case ISO 3166-1 alpha-2
    /// codes, each once, as written (`us`, the last part of `remote-from/us/`).
    static func values(_ job: Job) -> [String] {
        guard job.workplace != .onsite, !job.remoteCountries.isEmpty else { return [] }
        var seen: Set<String> = []
        return job.remoteCountries.map { $0.lowercased() }.filter { seen.insert($0).inserted }
    }

    /// The name readers see for a value of `values`, in the page's language: the one
    /// place the filter and the page titles look a country's name up.
    static func countryName(_ value: String, names: PlaceNames) -> String {
        names.country(value.uppercased())
    }
}
