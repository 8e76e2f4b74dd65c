/// The few words the site itself puts around a lesson, in the lesson's language, so a page in
/// Chinese is Chinese from its header to its footer. English for any language not listed.
struct SiteWords: Sendable {
    let previous: String
    let next: String
    /// The name of the previous / next navigation.
    let lessons: String
    let skip: String
    let footer: String
    let position: @Sendable (_ number: Int, _ count: Int) -> String
    /// Cross-references and captions: "Figure 3", "Table 1", "Equation (2)".
    let figure: @Sendable (Int) -> String
    let table: @Sendable (Int) -> String
    let equation: @Sendable (Int) -> String
    /// A section named by its title: "“The data”".
    let section: @Sendable (String) -> String
    /// A cross-reference into another lesson: "Figure 2 of lesson 5"; or the lesson alone.
    let inLesson: @Sendable (String, Int) -> String
    let lesson: @Sendable (Int) -> String
    /// Citations: "Cho et al.", "Hochreiter & Schmidhuber"; "and" between narrative citations.
    let etAl: String
    let authorsAnd: String
    let citationAnd: String
    let references: String
    let permalink: String
    let onThisPage: String
    let callouts: [PageMarkers.Callout: String]
    let search: String
    let searchPlaceholder: String
    let noMatches: String
    /// The number of matches, with `{n}` where the number goes; and the words for one.
    let matches: String
    let oneMatch: String
    /// "How this was made" under each directive, and what it lists.
    let provenance: ProvenanceWords
    let downloads: String
    /// A download link's words for a trained model's JSON.
    let model: String
    /// One of several models of a figure, by its name: "LSTM model (JSON)".
    let namedModel: @Sendable (String) -> String
    /// The theme switch before its script names the theme it switches to.
    let theme: String

    func callout(_ kind: PageMarkers.Callout) -> String { callouts[kind] ?? kind.rawValue.capitalized }

    static func forLanguage(_ language: String) -> SiteWords {
        language.hasPrefix("zh") ? chinese : english
    }

    static let english = SiteWords(
        previous: "Previous", next: "Next", lessons: "Lessons", skip: "Skip to content",
        footer: "Every number, table and figure on these pages was computed by the experiments they describe, "
            + "run on lstmbook’s own recurrent-network engine when the site was built.",
        position: { "Lesson \($0) of \($1)" },
        figure: { "Figure \($0)" }, table: { "Table \($0)" }, equation: { "Equation (\($0))" }, section: { "“\($0)”" },
        inLesson: { "\($0) of lesson \($1)" }, lesson: { "lesson \($0)" },
        etAl: " et al.", authorsAnd: " & ", citationAnd: " and ", references: "References",
        permalink: "Link to this section", onThisPage: "On this page",
        callouts: [.note: "Note", .tip: "Tip", .important: "Important", .warning: "Warning", .caution: "Caution"],
        search: "Search", searchPlaceholder: "Search the lessons", noMatches: "No matches", matches: "{n} matches", oneMatch: "1 match",
        provenance: .english, downloads: "Download", model: "trained model (JSON)",
        namedModel: { "trained \($0) (JSON)" }, theme: "Theme")

    static let chinese = SiteWords(
        previous: "上一课", next: "下一课", lessons: "课程", skip: "跳到正文",
        footer: "本站的每一个数字、表格和图都由页面中描述的实验计算得出，在构建网站时运行于 lstmbook "
            + "自己的循环神经网络引擎。",
        position: { "第 \($0) 课，共 \($1) 课" },
        figure: { "图 \($0)" }, table: { "表 \($0)" }, equation: { "式 (\($0))" }, section: { "“\($0)”" },
        inLesson: { "第 \($1) 课的\($0)" }, lesson: { "第 \($0) 课" },
        etAl: " 等", authorsAnd: " 与 ", citationAnd: "和", references: "参考文献",
        permalink: "本节链接", onThisPage: "本页内容",
        callouts: [.note: "说明", .tip: "提示", .important: "重要", .warning: "警告", .caution: "当心"],
        search: "搜索", searchPlaceholder: "搜索课程", noMatches: "没有找到", matches: "找到 {n} 处", oneMatch: "找到 1 处",
        provenance: .chinese, downloads: "下载", model: "训练好的模型（JSON）",
        namedModel: { "训练好的 \($0)（JSON）" }, theme: "主题")
}

/// The words of a directive's "How this was made" box.
struct ProvenanceWords: Sendable {
    let summary: String
    let options: String
    let option: String
    let value: String
    let byDefault: String
    let engine: String
    /// Before the fingerprints of the engine's and the directives' code.
    let engineCode: String
    let runCode: String
    let command: String
    let runTime: String

    static let english = ProvenanceWords(
        summary: "How this was made", options: "Options, with their defaults filled in", option: "option", value: "value",
        byDefault: "default", engine: "Engine", engineCode: "engine", runCode: "run code", command: "The same numbers from the command line",
        runTime: "Run time is not printed here, so that rebuilding the site gives the same bytes; `lstmbook build` reports it.")

    static let chinese = ProvenanceWords(
        summary: "这是怎么算出来的", options: "选项（含默认值）", option: "选项", value: "值",
        byDefault: "默认", engine: "引擎", engineCode: "引擎代码", runCode: "运行代码", command: "在命令行得到同样的数字",
        runTime: "这里不写运行时间，以便重新构建网站得到完全相同的文件；`lstmbook build` 会报告它。")
}
