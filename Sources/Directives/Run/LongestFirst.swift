/// Spreads a grid of independent training runs over threads, starting the costliest first.
///
/// In grid order the longest sequences come last, so one thread would be left finishing a
/// T = 100 run while the other sat idle; started first, the long runs overlap each other and the
/// short ones fill the gaps at the end. The results still come back in grid order, and since
/// every run owns its generators they are the serial results whatever the order of starting.
enum LongestFirst {
    static func map<Job: Sendable, Output: Sendable>(_ jobs: [Job], workers: Int, cost: (Job) -> Int,
                                                    _ work: @escaping @Sendable (Int, Job) -> Output) -> [Output] {
        let costs = jobs.map(cost)
        let order = jobs.indices.sorted { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
        let outputs = WorkerPool.map(order, workers: workers) { _, index in work(index, jobs[index]) }
        var inGridOrder = [Output?](repeating: nil, count: jobs.count)
        for (position, index) in order.enumerated() { inGridOrder[index] = outputs[position] }
        return inGridOrder.map { $0! }
    }
}
