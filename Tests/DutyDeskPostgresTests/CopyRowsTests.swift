import DutyDeskCore
import DutyDeskJSON
import Foundation
import NIOCore
import Testing
@testable import DutyDeskPostgres

/// COPY's text format as the import writes it: the four special bytes escaped, NULL as `\N`, the
/// line as bytea hex, the time in UTC to the microsecond.
@Suite struct CopyRowsTests {
    @Test func textEscapesBackslashTabNewlineAndReturnOnly() {
        var buffer = ByteBuffer()
        CopyRows.text("值班\\员\t甲\n乙\r丙", into: &buffer)
        #expect(buffer.readString(length: buffer.readableBytes) == #"值班\\员\t甲\n乙\r丙"#)
    }

    @Test func aRowHasEveryColumnAndTheLineAsHex() {
        let event = Event(seq: 7, id: "e-7", recordedAt: Date(timeIntervalSince1970: 1_764_547_200.123456),
                          operatorName: "测试员", caseID: nil, body: .unrecognized(type: "test.copied", payload: JSONObject([])))
        var buffer = ByteBuffer()
        CopyRows.write(event, line: Array("{}\n".utf8), desk: "330106", into: &buffer)
        let row = buffer.readString(length: buffer.readableBytes) ?? ""
        #expect(row == "330106\t7\te-7\t2025-12-01 00:00:00.123456+00\t测试员\ttest.copied\t\\N\t\\\\x7b7d0a\n", "\(row)")
    }

    @Test func timesBeforeAndAfterTheEpochKeepTheirMicroseconds() {
        #expect(CopyRows.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01 00:00:00.000000+00")
        #expect(CopyRows.timestamp(Date(timeIntervalSince1970: -0.5)) == "1969-12-31 23:59:59.500000+00")
    }

    @Test func rowsComeInChunksUntilTheLast() {
        let event = Event(seq: 1, id: "e", recordedAt: Date(timeIntervalSince1970: 0), operatorName: "甲", caseID: nil,
                          body: .unrecognized(type: "test.copied", payload: JSONObject([])))
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: CopyRows.chunkBytes / 3)
        let rows = CopyRows(Array(repeating: (event: event, bytes: line), count: 3), desk: "1")
        var chunks = 0, more = true
        while more {
            var chunk = ByteBuffer()
            more = rows.fill(&chunk)
            chunks += 1
        }
        #expect(chunks == 2, "each line takes two thirds of a chunk as hex")
    }
}
