import TalkShowCore

/// The readable table of `talkshow facts --format text`.
enum FactTable {
    static func render(_ sheet: FactSheet) -> String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var out = "\(count(sheet.sentences.count, "sentence")), \(count(sheet.facts.count, "fact")), \(count(sheet.article.dropped.count, "line")) left out\n\n"
        let rows = sheet.facts.map { f -> [String] in
            var value = ""
            if let v = f.value { value = number(v) }
            if let lo = f.low, let hi = f.high { value = "\(number(lo))..\(number(hi))" }
            if let from = f.from { value += " from \(number(from))" }
            if let d = f.direction { value += " (\(d.rawValue))" }
            if let u = f.unit { value += " \(u)" }
            if let c = f.currency { value += " \(c)" }
            let where_ = f.sentence.map { "s\($0)" } ?? "label"
            return [f.id, f.kind.rawValue, clip(f.text, 34), value, where_,
                    f.topics.map(\.rawValue).joined(separator: ","), String(format: "%+.2f", f.polarity)]
        }
        let header = ["id", "kind", "text", "value", "where", "topics", "pol"]
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var lines: [String] = []
        lines.reserveCapacity(rows.count + 2)
        func line(_ cells: [String]) -> String {
            var s = ""
            for (i, cell) in cells.enumerated() {
                if i > 0 { s += "  " }
                s += cell
                if i < cells.count - 1 { s += String(repeating: " ", count: max(0, widths[i] - cell.count)) }
            }
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        lines.append(line(header))
        lines.append(line(widths.map { String(repeating: "-", count: $0) }))
        for row in rows { lines.append(line(row)) }
        out += lines.joined(separator: "\n") + "\n"
        if !sheet.article.labels.isEmpty {
            out += "\nlabel boxes:\n"
            for box in sheet.article.labels { out += "  \(box.label): \(box.value)\n" }
        }
        return out
    }

    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return String(StableJSON.rounded(x))
    }

    static func clip(_ s: String, _ n: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= n ? flat : String(flat.prefix(n - 1)) + "…"
    }
}
