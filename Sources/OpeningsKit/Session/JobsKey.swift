/// The jobs a whole-site result was made from and the fields of them it reads (the
/// cross-file rules of `SiteValidator`: path, id, slug, department; the order of
/// `SiteResolver`: department, title, slug). Holds the jobs themselves, so making it
/// copies nothing; two keys are equal when each job is the very same object as before
/// (an unchanged file gives back its `Job`) or reads the same in those fields.
struct JobsKey: Equatable {
    let jobs: [Job]
    let fields: [KeyPath<Job, String>]

    static func == (a: JobsKey, b: JobsKey) -> Bool {
        guard a.jobs.count == b.jobs.count, a.fields == b.fields else { return false }
        return a.jobs.withUnsafeBufferPointer { x in
            b.jobs.withUnsafeBufferPointer { y in
                x.indices.allSatisfy { index in
                    x[index] === y[index] || a.fields.allSatisfy { x[index][keyPath: $0] == y[index][keyPath: $0] }
                }
            }
        }
    }
}
