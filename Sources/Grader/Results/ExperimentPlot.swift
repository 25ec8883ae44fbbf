/// A plot drawn for an experiment beside the Markdown report: where it is and what it shows.
public struct ExperimentPlot: Sendable, Codable, Equatable {
    /// The SVG file, relative to the Markdown report's folder.
    public var path: String
    /// What it shows, e.g. `Dropout (keep_prob = 0.86): decision boundary`: the plot's title and its alt text.
    public var caption: String

    /// Creates a plot record.
    public init(path: String, caption: String) {
        self.path = path
        self.caption = caption
    }
}
