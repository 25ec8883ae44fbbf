import Foundation

/// The JUnit `testsuite` named `experiments`: one `testcase` per notebook experiment.
///
/// A case's name is the experiment's name and its classname `experiments.<dataset>`. A training that
/// is off the notebook has `<failure type="wrongAnswer">`; one that did not train (a compile error, a
/// crash, a timeout, a function not implemented) has `<error type="trainingError">`. The suite's
/// properties give the title (and, when it is the only suite, the run's solution and isolation), and per experiment the run's and the notebook's accuracies.
struct ExperimentsJUnit {
    /// The `hostname` attribute of the suite.
    var hostname: String

    /// Writes the suite.
    func writeSuite(
        _ experiments: [ExperimentResult], id: Int, run: RunResult, timestamp: String, to xml: XMLDocumentWriter
    ) throws {
        let line = TextSanitizer.line
        try xml.startElement("testsuite")
        try xml.attribute("name", "experiments")
        try xml.attribute("tests", String(experiments.count))
        try xml.attribute("failures", String(experiments.count(.failed)))
        try xml.attribute("errors", String(experiments.count(.error)))
        try xml.attribute("skipped", "0")
        try xml.attribute("time", JUnitTimes.text(JUnitTimes.suite(experiments)))
        try xml.attribute("timestamp", timestamp)
        try xml.attribute("hostname", line.cleanLine(hostname))
        try xml.attribute("id", String(id))
        try xml.startElement("properties")
        if id == 0 { try JUnitReport.writeRunProperties(run, to: xml) }
        try JUnitReport.writeProperty("experiments.title", "Notebook experiments", to: xml)
        for result in experiments {
            if let train = result.trainAccuracy {
                try JUnitReport.writeProperty("train_accuracy.\(result.name)", ReportNumbers.accuracy(train), to: xml)
            }
            try JUnitReport.writeProperty("notebook_train_accuracy.\(result.name)",
                         ReportNumbers.accuracy(result.notebookResult.trainAccuracy), to: xml)
        }
        try xml.endElement()
        for result in experiments {
            try xml.startElement("testcase")
            try xml.attribute("name", line.cleanLine(result.name))
            try xml.attribute("classname", line.cleanLine("experiments.\(result.dataset)"))
            try xml.attribute("time", JUnitTimes.text(JUnitTimes.milliseconds(result.duration)))
            if result.status != .passed {
                let message = line.cleanLine(result.message)
                try xml.startElement(result.status == .failed ? "failure" : "error")
                try xml.attribute("type", result.status == .failed ? "wrongAnswer" : "trainingError")
                try xml.attribute("message", message)
                let details = TextSanitizer.block.clean(result.details)
                try xml.text(details.isEmpty ? message : "\(message)\n\n\(details)")
                try xml.endElement()
            }
            try xml.endElement()
        }
        try xml.endElement()
    }

}

extension [ExperimentResult] {
    /// How many experiments ended with the given status.
    func count(_ status: ExperimentStatus) -> Int {
        filter { $0.status == status }.count
    }
}
