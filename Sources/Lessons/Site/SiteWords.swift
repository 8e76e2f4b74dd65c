/// The few words the site itself puts around a lesson, in the lesson's language, so a page in
/// Chinese is Chinese from its header to its footer. English for any language not listed.
struct SiteWords: Sendable {
    let previous: String
    let next: String
    let skip: String
    let footer: String
    let position: @Sendable (_ number: Int, _ count: Int) -> String

    static func forLanguage(_ language: String) -> SiteWords {
        language.hasPrefix("zh") ? chinese : english
    }

    static let english = SiteWords(
        previous: "Previous", next: "Next", skip: "Skip to content",
        footer: "Every number, table and figure on these pages was computed by the experiments they describe, run on lstmbook’s own recurrent-network engine when the site was built.",
        position: { "Lesson \($0) of \($1)" })

    static let chinese = SiteWords(
        previous: "上一课", next: "下一课", skip: "跳到正文",
        footer: "本站的每一个数字、表格和图都由页面中描述的实验计算得出，在构建网站时运行于 lstmbook 自己的循环神经网络引擎。",
        position: { "第 \($0) 课，共 \($1) 课" })
}
