/// The `language` option of directives whose figures carry words: English or Chinese.
enum Language: String, OptionChoice {
    case en, zh
}
