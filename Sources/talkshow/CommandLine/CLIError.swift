import TalkShowCore

/// An error the CLI reports as `talkshow: error: …` with its exit code.
struct CLIError: Error {
    var message: String
    var code: ExitCode

    static func usage(_ message: String) -> CLIError { CLIError(message: message, code: .usage) }

    /// Maps any error to a message and an exit code: one place for every stage's errors.
    static func from(_ error: Error) -> CLIError {
        if let e = error as? CLIError { return e }
        if let e = error as? ArticleError { return CLIError(message: e.description, code: .dataError) }
        if let e = error as? InputError {
            switch e {
            case .missing, .isDirectory: return CLIError(message: e.description, code: .noInput)
            case .unreadable: return CLIError(message: e.description, code: .ioError)
            case .tooLarge, .streamTooLarge: return CLIError(message: e.description, code: .dataError)
            }
        }
        if let e = error as? ScenarioIssue { return CLIError(message: e.description, code: .dataError) }
        if let e = error as? TranscriptError { return CLIError(message: e.description, code: .dataError) }
        if let e = error as? LabelledCase.CaseError { return CLIError(message: e.description, code: .dataError) }
        if let e = error as? ParameterPath.PathError { return CLIError(message: e.description, code: .usage) }
        if let e = error as? OutputError {
            switch e {
            case .exists: return CLIError(message: e.description, code: .cannotCreate)
            case .cannotCreate: return CLIError(message: e.description, code: .cannotCreate)
            }
        }
        return CLIError(message: "\(error)", code: .failure)
    }
}
