/// What an option can change. The cache key holds the options that change the run and no
/// others, so a new caption or tolerance re-renders a page without rerunning its experiment.
public enum OptionEffect: String, Sendable {
    /// The experiment's numbers: part of the cache key; `run` sees it.
    case run
    /// Only how the numbers are shown (captions, views, language, drift tolerance); `run` sees
    /// its default whatever the lesson says, so a run cannot depend on it by mistake.
    case presentation
}
