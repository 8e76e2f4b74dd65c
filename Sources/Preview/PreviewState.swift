import Foundation
import SiteBuilder
import Synchronization

/// The live preview's current site, swapped atomically as builds finish, and the answer to
/// every request. The server's workers read it while the build loop replaces it.
public final class PreviewState: Sendable {
    private struct Current {
        var site = PreviewSite.building
        /// The compiler's output while changed sources do not build.
        var compileFailure: String?
        /// Counts what open pages have been shown; bumped only when what is served changes.
        var number = 0
    }

    /// Makes build ids unique to this process: after the binary replaces itself, its first
    /// build must not carry an id an open page already has, or that page would never reload.
    /// The start time in milliseconds will do: a restart takes at least a compile.
    private let launch = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
    private let current = Mutex(Current())

    public init() {}

    /// What `GET /__lstmbook/build` answers; open pages reload when it changes.
    public var buildID: String {
        current.withLock { "\(launch).\($0.number)" }
    }

    /// Serves `build` from now on. Returns false when nothing served changed, so open pages
    /// stay as they are.
    @discardableResult
    public func publish(_ build: Site.Build) -> Bool {
        let site = PreviewSite(build)
        return current.withLock { current in
            guard current.site != site else { return false }
            current.site = site
            current.number += 1
            return true
        }
    }

    /// Shows the compiler's output at the top of every page. Nothing clears it: once the code
    /// compiles, this process is replaced by the new binary.
    public func showCompileFailure(_ output: String) {
        current.withLock { current in
            guard current.compileFailure != output else { return }
            current.compileFailure = output
            current.number += 1
        }
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let (site, compileFailure, number) = current.withLock { ($0.site, $0.compileFailure, $0.number) }
        let id = "\(launch).\(number)"
        if request.path == ReloadScript.buildPath { return .text(200, id) }
        // The site is flat: "/" is the index, anything else is looked up by name, as is.
        let name = request.path == "/" ? "index.html" : String(request.path.dropFirst())
        let file = site.file(named: name)
        guard file.contentType == ContentType.html else {
            return HTTPResponse(status: file.status, contentType: file.contentType, body: file.data)
        }
        let panels = (compileFailure.map(PreviewPages.compileFailurePanel) ?? "") + PreviewPages.problemsPanel(site.problems)
        return HTTPResponse(status: file.status, contentType: file.contentType,
                            body: ReloadScript.decorate(file.data, panels: panels, buildID: id))
    }
}
