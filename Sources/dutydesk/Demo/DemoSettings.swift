/// The demo desk's settings file, written beside the demo ledger: a fictional county desk with
/// the joint meeting's member units and their (fictional) contacts.
enum DemoSettings {
    static let text = """
        # 舆情值班台设置（演示，人名电话均为虚构）
        [desk]
        name = "示范县舆情值班台"
        code = "SFX"
        timezone = "Asia/Shanghai"
        follow-up-hours = 24
        handover-hours = 12
        localities = ["城关镇", "河西街道", "城南街道", "城北街道", "东湖新区", "临江镇", "青山乡"]

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

        """
}
