/// What the cross-file rules read of the jobs (`SiteValidator`): each one's path, id,
/// slug and department. Holds the jobs themselves, so making it copies nothing; two
/// keys are equal when each job is the very same object as before (an unchanged file
/// gives back its `Job`) or reads the same in those four fields.
struct ValidationKey: Equatable {
    let jobs: [Job]

    static func == (a: ValidationKey, b: ValidationKey) -> Bool {
        guard a.jobs.count == b.jobs.count else { return false }
        return a.jobs.withUnsafeBufferPointer { a in
            b.jobs.withUnsafeBufferPointer { b in
                a.indices.allSatisfy { index in
                    let (x, y) = (a[index], b[index])
                    return x === y || (x.file.relativePath == y.file.relativePath && x.id == y.id && x.slug == y.slug
                                       && x.department == y.department)
                }
            }
        }
    }
}
