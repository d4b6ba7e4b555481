/// The API address behind a job board's public page, so `openings import lever
/// https://jobs.lever.co/acme` works as well as the API address itself: each vendor
/// serves its board at one address and its API at another, and people copy the first.
public enum JobBoardURL {
    /// The API address for `url` (unchanged when it already is one or is not the
    /// vendor's board page).
    public static func api(for url: String, vendor: JobBoardImporter.Vendor) -> String {
        guard let board = boardName(in: url, vendor: vendor) else { return url }
        return api(board: board, vendor: vendor, europe: url.contains("jobs.eu.lever.co"))
    }

    /// The API address of the board named `board` (`BOARD` for help texts).
    public static func api(board: String, vendor: JobBoardImporter.Vendor, europe: Bool = false) -> String {
        switch vendor {
        case .greenhouse: return "https://boards-api.greenhouse.io/v1/boards/\(board)/jobs?content=true"
        // Lever serves EU accounts from its own host (its API's README says so).
        case .lever: return "https://api\(europe ? ".eu" : "").lever.co/v0/postings/\(board)?mode=json"
        case .ashby: return "https://api.ashbyhq.com/posting-api/job-board/\(board)?includeCompensation=true"
        }
    }

    private static let boardHosts: [JobBoardImporter.Vendor: [String]] = [
        // Greenhouse's EU boards (`job-boards.eu.greenhouse.io`) are left as given: their
        // API host is not documented where we could check it.
        .greenhouse: ["boards.greenhouse.io", "job-boards.greenhouse.io"],
        .lever: ["jobs.lever.co", "jobs.eu.lever.co"],
        .ashby: ["jobs.ashbyhq.com"],
    ]

    /// `acme` in `https://jobs.lever.co/acme` or `https://boards.greenhouse.io/acme/`.
    static func boardName(in url: String, vendor: JobBoardImporter.Vendor) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let parts = rest.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count == 2, let host = parts.first?.lowercased(), boardHosts[vendor]?.contains(host) == true else { return nil }
        let name = parts[1].split(separator: "?").first.map(String.init) ?? ""
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") })
        else { return nil }
        return name
    }
}
