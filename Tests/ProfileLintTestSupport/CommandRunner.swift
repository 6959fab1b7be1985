import Foundation

/// What a spawned command did.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs the built `profilelint` binary, as ArgumentParser's `AssertExecuteCommand` does.
public enum CommandRunner {
    /// Runs `profilelint` with `arguments` in `directory`, feeding `stdin`; the environment gets `extraEnvironment`.
    public static func profilelint(
        _ arguments: [String], stdin: String? = nil, in directory: String? = nil,
        environment extraEnvironment: [String: String] = [:]
    ) throws -> CommandResult {
        try run(TestPaths.binary, arguments, stdin: stdin, in: directory, environment: extraEnvironment)
    }

    /// Runs any executable.
    public static func run(
        _ executable: String, _ arguments: [String], stdin: String? = nil,
        in directory: String? = nil, environment extraEnvironment: [String: String] = [:]
    ) throws
        -> CommandResult
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? TestPaths.repositoryRoot)
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NO_COLOR")
        for (key, value) in extraEnvironment { environment[key] = value }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        // Read both pipes while the process runs so a full pipe can't block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { outData = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = errors.fileHandleForReading.readDataToEndOfFile() }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary directory holding `files` (relative path → text), removed by the caller.
    public static func temporaryDirectory(with files: [String: String]) throws -> String {
        let directory = try temporaryDirectory()
        for (name, text) in files {
            let path = directory + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        return directory
    }

    /// A fresh temporary directory, removed by the caller.
    public static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "profilelint-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
