extension CellDiagram {
    /// The words written on the diagrams, so a lesson in another language labels them in its
    /// own. A gate's name may take two lines (["forget", "gate"]); a line is at most about
    /// 80 viewBox units wide at the small text size (five Latin letters more than "gate", or
    /// five CJK characters).
    public struct Words: Sendable, Codable, Equatable {
        public var forgetGate: [String]
        public var inputGate: [String]
        public var candidate: [String]
        public var outputGate: [String]
        public var updateGate: [String]
        public var resetGate: [String]
        public var cellState: String
        public var hiddenState: String
        /// Leads the stepper's row of "t = k" buttons.
        public var timeStep: String
        /// The language of these words (`en`, `zh`), which the diagram's title and description
        /// follow too, so a page in Chinese is read aloud in Chinese.
        public var language: String

        public init(forgetGate: [String], inputGate: [String], candidate: [String], outputGate: [String],
                    updateGate: [String], resetGate: [String], cellState: String, hiddenState: String, timeStep: String,
                    language: String = "en") {
            self.forgetGate = forgetGate
            self.inputGate = inputGate
            self.candidate = candidate
            self.outputGate = outputGate
            self.updateGate = updateGate
            self.resetGate = resetGate
            self.cellState = cellState
            self.hiddenState = hiddenState
            self.timeStep = timeStep
            self.language = language
        }

        public var isChinese: Bool { language.hasPrefix("zh") }

        public static let english = Words(
            forgetGate: ["forget", "gate"], inputGate: ["input", "gate"], candidate: ["candidate"],
            outputGate: ["output", "gate"], updateGate: ["update", "gate"], resetGate: ["reset", "gate"],
            cellState: "cell state", hiddenState: "hidden state", timeStep: "Time step")

        public static let chinese = Words(
            forgetGate: ["遗忘门"], inputGate: ["输入门"], candidate: ["候选值"], outputGate: ["输出门"],
            updateGate: ["更新门"], resetGate: ["重置门"], cellState: "细胞状态", hiddenState: "隐藏状态", timeStep: "时间步",
            language: "zh")
    }
}
