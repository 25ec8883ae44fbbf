@testable import Grader
import Testing

@Test func groupsDigitsInThrees() {
    #expect(ReportNumbers.grouped(0) == "0")
    #expect(ReportNumbers.grouped(999) == "999")
    #expect(ReportNumbers.grouped(1_000) == "1,000")
    #expect(ReportNumbers.grouped(1_234_567) == "1,234,567")
}

@Test func formatsPointsAndSeconds() {
    #expect(ReportNumbers.points(2) == "2")
    #expect(ReportNumbers.points(7.5) == "7.5")
    #expect(ReportNumbers.points(1.0 / 3.0) == "0.33")
    #expect(ReportNumbers.seconds(1.23456) == "1.235")
    #expect(ReportNumbers.seconds(-0.5) == "0.000")
    #expect(ReportNumbers.seconds(.nan) == "0.000")
}

@Test func formatsTheShareOfPointsAsAPercentage() {
    #expect(ReportNumbers.percent(123, of: 189) == "65.1%")
    #expect(ReportNumbers.percent(0, of: 189) == "0.0%")
    #expect(ReportNumbers.percent(189, of: 189) == "100.0%")
    #expect(ReportNumbers.percent(2, of: 3) == "66.7%")
    #expect(ReportNumbers.percent(0, of: 0) == "100.0%")
}

@Test func aScoreOfAtMostOnePointSaysPoint() {
    #expect(ReportNumbers.scoreInPoints(0, of: 1) == "0 / 1 point")
    #expect(ReportNumbers.scoreInPoints(7.5, of: 10) == "7.5 / 10 points")
    #expect(ReportNumbers.scoreInPoints(0, of: 0) == "0 / 0 points")
}
