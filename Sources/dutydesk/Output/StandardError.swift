import DutyDeskCore
import DutyDeskText
import Foundation

/// Every line the desk writes on stderr. A message may quote what was typed or read from the
/// ledger (`show $'X\e[31m'` names the code it did not find), so it passes the same guard as
/// case text on stdout: no control or escape character reaches the terminal.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((SafeText.multiLine(line) + "\n").utf8))
    }
}
