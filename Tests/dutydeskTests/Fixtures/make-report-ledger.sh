#!/usr/bin/env bash
# Writes report-ledger.jsonl, the fixed ledger the report golden tests read at --as-of "2026-11-12 12:00".
# Every command runs at a fixed moment under libfaketime, so the ledger records a real shift through
# the real CLI. Rerun only to change the fixture, then re-record the goldens (see ReportGoldenTests):
#   Tests/dutydeskTests/Fixtures/make-report-ledger.sh .build/debug/dutydesk
# The expected figures (on-time share, median, P90) are worked out by hand in ReportStatisticsTests.
set -euo pipefail
bin=$(realpath "$1")
cd "$(dirname "$0")"
ledger=$PWD/report-ledger.jsonl
rm -f "$ledger"
export TZ=Asia/Shanghai LC_ALL=C.UTF-8 DUTYDESK_DESK=测试县值班台 XDG_CONFIG_HOME=/nonexistent

# at TIME OPERATOR COMMAND ARGS…: one CLI call as OPERATOR at TIME (Asia/Shanghai).
at() {
  local when=$1 who=$2
  shift 2
  faketime "$when:00" "$bin" "$@" --log "$ledger" --operator "$who" >/dev/null 2>&1
}

at "2026-11-10 08:05" 张伟 add --title "城关镇锦绣花园小区自来水发黄" --locality 城关镇 --channel 值班电话 \
  --caller 王先生 --phone 13800000001 --discovered "2026-11-10 08:00" --unit 县水务局          # A YQ-20261110-001
at "2026-11-10 09:10" 张伟 add --title "化工园区夜间异味引发居民担忧" --locality 临江镇 --channel 微博 \
  --discovered "2026-11-10 09:00" --detail "多名居民发帖称夜间闻到刺鼻气味。"                  # B YQ-20261110-002
at "2026-11-10 10:00" 张伟 triage YQ-20261110-002 --grade 重大 --verification 待核实 --class 复杂敏感事件 \
  --risk 高 --nature 环境污染疑虑 --reaction 担忧、转发较多 --at "2026-11-10 10:00"
at "2026-11-10 10:05" 张伟 assign YQ-20261110-002 --unit 市生态环境局 --role lead
at "2026-11-10 14:05" 张伟 add --title "网传县城明年取消学区划片" --locality 城南街道 --channel 微信 \
  --discovered "2026-11-10 14:00" --unit 县教育局                                               # C YQ-20261110-003
at "2026-11-10 15:05" 张伟 respond YQ-20261110-002 --method 政务微博 --text "已派员现场监测，结果将及时公布" \
  --at "2026-11-10 15:00"
at "2026-11-10 20:05" 张伟 respond YQ-20261110-001 --method 发布权威信息 --text "管网冲洗后水质已恢复" \
  --at "2026-11-10 20:00"
at "2026-11-11 00:10" 张伟 add --title "二十余名农民工反映工程欠薪" --locality 河西街道 --grade 较大 \
  --discovered "2026-11-10 23:00" --unit 县人社局                                               # D YQ-20261111-001
at "2026-11-11 08:05" 李娜 add --title "锦绣花园停水（同一事项再次来电）" --locality 城关镇 \
  --discovered "2026-11-11 08:00"                                                               # E YQ-20261111-002
at "2026-11-11 09:00" 李娜 close YQ-20261111-002 --reason 重复 --at "2026-11-11 09:00"
at "2026-11-11 09:05" 李娜 instruct YQ-20261110-002 --leader 县长 --text "尽快公布检测结果" --due "2026-11-12 18:00"
at "2026-11-11 10:00" 李娜 add --title "城北片区供暖温度不达标" --locality 城北街道 --channel 12345 \
  --discovered "2026-11-09 10:00" --unit 县住建局                                               # F YQ-20261111-003
at "2026-11-11 11:10" 李娜 press YQ-20261110-002 --at "2026-11-11 11:00" --speaker 县政府新闻办 --venue 县政府新闻发布厅
at "2026-11-11 22:05" 李娜 respond YQ-20261110-001 --method 政务微博 --text "续报：水质检测合格" --at "2026-11-11 22:00"
at "2026-11-12 02:05" 李娜 respond YQ-20261111-001 --method 发布权威信息 --text "已督促企业兑付" --at "2026-11-12 02:00"
at "2026-11-12 06:00" 李娜 close YQ-20261111-001 --at "2026-11-12 06:00"
at "2026-11-12 06:05" 李娜 handover --to 王芳 --note "化工园区事件县长批示待回告"
at "2026-11-12 06:10" 王芳 add --title "青山乡山体滑坡致村道中断" --locality 青山乡 --channel 上级交办 --grade 特别重大 \
  --discovered "2026-11-12 06:00" --unit 县应急管理局                                           # G YQ-20261112-001
at "2026-11-12 09:30" 王芳 meeting YQ-20261112-001 --attendees "县政府办、宣传部、应急管理局" --decisions "全力转移安置" \
  --action "转移群众安置@青山乡@2026-11-12 20:00" --at "2026-11-12 09:00"
at "2026-11-12 10:05" 王芳 press YQ-20261112-001 --at "2026-11-12 10:00" --speaker 副县长
"$bin" verify --log "$ledger"
