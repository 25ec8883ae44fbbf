/// Neighbouring non-passing cases that ended the same way, reported once.
///
/// A compile error, or a stub not implemented, ends every case it touches with the same message and
/// details; reports print such a group once, naming every case in it, instead of repeating diagnostics.
struct CaseGroup {
    /// The cases, in report order; never empty.
    var cases: [CaseResult]

    /// The case that speaks for the group: its status, message, details and output are the group's.
    var first: CaseResult { cases[0] }
    /// Points earned by the group's cases.
    var points: Double { cases.reduce(0) { $0 + $1.points } }
    /// Points the group's cases are worth.
    var maxPoints: Double { cases.reduce(0) { $0 + $1.maxPoints } }

    /// The cases that did not pass, with neighbours that ended identically merged into one group.
    static func nonPassing(_ cases: [CaseResult]) -> [CaseGroup] {
        var groups: [CaseGroup] = []
        for result in cases where result.status != .passed {
            if let last = groups.last?.first, last.endedLike(result) {
                groups[groups.count - 1].cases.append(result)
            } else {
                groups.append(CaseGroup(cases: [result]))
            }
        }
        return groups
    }
}

extension CaseResult {
    /// True when both cases report the same thing: status, error kind, message, details, output and advice.
    fileprivate func endedLike(_ other: CaseResult) -> Bool {
        status == other.status && errorKind == other.errorKind && message == other.message
            && details == other.details && output == other.output && isHidden == other.isHidden && advice == other.advice
    }
}
