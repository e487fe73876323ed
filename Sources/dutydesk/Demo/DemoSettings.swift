import DutyDeskCore
import Foundation

/// The demo desk's settings file, written beside the demo ledger: a fictional county desk with
/// the joint meeting's member units, their (fictional) contacts, and an on-call roster around the
/// moment the demo opens, so the contact directory has someone on call now.
enum DemoSettings {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!

    static func text(now: Date) -> String {
        // Whole hours in the desk's zone, as a roster is written.
        let moment = CivilTime(now, in: zone)
        let hour = CivilTime(year: moment.year, month: moment.month, day: moment.day, hour: moment.hour).date(in: zone)
        func local(_ hours: Double) -> String {
            let time = CivilTime(hour.addingTimeInterval(hours * 3600), in: zone)
            return String(format: "%04d-%02d-%02d %02d:00", time.year, time.month, time.day, time.hour)
        }
        return fixed + """

            [[on-call]]
            name = "李娜"
            unit = "县政府办"
            phone = "0000-8000011"
            from = "\(local(-16))"
            to = "\(local(-4))"

            [[on-call]]
            name = "王芳"
            unit = "县政府办"
            phone = "0000-8000012"
            from = "\(local(-4))"
            to = "\(local(8))"

            [[on-call]]
            name = "钱副县长"
            unit = "县应急管理局"
            phone = "0000-8000104"
            from = "\(local(-12))"
            to = "\(local(12))"

            """
    }

    private static let fixed = """
        # 舆情值班台设置（演示，人名电话均为虚构）
        [desk]
        name = "示范县舆情值班台"
        code = "SFX"
        timezone = "Asia/Shanghai"
        follow-up-hours = 24
        handover-hours = 12
        localities = ["城关镇", "河西街道", "城南街道", "城北街道", "东湖新区", "临江镇", "青山乡"]

        # 分级响应预案：重大、特别重大事件登记或定级时带上的事项清单
        [response-plans]
        "重大" = ["第一时间报告", "收集权威信息", "确定牵头单位", "起草通稿", "拟定发言人"]
        "特别重大" = ["第一时间报告", "收集权威信息", "确定牵头单位", "起草通稿", "拟定发言人", "主要负责人到场"]

        # 按预警类别的预案：研判为该类别时加入清单（与等级的预案合并，相同事项只列一次）
        [response-plans.class]
        "复杂敏感事件" = ["召开会商研判", "统一对外口径"]

        [[units]]
        name = "县政府办"
        head = "周明"
        liaison = "陈晓"
        phone = "0000-8000001"
        leader = "赵副县长"
        leader-phone = "0000-8000101"

        [[units]]
        name = "县委宣传部"
        head = "吴芳"
        liaison = "郑磊"
        phone = "0000-8000002"

        [[units]]
        name = "县公安局"
        head = "刘强"
        liaison = "孙涛"
        phone = "0000-8000003"

        [[units]]
        name = "县应急管理局"
        head = "马军"
        liaison = "何静"
        phone = "0000-8000004"
        leader = "钱副县长"
        leader-phone = "0000-8000104"

        [[units]]
        name = "县水务局"
        head = "张建国"
        liaison = "李敏"
        phone = "0000-8000005"

        [[units]]
        name = "县卫健委"
        head = "黄蓉"
        liaison = "林峰"
        phone = "0000-8000006"

        [[units]]
        name = "县市场监管局"
        head = "徐立"
        liaison = "高洁"
        phone = "0000-8000007"

        [[units]]
        name = "县住建局"
        head = "罗斌"
        liaison = "梁雪"
        phone = "0000-8000008"

        [[spokespersons]]
        unit = "县政府办"
        name = "陈晓"
        title = "县政府新闻发言人"

        [[spokespersons]]
        unit = "县应急管理局"
        name = "何伟"
        title = "新闻发言人、副局长"

        [[spokespersons]]
        unit = "县卫健委"
        name = "林峰"
        title = "新闻发言人"

        [[experts]]
        name = "陶然"
        field = "旅游经济"
        institution = "省社会科学院"

        [[experts]]
        name = "李华"
        field = "食品安全"
        institution = "市疾控中心"

        [[experts]]
        name = "周建"
        field = "地质灾害"
        institution = "省地质调查院"

        """
}
