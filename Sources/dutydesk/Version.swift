/// The one place the version is written: `dutydesk --version` prints it, and `scripts/package`
/// reads it from there for the package's name and control file.
enum DeskVersion {
    static let current = "0.9.0"
}
