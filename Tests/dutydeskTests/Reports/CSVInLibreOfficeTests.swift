import DutyDeskTestSupport
import Foundation
import Testing

/// The CSV is for spreadsheets that operators really use. LibreOffice, headless and in the C locale
/// (so nothing depends on the runner's), imports it as UTF-8 CSV and converts it: the Chinese comes
/// through intact, each value in its own cell, and the byte-order mark (which Excel and WPS need to
/// pick UTF-8) does not leak into the first cell.
@Suite struct CSVInLibreOfficeTests {
    @Test func libreOfficeReadsTheChineseCellByCell() throws {
        let scratch = try Scratch("csv-lo")
        defer { scratch.remove() }
        let csv = scratch.file("daily.csv")
        let written = try ReportFixture.report(["daily", "--date", "2026-11-11", "--format", "csv", "--out", csv])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        let mode = try FileManager.default.attributesOfItem(atPath: csv)[.posixPermissions] as? Int
        #expect(mode == 0o640)

        let office = Process()
        office.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // Its own profile folder, so a desktop session or another test never shares its lock.
        office.arguments = ["soffice", "-env:UserInstallation=file://" + scratch.file("profile"), "--headless",
                            "--infilter=CSV:44,34,76,1", "--convert-to", "html", "--outdir", scratch.path, csv]
        // Its home and temporary files in the scratch folder too, so it leaves nothing elsewhere.
        office.environment = ProcessInfo.processInfo.environment.merging(
            ["LC_ALL": "C", "LANG": "C", "HOME": scratch.path, "TMPDIR": scratch.path]) { $1 }
        office.standardOutput = FileHandle.nullDevice
        office.standardError = FileHandle.nullDevice
        try office.run()
        office.waitUntilExit()
        #expect(office.terminationStatus == 0, "soffice is needed: apt-get install -y libreoffice-calc-nogui")
        let html = try String(contentsOfFile: scratch.file("daily.html"), encoding: .utf8)
        // ">" before the title: the first cell starts with it, not with a stray U+FEFF.
        for cell in ["舆情日志 2026-11-11", "城关镇锦绣花园小区自来水发黄", "县水务局", "首次回应 2026-11-10 20:00；续报一 2026-11-11 22:00"] {
            #expect(html.contains(">\(cell)<"), "\(cell) did not survive as one cell")
        }
    }
}
