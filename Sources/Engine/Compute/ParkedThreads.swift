import Foundation
import Synchronization

/// Threads that watch for the next product of a training run (and sleep only after 200 µs
/// without one), so that handing out a split costs a store, not a round trip through Dispatch's
/// pool, whose threads are woken by the kernel and may find the work already done.
///
/// One split at a time owns the pool; a split that finds it taken (another training run, or a
/// split inside a split) runs all its parts itself. Parts are claimed from a shared counter by
/// whoever comes first, the caller included, so a worker that the OS has not scheduled yet costs
/// nothing: the caller does its part. Which thread computes a part never changes its bits.
final class ParkedThreads: @unchecked Sendable {
    static let shared = ParkedThreads()

    /// A worker watches the job word this long before it sleeps: longer than the gap between two
    /// products of one time step (the gates), shorter than anything a person would notice.
    private static let spinNanoseconds: UInt64 = 200_000

    /// Set while a split owns the pool.
    private let busy = Atomic<Bool>(false)
    /// The current job: end << 8 | parts. Parts are numbered by tickets base..<end of one counter
    /// that only grows, so a worker still holding an old job can never claim a new job's part.
    private let job = Atomic<Int>(0)
    /// The next unclaimed ticket, and the number of parts finished (both over all jobs).
    private let nextTicket = Atomic<Int>(0)
    private let finished = Atomic<Int>(0)
    /// Workers asleep on `wake`; a split broadcasts only when there are some.
    private let sleepers = Atomic<Int>(0)
    private let wake = NSCondition()
    /// The current job's body; written only while no part is in flight, read after a claim.
    private var body: ((Int) -> Void)?
    /// Workers started so far (only the split owning the pool starts more).
    private var workers = 0

    /// Runs part(0) … part(parts − 1) on up to `parts` threads (the caller's among them), each
    /// exactly once, and returns when all have finished.
    func run(parts: Int, _ part: (Int) -> Void) {
        guard parts > 1, busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            for index in 0..<parts { part(index) }
            return
        }
        defer { busy.store(false, ordering: .releasing) }
        while workers < min(parts, 255) - 1 {
            let thread = Thread { [self] in work() }
            thread.stackSize = 1 << 20
            thread.start()
            workers += 1
        }
        withoutActuallyEscaping(part) { part in
            body = part
            let base = nextTicket.load(ordering: .relaxed), end = base + parts
            job.store(end << 8 | parts, ordering: .sequentiallyConsistent)
            if sleepers.load(ordering: .sequentiallyConsistent) > 0 {
                wake.lock()
                wake.broadcast()
                wake.unlock()
            }
            claimParts(end: end, parts: parts)
            // A worker that claimed a part may share this core (when other processes hold the
            // rest): give it the core rather than spin through its time slice.
            while finished.load(ordering: .acquiring) < end { sched_yield() }
            body = nil
        }
    }

    /// Claims and runs parts of the job ending at ticket `end` until none is left.
    private func claimParts(end: Int, parts: Int) {
        var ticket = nextTicket.load(ordering: .relaxed)
        while ticket < end {
            let (claimed, current) = nextTicket.compareExchange(expected: ticket, desired: ticket + 1, ordering: .acquiringAndReleasing)
            if claimed {
                body?(ticket - (end - parts))
                finished.add(1, ordering: .releasing)
                ticket += 1
            } else {
                ticket = current
            }
        }
    }

    /// A worker: waits for a new job word, spinning first and then asleep, and helps with it.
    private func work() {
        var seen = job.load(ordering: .acquiring)
        while true {
            var word = job.load(ordering: .acquiring)
            let start = DispatchTime.now().uptimeNanoseconds
            // Yielding while spinning costs a system call when the core is free, and hands the
            // core to the caller when both share it.
            while word == seen && DispatchTime.now().uptimeNanoseconds - start < Self.spinNanoseconds {
                sched_yield()
                word = job.load(ordering: .acquiring)
            }
            if word == seen {
                wake.lock()
                sleepers.add(1, ordering: .sequentiallyConsistent)
                while job.load(ordering: .sequentiallyConsistent) == seen { wake.wait() }
                sleepers.subtract(1, ordering: .sequentiallyConsistent)
                wake.unlock()
                word = job.load(ordering: .acquiring)
            }
            seen = word
            claimParts(end: word >> 8, parts: word & 255)
        }
    }
}
