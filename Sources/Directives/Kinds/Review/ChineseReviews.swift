extension ReviewLexicon {
    /// Reviews in Chinese, read character by character. A Chinese rendering of the note's review,
    /// "太棒了！这盒麦片给了我一顿营养均衡的早餐，一切本该如此。
    /// 我只吃了一半，但我一定还会再买！", is made of these fragments and phrases, so every character
    /// of it is in the vocabulary.
    static let chinese = ReviewLexicon(
        language: "zh",
        positive: ["太棒了", "营养均衡", "还会再买", "好吃", "香脆可口", "强烈推荐", "非常满意", "完美"],
        negative: ["太难吃了", "不新鲜", "再也不买", "很失望", "受潮了", "浪费钱", "像纸板", "太甜了"],
        fillers: [
            "这盒麦片", "给了我一顿", "的早餐", "一切本该如此", "我只吃了一半", "但我一定", "我在超市买的",
            "孩子们加牛奶吃", "盒子很大", "今天早上吃的", "盒子上说有燕麦", "我每天都吃", "当早餐", "配冷牛奶",
            "周末的时候", "全家都尝了", "下班以后", "我倒了一碗", "价格是四块钱", "放在柜子里", "用勺子吃",
            "表哥买的", "在架子上",
        ],
        outOfVocabulary: ["柜", "勺", "表", "哥", "架"],
        maxLength: 44)
}
