/// One option of a typed options struct, in the manner of swift-argument-parser's `@Option`:
/// its name, kind and doc, what it changes, and the property its value goes to. The default is
/// the property's value in `Options()`, so it is written once.
public struct DeclaredOption<Options: OptionsStruct>: Sendable {
    public let spec: OptionSpec
    /// The property, for blaming an option in a failure (`DirectiveFailure(option:)`); a
    /// declaration lifted from a shared group also answers to its path inside the group.
    let paths: [OptionPath]
    let assign: @Sendable (inout Options, OptionValue) -> Bool
    let read: @Sendable (Options) -> OptionValue?
    /// Puts the property back to its value in the given defaults.
    let reset: @Sendable (inout Options, Options) -> Void

    /// An option with a value in every case: the default unless the lesson gives one.
    package init<V: OptionConvertible>(_ name: String, _ path: WritableKeyPath<Options, V> & Sendable, _ kind: OptionKind, _ effect: OptionEffect,
                               required: Bool = false, doc: String) {
        spec = OptionSpec(name, kind, default: required ? nil : Options()[keyPath: path].option, required: required, effect: effect, doc: doc)
        paths = [OptionPath(path)]
        assign = { options, value in
            guard let typed = V(option: value) else { return false }
            options[keyPath: path] = typed
            return true
        }
        read = { $0[keyPath: path].option }
        reset = { $0[keyPath: path] = $1[keyPath: path] }
    }

    /// An option that may be absent (nil): no default.
    package init<V: OptionConvertible>(_ name: String, _ path: WritableKeyPath<Options, V?> & Sendable, _ kind: OptionKind, _ effect: OptionEffect,
                               doc: String) {
        spec = OptionSpec(name, kind, default: Options()[keyPath: path]?.option, effect: effect, doc: doc)
        paths = [OptionPath(path)]
        assign = { options, value in
            guard let typed = V(option: value) else { return false }
            options[keyPath: path] = typed
            return true
        }
        read = { $0[keyPath: path]?.option }
        reset = { $0[keyPath: path] = $1[keyPath: path] }
    }

    private init(spec: OptionSpec, paths: [OptionPath], assign: @escaping @Sendable (inout Options, OptionValue) -> Bool,
                 read: @escaping @Sendable (Options) -> OptionValue?, reset: @escaping @Sendable (inout Options, Options) -> Void) {
        self.spec = spec
        self.paths = paths
        self.assign = assign
        self.read = read
        self.reset = reset
    }

    /// This declaration of a shared group (`TrainedCellOptions`), as an option of `Outer`
    /// holding the group at `group`.
    func lifted<Outer>(to group: WritableKeyPath<Outer, Options> & Sendable) -> DeclaredOption<Outer> {
        let assign = self.assign, read = self.read, reset = self.reset
        return DeclaredOption<Outer>(
            spec: spec, paths: paths.compactMap { (group as AnyKeyPath).appending(path: $0.keyPath).map(OptionPath.init) } + paths,
            assign: { outer, value in assign(&outer[keyPath: group], value) },
            read: { read($0[keyPath: group]) },
            reset: { outer, defaults in reset(&outer[keyPath: group], defaults[keyPath: group]) })
    }
}

/// A struct of typed options: every property has a default (`init()`), and `declarations` says
/// which lesson option sets which property.
public protocol OptionsStruct: Sendable {
    init()
    static var declarations: [DeclaredOption<Self>] { get }
}

extension OptionsStruct {
    public static var specs: [OptionSpec] { declarations.map(\.spec) }

    /// The typed options from parsed values; every declared name present in `resolved` is set.
    /// A value whose type does not fit its property is a declaration error, reported, not trapped.
    package static func decode(_ resolved: ResolvedOptions) -> Result<Self, DirectiveFailure> {
        var options = Self()
        for declared in declarations {
            guard let value = resolved.value(declared.spec.name) else { continue }
            guard declared.assign(&options, value) else {
                let kind = declared.spec.kind.summary
                return .failure(DirectiveFailure("option '\(declared.spec.name)' is declared as \(kind) but its property has another type"))
            }
        }
        return .success(options)
    }

    /// These options with every presentation option back at its default: what `run` is given,
    /// so a run computes the same bytes whatever captions or views the lesson chose.
    var runOnly: Self {
        var options = self
        let defaults = Self()
        for declared in Self.declarations where declared.spec.effect == .presentation {
            declared.reset(&options, defaults)
        }
        return options
    }

    /// The run options, one `name: value` per line in name order: the options' part of a cache
    /// key. Lines are left out on purpose: moving a directive down the page must not rerun it.
    var runKey: String {
        Self.declarations.filter { $0.spec.effect == .run }
            .compactMap { declared in declared.read(self).map { "\(declared.spec.name): \($0)" } }
            .sorted().joined(separator: "\n")
    }

    /// The declared name of a property, for messages and lines.
    package static func name(of path: AnyKeyPath) -> String? {
        declarations.first { $0.paths.contains(OptionPath(path)) }?.spec.name
    }
}

/// Which options a lesson wrote, as opposed to left at their defaults: a check may refuse an
/// option only when it was written ("'seed' cannot be combined with 'model'").
public struct WrittenOptions<Options: OptionsStruct>: Sendable {
    let names: Set<String>

    public func contains(_ path: AnyKeyPath) -> Bool {
        Options.name(of: path).map(names.contains) ?? false
    }
}

/// A key path to an option's property. Key paths are immutable values, so sharing one between
/// threads is safe; the standard library does not say so for `AnyKeyPath` itself.
public struct OptionPath: @unchecked Sendable, Hashable {
    public let keyPath: AnyKeyPath
    public init(_ keyPath: AnyKeyPath) { self.keyPath = keyPath }
}
