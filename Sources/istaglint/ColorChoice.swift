import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// When the text report is coloured, for `--color`: `auto` (the default) colours only a
/// terminal and honours `NO_COLOR`; `always` and `never` decide whatever the output is.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto
    case always
    case never

    /// Whether to colour output written to a descriptor (nil: a file named by `--output`).
    func colors(descriptor: Int32?, environment noColor: String? = ColorChoice.noColorVariable()) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            guard let descriptor, noColor?.isEmpty ?? true else { return false }
            return isatty(descriptor) == 1
        }
    }

    /// `NO_COLOR`, as https://no-color.org defines it: set and not empty turns colour off.
    static func noColorVariable() -> String? {
        getenv("NO_COLOR").map { String(cString: $0) }
    }
}
