import DutyDeskCore
import DutyDeskLedger
import DutyDeskPostgres
import Foundation

/// Which desks of a database a command works on: the desk its address names (the operator's
/// own), another desk's stream (`--desk`, where only an instruction may be recorded), or every
/// desk under a code prefix (`--desks 3301`: a city's counties, read side by side).
struct DeskScope: Equatable {
    /// The desk the address names; nil for a ledger file.
    let home: String?
    /// `--desk` naming a desk other than `home`.
    let visited: String?
    /// `--desks`: the prefix of the desks read together.
    let prefix: String?

    init(home: String?, visited: String?, prefix: String?) {
        self.home = home
        self.visited = visited
        self.prefix = prefix
    }

    /// Checks the options against the location: both need a database, and name desks by digits.
    init(desk: String?, desks: String?, location: StoreLocation, words: DeskScopeMessages) throws {
        guard desk != nil || desks != nil else {
            if case .postgres(let address) = location {
                self.init(home: address.desk, visited: nil, prefix: nil)
            } else {
                self.init(home: nil, visited: nil, prefix: nil)
            }
            return
        }
        guard case .postgres(let address) = location else { throw CLIFailure.usage(words.needsDatabase) }
        for (option, code) in [("--desk", desk), ("--desks", desks)] {
            if let code, code.isEmpty || !code.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw CLIFailure.usage(fill(words.badCode, option, code))
            }
        }
        self.init(home: address.desk, visited: desk == address.desk ? nil : desk, prefix: desks)
    }

    /// The location a single-desk command opens: the visited desk's stream, else the address's own.
    func location(_ location: StoreLocation) -> StoreLocation {
        guard let visited, case .postgres(let address) = location else { return location }
        return .postgres(address.desk(visited))
    }

    /// Who is recorded on another desk's chain: the operator and the desk they record from.
    func operatorName(_ name: String) -> String {
        visited.map { operatorName(name, on: $0) } ?? name
    }

    /// Who an instruction on `desk`'s chain names: the operator alone on their own desk, else with
    /// the desk they record from (the city view's instructions on its counties).
    func operatorName(_ name: String, on desk: String) -> String {
        guard let home, desk != home else { return name }
        return name + "@" + home
    }
}
