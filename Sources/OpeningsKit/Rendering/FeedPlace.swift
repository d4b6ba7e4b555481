/// One place a job is advertised at in the job-board feeds. Indeed and LinkedIn both
/// take one entry per place, not a list of places in one entry: Indeed "The same job
/// posted in multiple locations must have a unique value for this element"
/// (`referencenumber`, docs.indeed.com/indeed-apply/xml-feed) and "Each job needs its
/// own unique location, unique reference number"; LinkedIn "Separate jobs need to be
/// created for different cities/locations" (`location`,
/// learn.microsoft.com/linkedin/talent/job-postings/xml-feeds-development-guide).
struct FeedPlace: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A place of `locations:`, structured or free text.
        case location(JobLocation)
        /// A remote job's country of `remote_countries:` that no location names.
        case remoteCountry(String)
        /// A remote job with neither a place nor a country.
        case remoteAnywhere
    }

    /// Names the place within its job, the same in every build while the place is
    /// unchanged: a location's slug (`denver-co-us`), `remote-us`, `remote`.
    var key: String
    var kind: Kind

    /// The places `job` is advertised at, in the order the page lists them: its
    /// locations, then (for a remote job, or a hybrid one that names no office, as
    /// `Job.hasSearchableLocation` reads it) each country hires may live in that no location
    /// is in; a job with neither is one place, "remote".
    static func places(of job: Job) -> [FeedPlace] {
        var result: [FeedPlace] = []
        var keys: Set<String> = []
        func add(_ key: String, _ kind: Kind) {
            // Two places whose slugs are alike (text with no Latin letters slugs to
            // `location`) stay apart: the second gets a number.
            var unique = key, number = 1
            while !keys.insert(unique).inserted {
                number += 1
                unique = "\(key)-\(number)"
            }
            result.append(FeedPlace(key: unique, kind: kind))
        }
        var seen: Set<JobLocation> = []
        for (location, place) in zip(job.locations, job.places) where seen.insert(location).inserted {
            add(place.slug, .location(location))
        }
        if job.workplace == .remote || (job.workplace == .hybrid && result.isEmpty) {
            let covered = Set(job.locations.compactMap { $0.text == nil ? $0.country : nil })
            for country in job.remoteCountries where !covered.contains(country) {
                add("remote-" + country.lowercased(), .remoteCountry(country))
            }
        }
        if result.isEmpty { add("remote", .remoteAnywhere) }
        return result
    }

    /// A region's name as a job board shows it beside the city (`PlaceNames.regionName`:
    /// `London`, not ISO's `London, City of`), or the code when ISO 3166-2 has no name.
    static func regionName(_ region: String, in country: String) -> String {
        PlaceNames.regionName(region, in: country) ?? region
    }

    /// The identifier of one job at one place, for Indeed's `referencenumber` and
    /// LinkedIn's `partnerJobId`: `ENG-1@denver-co-us`. Made from the job's id and the
    /// place's key, never from positions, so an entry keeps its identifier when other
    /// jobs or places come and go.
    ///
    /// Distinct for distinct (id, key) pairs: the key is a slug (letters, digits and
    /// `-`), so the part after the last `@` is the key and the rest the id. Longer than
    /// `maximumLength` (LinkedIn allows 40 characters), it becomes the id's first letters
    /// and digits, `~` and 16 hex digits of a hash of the pair: a form with `~` and no `@`,
    /// which no short form has, distinct from another long one unless 64-bit hashes
    /// collide.
    static func identifier(jobID: String, key: String, maximumLength: Int? = nil) -> String {
        let full = jobID + "@" + key
        guard let maximumLength, full.utf8.count > maximumLength else { return full }
        // FNV-1a over the id, a NUL (which no key holds) and the key.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in jobID.utf8 + [0] + key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        let digits = String(repeating: "0", count: 16 - hex.count) + hex
        var prefix = ""
        for scalar in jobID.unicodeScalars where prefix.count < maximumLength - 17 {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == "." {
                prefix.unicodeScalars.append(scalar)
            }
        }
        return prefix + "~" + digits
    }
}
