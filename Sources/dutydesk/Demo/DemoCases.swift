import DutyDeskCore

/// A fictional shift: about twenty cases of the kinds the notices name, placed in time so that
/// every clock state shows at once: fresh, past half, past three quarters, overdue, releasing
/// with a follow-up due (and one overdue), and closed. Times are hours before the demo starts.
struct DemoCase {
    enum Step {
        case regrade(Grade, hoursAgo: Double)
        /// A triage naming the warning class, which brings the class's response plan.
        case classify(WarningClass, hoursAgo: Double)
        case assign(String, UnitRole, hoursAgo: Double)
        case respond(ResponseMethod, String, hoursAgo: Double)
        case press(speaker: String, attendees: [ConferenceAttendee], hoursAgo: Double)
        case note(String, hoursAgo: Double)
        case close(CloseReason, hoursAgo: Double)
        case acknowledge(String, hoursAgo: Double)
        case instruct(leader: String, text: String, dueInHours: Double, hoursAgo: Double)
        case meeting(attendees: [String], decisions: String, action: String, unit: String, dueInHours: Double,
                     hoursAgo: Double)
        case reportUp(String, ReportMethod, hoursAgo: Double)
        case tolerate(person: String, reason: String, hoursAgo: Double)
        /// Any other step, as the console and the CLI ask for it.
        case action(CaseAction, hoursAgo: Double)
    }

    let title: String
    let locality: String
    let channel: Channel
    /// The emergency grade: most matters involve none.
    let grade: Grade
    let discoveredHoursAgo: Double
    /// The opinion's own weight, apart from any emergency.
    var level: OpinionLevel = .general
    var caller = ""
    var phone = ""
    var detail = ""
    var unit = ""
    /// Opened from the demo's 舆情风险评估, carrying it (the opinion its decision drew).
    var fromAssessment = false
    var steps: [Step] = []

    static let all: [DemoCase] = [
        DemoCase(title: "网传“县城明年取消学区划片”，家长群热议", locality: "城关镇", channel: .weibo, grade: .none,
                 discoveredHoursAgo: 2, level: .major, detail: "微博大V转发称明年起取消学区划片，实为对县教育局招生政策征求意见稿的误读。"),
        DemoCase(title: "城关镇锦绣花园小区自来水发黄有异味", locality: "城关镇", channel: .hotline, grade: .none,
                 discoveredHoursAgo: 26, caller: "李女士", phone: "13800000001",
                 detail: "12345 转来：小区 3 栋住户反映自来水发黄，有铁锈味，已持续两天。", unit: "县水务局",
                 // A release agreed by two of its three co-operating units, then waiting for the leader's sign-off.
                 steps: [.assign("城关镇", .cooperating, hoursAgo: 24), .note("水务局已派员取样检测", hoursAgo: 20),
                         .assign("县卫健委", .cooperating, hoursAgo: 19), .assign("县住建局", .cooperating, hoursAgo: 19),
                         .action(.draftRelease(ReleaseDraft(method: .governmentWeibo,
                                                            text: "经检测，锦绣花园小区水质各项指标达标，发黄系二次供水水箱锈蚀所致，已安排清洗更换",
                                                            channel: "@示范县发布", spokesperson: "县水务局 赵强",
                                                            signOffBy: "王县长",
                                                            wording: WordingUse(id: "", topic: DemoSeeder.wording.topic))),
                                 hoursAgo: 3),
                         .action(.confirmRelease(draft: nil, unit: "城关镇", objection: "", at: nil), hoursAgo: 2.5),
                         .action(.confirmRelease(draft: nil, unit: "县卫健委", objection: "", at: nil), hoursAgo: 2),
                         .action(.confirmRelease(draft: nil, unit: "县住建局", objection: "水箱更换工期请写明“一周内”", at: nil),
                                 hoursAgo: 1.3)]),
        DemoCase(title: "暴雨致河西街道多处道路积水，市民拍摄车辆被淹视频在微博传播", locality: "河西街道",
                 channel: .weibo, grade: .major, discoveredHoursAgo: 20, level: .major, unit: "县应急管理局",
                 // Reported to the government office within the hour, never to the cyberspace office: a
                 // first report the desk shows as missed.
                 // Its response plan half done: two items ticked, three still showing in the handover.
                 steps: [.reportUp("县政府办公室", .dutyPhone, hoursAgo: 19.5),
                         .action(.tickChecklist(item: "第一时间报告", at: nil), hoursAgo: 19.5),
                         .action(.tickChecklist(item: "收集权威信息", at: nil), hoursAgo: 18),
                         .assign("县住建局", .cooperating, hoursAgo: 19), .assign("县应急管理局", .lead, hoursAgo: 19),
                         .respond(.governmentWeibo, "已启动防汛四级应急响应，抢排积水", hoursAgo: 15)]),
        DemoCase(title: "某小学食堂“使用过期食材”传言", locality: "东湖新区", channel: .wechat, grade: .significant,
                 discoveredHoursAgo: 50, detail: "家长微信群流传食堂后厨照片，称使用过期冷冻肉。",
                 steps: [.assign("县市场监管局", .first, hoursAgo: 46), .assign("县教育局", .cooperating, hoursAgo: 46)]),
        DemoCase(title: "G205 国道临江段货车侧翻致交通拥堵", locality: "临江镇", channel: .dutyPhone, grade: .major,
                 discoveredHoursAgo: 30, caller: "交警大队值班室", phone: "0000-12345678", unit: "县公安局",
                 steps: [.press(speaker: "县公安局副局长 刘强", attendees: [ConferenceAttendee(name: "刘强", role: .head)], hoursAgo: 9),
                         .respond(.governmentWeibo, "道路已恢复通行，无人员死亡", hoursAgo: 6),
                         .tolerate(person: "县公安局副局长 刘强", reason: "发布会上伤亡人数口误，当场更正", hoursAgo: 5)]),
        DemoCase(title: "网传青山乡卫生院拒收急诊病人", locality: "青山乡", channel: .forum, grade: .none,
                 discoveredHoursAgo: 40, unit: "县卫健委",
                 steps: [.respond(.authoritativeRelease, "经核实，患者已由卫生院转诊县医院，不存在拒收", hoursAgo: 10)]),
        DemoCase(title: "网友反映青山乡产业帮扶资金发放不公", locality: "青山乡", channel: .onlineInquiry,
                 grade: .none, discoveredHoursAgo: 10,
                 steps: [.assign("县农业农村局", .first, hoursAgo: 8)]),
        DemoCase(title: "城南某楼盘延期交房，业主在售楼处聚集维权", locality: "城南街道", channel: .community,
                 grade: .significant, discoveredHoursAgo: 37, unit: "县住建局",
                 steps: [.assign("县信访局", .cooperating, hoursAgo: 30),
                         // 会商转办, copied to the 政务公开办; the unit's analysis comes before its feedback (002).
                         .action(.meetingTransfer(unit: "县信访局", reason: "会商决定由县信访局牵头接访、化解", office: "县政务公开办"),
                                 hoursAgo: 28),
                         .action(.analyseTransfer(TransferAnalysis(
                             unit: "县信访局", source: "本地论坛“城南业主之家”", postedAt: "业主聚集前一晚 19:20",
                             spread: "论坛→业主微信群→短视频平台", comments: "跟帖 320 余条，转发 1100 余次",
                             views: "多数要求公布交房时间和违约赔偿，少数质疑监管缺位")), hoursAgo: 26),
                         .action(.feedback(unit: "县信访局", text: "已接待业主代表 12 人，约定本周内公布交房计划", at: nil),
                                 hoursAgo: 24)]),
        DemoCase(title: "化工园区夜间异味引发周边居民担忧", locality: "临江镇", channel: .weibo, grade: .none,
                 discoveredHoursAgo: 30, detail: "多名居民发帖称夜间闻到刺鼻气味，怀疑企业偷排。",
                 // Judged 复杂敏感事件: the class's plan adds its items to the grade's.
                 steps: [.regrade(.major, hoursAgo: 25), .classify(.sensitive, hoursAgo: 24.5),
                         .assign("市生态环境局县分局", .first, hoursAgo: 25),
                         .instruct(leader: "县长 赵明", text: "立即组织监测，24小时内向社会公布结果", dueInHours: 10, hoursAgo: 5),
                         .acknowledge("市生态环境局县分局", hoursAgo: 24)]),
        DemoCase(title: "景区门票价格上调引发游客质疑", locality: "青山乡", channel: .newspaper, grade: .none,
                 discoveredHoursAgo: 70, unit: "县文旅局",
                 steps: [.respond(.authoritativeRelease, "公布价格调整听证情况及优惠政策", hoursAgo: 50),
                         // 专家解读 names its expert, from the settings' [[experts]].
                         .action(.respond(method: .expertInterpretation, text: "调价依据成本监审结论，与周边同级景区持平",
                                          at: nil, channel: "县融媒体中心", expert: "陶然"), hoursAgo: 40),
                         // 网下解决: the unit's step on the ground, beside its releases, before the case is closed.
                         .action(.offlineStep(unit: "县文旅局", action: "约谈景区经营方，落实老年人、学生半价优惠",
                                              place: "青山景区游客中心", result: "优惠措施已公示执行", at: nil), hoursAgo: 35),
                         .close(.resolved, hoursAgo: 30)]),
        DemoCase(title: "网传“某超市销售病死猪肉”", locality: "城关镇", channel: .wechat, grade: .none,
                 discoveredHoursAgo: 60, unit: "县市场监管局",
                 steps: [.respond(.clarification, "经抽检，涉事猪肉检疫合格，网传不实", hoursAgo: 52),
                         .close(.falseReport, hoursAgo: 48)]),
        DemoCase(title: "外卖骑手与私家车相撞视频引发交通安全讨论", locality: "河西街道", channel: .newsComments,
                 grade: .none, discoveredHoursAgo: 5),
        DemoCase(title: "二十余名农民工到县政府反映工程欠薪", locality: "东湖新区", channel: .hotline, grade: .significant,
                 discoveredHoursAgo: 44, caller: "王先生", phone: "13900000002", unit: "县人社局",
                 steps: [.respond(.interview, "县人社局负责人接受县融媒体中心采访，公布欠薪处置进展", hoursAgo: 20)]),
        DemoCase(title: "上级交办：某镇违规占用耕地建厂房被网络曝光", locality: "临江镇", channel: .superior,
                 grade: .significant, discoveredHoursAgo: 47, unit: "县自然资源局",
                 steps: [.note("市网信办来电督促，要求今日内回应", hoursAgo: 6)]),
        DemoCase(title: "学校周边网吧接纳未成年人上网", locality: "城关镇", channel: .dutyPhone, grade: .none,
                 discoveredHoursAgo: 1, caller: "匿名家长"),
        DemoCase(title: "城北片区集中供暖温度不达标投诉集中", locality: "城北街道", channel: .hotline, grade: .none,
                 discoveredHoursAgo: 30, unit: "县城市管理局",
                 steps: [.respond(.portal, "公布供热管网抢修安排", hoursAgo: 28),
                         .respond(.governmentWechat, "抢修完成，室温恢复 18℃ 以上", hoursAgo: 3)]),
        DemoCase(title: "网传县医院医生收受“红包”视频", locality: "城关镇", channel: .weibo, grade: .significant,
                 discoveredHoursAgo: 60, unit: "县卫健委",
                 steps: [.respond(.authoritativeRelease, "已成立调查组，涉事医生停职接受调查", hoursAgo: 15)]),
        DemoCase(title: "公交 8 路线路调整引发沿线居民不满", locality: "城南街道", channel: .web, grade: .none,
                 discoveredHoursAgo: 70, unit: "县交通运输局",
                 steps: [.respond(.portal, "说明线路调整原因，征集居民意见", hoursAgo: 45)]),
        DemoCase(title: "青山乡山体滑坡致村道中断，多户村民紧急转移", locality: "青山乡", channel: .dutyPhone,
                 grade: .extraordinary, discoveredHoursAgo: 8, caller: "青山乡值班室", phone: "0000-87654321",
                 steps: [.assign("县应急管理局", .lead, hoursAgo: 7.5), .assign("县自然资源局", .cooperating, hoursAgo: 7.5),
                         .assign("青山乡", .cooperating, hoursAgo: 7.5), .acknowledge("县应急管理局", hoursAgo: 7.4),
                         .meeting(attendees: ["县政府办", "县委宣传部", "县应急管理局", "县自然资源局", "青山乡"],
                                  decisions: "启动地质灾害应急响应，今日内召开新闻发布会",
                                  action: "核查周边地质隐患点并公布", unit: "县自然资源局", dueInHours: 6, hoursAgo: 7),
                         .respond(.governmentWeibo, "已转移群众 46 人，无人员伤亡", hoursAgo: 6),
                         // Held by staff alone, no 负责人 or 新闻发言人: recorded, flagged, and the 24 h clock still runs.
                         .press(speaker: "县应急管理局 办公室工作人员", attendees: [ConferenceAttendee(name: "何静", role: .other)],
                                hoursAgo: 4)]),
        DemoCase(title: "停车收费调整方案公示后，临街商户在微信群集中质疑", locality: "城关镇", channel: .wechat,
                 grade: .none, discoveredHoursAgo: 3, unit: "县发改局", fromAssessment: true),
        DemoCase(title: "网传“县里要对电动自行车一律扣车”", locality: "城关镇", channel: .blog, grade: .none,
                 discoveredHoursAgo: 13, detail: "对电动自行车新国标过渡期政策的误读。", unit: "县公安局",
                 steps: [.regrade(.none, hoursAgo: 12)]),
    ]
}
