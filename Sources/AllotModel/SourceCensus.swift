import CYaml
import Foundation

/// Counts a document's values as libyaml streams them, refusing one too large to build.
///
/// Building the located tree costs a few hundred bytes per value, so a 64 MiB file of short
/// rows would take gigabytes and minutes before the decoder could say it has too many mentors.
/// This pass holds only the current nesting path and the anchors' sizes, so it refuses by
/// counts — a list or mapping longer than ``SourceLimits/maximumEntries``, more than
/// ``SourceLimits/maximumNodes`` values (aliases expanded), nesting deeper than
/// ``SourceLimits/maximumDepth`` — in time proportional to the text and constant memory.
/// It is the only file of this module that calls libyaml directly.
enum SourceCensus {
    /// One open list or mapping.
    private struct Frame {
        let isMapping: Bool
        /// This container's field path segment: a key, or `[index]` in a list.
        let segment: String
        let location: SourceLocation
        /// Values counted before this container began (for its anchor's size).
        let nodesBefore: Int
        let anchor: String?
        /// Items so far; for a mapping, keys and values both count.
        var children = 0
        /// The last key read, when this is a mapping.
        var lastKey = ""
    }

    /// The refusal for a document over a limit, or nil when it is within every limit or is
    /// malformed (the full parser then reports the syntax error in its usual words).
    static func refusal(in text: String) -> SourceSyntaxError? {
        var text = text
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var census = Counter()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let refusal = census.count(event) { return refusal }
            }
        }
    }

    private struct Counter {
        var frames: [Frame] = []
        var nodes = 0
        var anchorSizes: [String: Int] = [:]
        var sawAlias = false

        mutating func count(_ event: yaml_event_t) -> SourceSyntaxError? {
            let here = SourceLocation.file(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_SCALAR_EVENT:
                let (_, refusal) = enter(key: Self.text(event.data.scalar.value, length: event.data.scalar.length))
                if let anchor = Self.text(event.data.scalar.anchor) { anchorSizes[anchor] = 1 }
                return refusal ?? grow(by: 1, at: here)
            case YAML_ALIAS_EVENT:
                let (_, refusal) = enter(key: nil)
                sawAlias = true
                let size = Self.text(event.data.alias.anchor).flatMap { anchorSizes[$0] } ?? 1
                return refusal ?? grow(by: size, at: here)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = Self.text(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                let (segment, refusal) = enter(key: nil)
                if let refusal { return refusal }
                if frames.count >= SourceLimits.maximumDepth { return .tooDeep(at: here) }
                frames.append(
                    Frame(isMapping: isMapping, segment: segment, location: here, nodesBefore: nodes, anchor: anchor))
                return grow(by: 1, at: here)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let frame = frames.popLast(), let anchor = frame.anchor { anchorSizes[anchor] = nodes - frame.nodesBefore }
                return nil
            default:
                return nil
            }
        }

        /// Counts a new value in the open container, refusing it past ``SourceLimits/maximumEntries``;
        /// returns the value's path segment.
        private mutating func enter(key: String?) -> (segment: String, refusal: SourceSyntaxError?) {
            guard let last = frames.indices.last else { return ("", nil) }
            frames[last].children += 1
            let parent = frames[last]
            let segment: String
            if parent.isMapping {
                let isKey = !parent.children.isMultiple(of: 2)
                if isKey { frames[last].lastKey = key ?? "?" }
                segment = isKey ? "" : parent.lastKey
            } else {
                segment = "[\(parent.children - 1)]"
            }
            let entries = parent.isMapping ? (parent.children + 1) / 2 : parent.children
            guard entries > SourceLimits.maximumEntries else { return (segment, nil) }
            let path = frames.map(\.segment).reduce("") { path, segment in
                segment.isEmpty ? path : segment.hasPrefix("[") || path.isEmpty ? path + segment : path + "." + segment
            }
            let name = path.isEmpty ? "the top-level mapping" : "`\(path)`"
            let limit = Formatting.money(Double(SourceLimits.maximumEntries))
            let refusal = SourceSyntaxError(
                message: "\(name) has more than \(limit) \(parent.isMapping ? "keys" : "entries"); at most \(limit) "
                    + "are supported; split the scenario into several files",
                location: parent.location)
            return (segment, refusal)
        }

        /// Adds `size` values (an alias adds its anchor's), refusing past ``SourceLimits/maximumNodes``.
        private mutating func grow(by size: Int, at location: SourceLocation) -> SourceSyntaxError? {
            nodes += size
            guard nodes > SourceLimits.maximumNodes else { return nil }
            let limit = Formatting.money(Double(SourceLimits.maximumNodes))
            let cause =
                sawAlias
                ? "the document expands to more than \(limit) values through its aliases (*name); "
                    + "write the values out or split the file"
                : "the file holds more than \(limit) values (numbers, names, list entries); "
                    + "shorten the value lists or split the scenario into several files"
            return SourceSyntaxError(message: cause, location: location)
        }

        private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int? = nil) -> String? {
            guard let pointer else { return nil }
            let count = length ?? strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
            return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
        }
    }
}
