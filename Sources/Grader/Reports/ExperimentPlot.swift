/// A plot the Markdown report draws for an experiment beside itself: where it is and what it shows.
struct ExperimentPlot: Equatable {
    /// The SVG file, relative to the Markdown report's folder.
    var path: String
    /// What it shows, e.g. `Dropout (keep_prob = 0.86): decision boundary`: the plot's title and its alt text.
    var caption: String
}
