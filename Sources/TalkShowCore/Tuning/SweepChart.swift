import Foundation

/// A self-contained SVG chart of a sweep: each persona's final stance against the
/// parameter, the neutral band shaded, and a dashed line where the verdict changes.
public enum SweepChart {
    static let palette = ["#c0392b", "#2471a3", "#1e8449", "#b9770e", "#7d3c98", "#117a65", "#6e2c00", "#34495e"]

    public static func svg(_ sweep: Sweep) -> String {
        let width = 760.0, height = 440.0
        let left = 64.0, right = 170.0, top = 40.0, bottom = 56.0
        let plotW = width - left - right, plotH = height - top - bottom
        let values = sweep.steps.map(\.value)
        let lo = values.first ?? 0, hi = max(values.last ?? 1, lo + 1e-9)
        func x(_ v: Double) -> Double { left + (v - lo) / (hi - lo) * plotW }
        func y(_ s: Double) -> Double { top + (1 - (s + 1) / 2) * plotH }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var out = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
        <title>Sweep of \(escape(sweep.path.text))</title>
        <rect width="100%" height="100%" fill="white"/>
        <text x="\(f(left))" y="22" font-size="15" font-weight="bold">Final stances as \(escape(sweep.path.text)) varies</text>

        """
        // Neutral band and axes.
        out += "<rect x=\"\(f(left))\" y=\"\(f(y(sweep.neutralBand)))\" width=\"\(f(plotW))\" height=\"\(f(y(-sweep.neutralBand) - y(sweep.neutralBand)))\" fill=\"#eeeeee\"/>\n"
        out += "<text x=\"\(f(left + 6))\" y=\"\(f(y(sweep.neutralBand) + 14))\" fill=\"#777\">neutral band ±\(String(format: "%.2f", sweep.neutralBand))</text>\n"
        for tick in stride(from: -1.0, through: 1.0, by: 0.5) {
            out += "<line x1=\"\(f(left))\" y1=\"\(f(y(tick)))\" x2=\"\(f(left + plotW))\" y2=\"\(f(y(tick)))\" stroke=\"#dddddd\"/>\n"
            out += "<text x=\"\(f(left - 8))\" y=\"\(f(y(tick) + 4))\" text-anchor=\"end\">\(String(format: "%+.1f", tick))</text>\n"
        }
        out += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + plotH))\" stroke=\"#333\"/>\n"
        out += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotH))\" x2=\"\(f(left + plotW))\" y2=\"\(f(top + plotH))\" stroke=\"#333\"/>\n"
        for k in 0...4 {
            let v = lo + (hi - lo) * Double(k) / 4
            out += "<text x=\"\(f(x(v)))\" y=\"\(f(top + plotH + 18))\" text-anchor=\"middle\">\(String(format: "%g", StableJSON.rounded(v)))</text>\n"
        }
        out += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 12))\" text-anchor=\"middle\">\(escape(sweep.path.text))</text>\n"
        out += "<text transform=\"translate(16 \(f(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\">final stance (bearish − / bullish +)</text>\n"
        // Verdict changes.
        for (a, b) in zip(sweep.steps, sweep.steps.dropFirst()) where a.outcome.lean != b.outcome.lean {
            let mid = x((a.value + b.value) / 2)
            out += "<line x1=\"\(f(mid))\" y1=\"\(f(top))\" x2=\"\(f(mid))\" y2=\"\(f(top + plotH))\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>\n"
            out += "<text x=\"\(f(mid + 3))\" y=\"\(f(top + 12))\" fill=\"#555\">→ \(label(b.outcome))</text>\n"
        }
        // One line per persona.
        for (i, name) in sweep.names.enumerated() {
            let color = palette[i % palette.count]
            let points = sweep.steps.map { "\(f(x($0.value))),\(f(y($0.outcome.stances[i])))" }.joined(separator: " ")
            out += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points)\"/>\n"
            let ly = top + 16 + Double(i) * 20
            out += "<line x1=\"\(f(left + plotW + 16))\" y1=\"\(f(ly - 4))\" x2=\"\(f(left + plotW + 36))\" y2=\"\(f(ly - 4))\" stroke=\"\(color)\" stroke-width=\"3\"/>\n"
            out += "<text x=\"\(f(left + plotW + 42))\" y=\"\(f(ly))\">\(escape(name))</text>\n"
        }
        let first = sweep.steps.first.map { label($0.outcome) } ?? ""
        out += "<text x=\"\(f(left + plotW + 16))\" y=\"\(f(top + 40 + Double(sweep.names.count) * 20))\" fill=\"#555\">at start: \(escape(first))</text>\n"
        out += "</svg>\n"
        return out
    }

    static func label(_ o: PanelEvaluator.Outcome) -> String {
        o.kind == .consensus ? "consensus \(o.side?.rawValue ?? "")" : "no consensus"
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
