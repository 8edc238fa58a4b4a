import YAMLTree

/// The part of a source line a text report shows under a finding: at most a screen's width
/// around where the finding starts.
public struct Excerpt: Sendable, Hashable {
    /// The text shown (no line break).
    public var text: String
    /// The 1-based column of the text's first character in the line.
    public var firstColumn: Int
    /// Whether the line goes on before the text.
    public var cutBefore: Bool
    /// Whether the line goes on after the text.
    public var cutAfter: Bool

    /// The longest line shown whole.
    public static let width = 160
    /// Characters shown before a finding's start when the line is longer.
    public static let before = 40

    /// The excerpt for a finding that starts at `start`: the whole line when it is at most
    /// `width` characters, otherwise a window of that width around the start. Nil when the
    /// window is not text (a NUL byte, invalid UTF-8): a report then gives only the position.
    public init?(around start: Mark, in source: SourceText) {
        var window = source.window(around: start.offset, before: Excerpt.width, after: Excerpt.width)
        let whole =
            !window.cutBefore && !window.cutAfter
            && String(decoding: source.bytes[window.bytes], as: UTF8.self).unicodeScalars.count <= Excerpt.width
        if !whole {
            window = source.window(around: start.offset, before: Excerpt.before, after: Excerpt.width - Excerpt.before)
        }
        let bytes = source.bytes[window.bytes]
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        self.text = text
        firstColumn = start.column - window.scalarsBefore
        cutBefore = window.cutBefore
        cutAfter = window.cutAfter
    }

    /// An excerpt from text already in hand (tests, hand-made reports).
    public init(text: String, firstColumn: Int = 1, cutBefore: Bool = false, cutAfter: Bool = false) {
        self.text = text
        self.firstColumn = firstColumn
        self.cutBefore = cutBefore
        self.cutAfter = cutAfter
    }
}
