/// `vacancy:` in a posting: whether it is for a job open now or gathers applications
/// for openings to come. Ontario's Employment Standards Act (s. 8.4) asks every
/// covered posting to say which.
public enum Vacancy: String, Sendable, CaseIterable {
    /// A position that exists and is to be filled.
    case existing
    /// Not an existing vacancy: a talent pool, an evergreen posting, a future need.
    case future
}
