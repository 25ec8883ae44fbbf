import Foundation
import Testing

/// The shipped fixture files (`Sources/Fixtures/Resources/<exercise>.json`), read with
/// `JSONSerialization`, independently of the grader's loader: what the grader's output is checked against.
enum ShippedFixtures {
    /// One case of a fixture file as JSON.
    typealias Case = [String: Any]

    /// Every exercise's cases, in the file's order, by exercise name.
    static func all() throws -> [String: [Case]] {
        let folder = GraderProcess.packageRoot.appendingPathComponent("Sources/Fixtures/Resources")
        var exercises: [String: [Case]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let file = try JSONSerialization.jsonObject(with: data) as! [String: Any]
            exercises[file["exercise"] as! String] = (file["cases"] as! [Case])
        }
        return exercises
    }

    /// One exercise's cases, in the file's order.
    static func cases(of exercise: String) throws -> [Case] {
        try #require(try all()[exercise], "no fixture file for \(exercise)")
    }

    /// The points of the given cases together.
    static func points(_ cases: [Case]) -> Double {
        cases.reduce(0) { $0 + ($1["points"] as! Double) }
    }

    /// Points as the grader writes them: `3`, `2.5`.
    static func written(_ points: Double) -> String {
        points == points.rounded() ? String(Int(points)) : String(points)
    }

    /// The number of cases in all the files.
    static func caseCount() throws -> Int {
        try all().values.reduce(0) { $0 + $1.count }
    }

    /// The names the reports give `cases` (one exercise's, in order) when hidden cases are not revealed:
    /// a public case's id, `<function>[hidden n]` for the n-th hidden case of its function.
    static func reportNames(_ cases: [Case]) -> [String] {
        var hiddenCount: [String: Int] = [:]
        return cases.map { fixtureCase in
            let id = fixtureCase["id"] as! String
            guard fixtureCase["visibility"] as? String == "hidden" else { return id }
            let function = fixtureCase["function"] as! String
            hiddenCount[function, default: 0] += 1
            return "\(function)[hidden \(hiddenCount[function]!)]"
        }
    }
}
