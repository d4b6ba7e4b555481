import Foundation

/// Runs a program and reads what it prints, with `posix_spawnp` directly: Foundation's
/// `Process` took about 50 ms to notice the exit, and git runs twice per build.
enum ChildProcess {
    /// Runs `arguments[0]` (looked up on `PATH`) with standard input and error on
    /// /dev/null; its standard output when it exits with status 0, else nil.
    static func output(_ arguments: [String]) -> [UInt8]? {
        guard let program = arguments.first else { return nil }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        // An opaque pointer on Darwin that `init` allocates; a struct in glibc.
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        let cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        #if canImport(Darwin)
        // Darwin does not declare `environ` to Swift: pass the same variables from Foundation.
        let environment: [UnsafeMutablePointer<CChar>?] =
            ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for variable in environment { free(variable) } }
        let spawned = posix_spawnp(&pid, program, &actions, nil, cArguments, environment)
        #else
        let spawned = posix_spawnp(&pid, program, &actions, nil, cArguments, environ)
        #endif
        close(writeEnd)
        guard spawned == 0 else { close(readEnd); return nil }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { POSIXIO.read(readEnd, $0.baseAddress, $0.count) }
            if count > 0 { data.append(contentsOf: buffer[0..<count]) } else if count == 0 || errno != EINTR { break }
        }
        close(readEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // Exited (not signalled) with status 0.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else { return nil }
        return data
    }
}
