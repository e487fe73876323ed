#!/usr/bin/env python3
"""Writes a realistic, hash-chained DutyDesk ledger of N lines for scripts/bench-replay.

    make-ledger.py N OUT [--seed S] [--open]

With --open, N is a number of cases, every one only reported (open, awaiting triage): the
queue a desk would have after N cases and no work on any (scripts/bench's "list at 100k open").

Line 1 is `log.created`; the rest are cases and the steps on them, in the exact format of
LineFraming.encode (fields v, seq, id, at, op, type, case, data, prev, hash; compact JSON,
UTF-8 unescaped; `hash` = SHA-256 of the bytes before `,"hash":"`). Payload fields and
vocabulary codes follow EventPayloadCodec, so a real replay builds real cases.

Cases arrive as a Poisson stream (~36 a day) and each gets a script of steps timed from its
discovery (triage within hours, responses before the 48 h / 24 h clocks, ...). A heap merges all
cases' steps by time, so `at` only ever increases, exactly as an append-only ledger would be;
the operators hand over (`shift.handed-over`) at 00:00, 08:00 and 16:00.
Standard library only; the same N and seed always give the same bytes.
"""
import hashlib
import heapq
import json
import os
import random
import sys
import time
import uuid

TZ = 8 * 3600  # the desk writes +08:00
END = 1795104000  # 2026-11-20T00:00:00+08:00: the ledger ends here, starting as far back as N needs
CASES_PER_DAY = 36
EVENTS_PER_CASE = 8.5  # what the scripts below average; only used to place the start

LOCALITIES = ["城关镇", "东关街道", "西城街道", "南湖镇", "北山乡", "河口镇", "青石镇", "白马乡", "柳林镇",
              "高新区", "经开区", "桃源乡"]
ESTATES = ["锦绣花园", "阳光小区", "幸福家园", "翠湖苑", "金桂园", "滨河湾", "丽景新城", "怡和雅居", "书香门第",
           "和平里社区", "建设路家属院", "东方名苑"]
OPERATORS = ["张伟", "李娜", "王芳", "刘洋", "陈静", "赵磊", "孙悦", "周航"]
LEADERS = ["王县长", "李书记", "赵副县长", "陈常委", "刘部长"]
SPEAKERS = ["县政府新闻办主任 马骏", "县委宣传部副部长 何琳", "县公安局副局长 杨帆", "县卫健委主任 郭颖",
            "县应急管理局局长 宋涛", "县水务局局长 韩冰"]
VENUES = ["县政府新闻发布厅", "县融媒体中心演播室", "县委党校报告厅", "县应急指挥中心"]
CALLERS = ["李女士", "王先生", "张女士", "刘先生", "陈女士", "匿名", "网民\"清河小吴\"", "杨师傅", "周老师", "赵大爷"]
STANDING = ["政府办", "宣传部", "公安局", "应急管理局", "信访局", "网信办", "民政局", "司法局", "督查室"]
COOPERATING = ["县委网信办", "县融媒体中心", "县公安局", "县信访局", "属地乡镇政府", "县司法局"]

# (topic, first responsible unit, title templates, the detail for each title, response template)
TOPICS = [
    ("供水", "县水务局", ["{loc}{estate}自来水发黄有异味", "{loc}{estate}连续三天停水无通知"],
     ["网民在{via}发帖称，{loc}{estate}自{d}日起自来水发黄，烧开后有沉淀，有居民出现腹泻，帖子浏览量已超{n}万，评论多质疑水厂监管。", "{estate}居民在{via}反映小区连续三天停水，物业和水厂均未提前通知，老人孩子生活困难，相关帖子浏览量超{n}万。"],
     "经县水务局会同县疾控中心取样检测，{estate}二次供水水箱已完成清洗消毒，水质各项指标符合国家标准，已恢复正常供水。"),
    ("环境", "县生态环境局", ["{loc}化工园区夜间偷排污水", "{loc}河道出现大面积死鱼"],
     ["有群众反映{loc}沿河一带连续多日夜间有刺鼻气味，河面漂浮死鱼，视频在{via}传播，转发{n}千余次，网民要求公开排查结果。", "{via}流传视频显示{loc}河道出现大面积死鱼，岸边有刺鼻气味，村民怀疑上游企业偷排，转发{n}千余次。"],
     "县生态环境局已对沿河企业逐一排查，对一家违规排放企业立案查处并责令停产整改，河道水质监测数据将每日公开。"),
    ("欠薪", "县人社局", ["{loc}某建筑工地拖欠农民工工资", "{estate}项目工人讨薪聚集"],
     ["{n}十余名农民工在{loc}{estate}项目部聚集，称施工方拖欠{d}个月工资共计约{n}十万元，有人拉横幅并在{via}直播。", "{n}十余名工人在{estate}项目部门口拉横幅讨薪，称包工头失联，已拖欠{d}个月工资，现场视频在{via}传播。"],
     "县人社局已督促施工总承包单位足额支付拖欠工资，农民工工资已于今日全部发放到位，相关企业已列入重点监控名单。"),
    ("食品", "县市场监管局", ["{loc}某学校食堂饭菜疑似变质", "{loc}农贸市场销售病死猪肉传言"],
     ["家长在{via}发布照片称{loc}某学校食堂饭菜有异味，多名学生反映腹痛，帖子被大量转发，家长情绪激动要求说明情况。", "{via}流传消息称{loc}农贸市场有商户销售病死猪肉，配有肉品照片，不少群众表示不敢再买猪肉，转发{n}千余次。"],
     "县市场监管局已对涉事食堂进行全面检查并封存留样，送检结果未发现致病菌，涉事学生均已返校，食堂已整改。"),
    ("教育", "县教育局", ["{loc}幼儿园教师体罚幼儿视频", "{loc}中心小学违规收取补课费"],
     ["网传视频显示{loc}某幼儿园教师推搡幼儿，视频时长约{d}十秒，在{via}播放量超{n}万，家长质疑园方监管缺位。", "家长在{via}发帖称{loc}中心小学以“自愿补课”名义每生收取{d}百元，不交费的学生被单独安排座位，引发家长不满。"],
     "县教育局已成立调查组，涉事教师已停职接受调查，园方负责人被约谈，调查结果将及时向社会公布。"),
    ("医疗", "县卫健委", ["县人民医院患者术后死亡引发纠纷", "{loc}卫生院被指乱收费"],
     ["患者家属在{via}发帖称，其亲属在县人民医院术后{d}小时死亡，质疑医院延误抢救，帖子浏览量{n}万，家属在医院门口聚集。", "网民在{via}发帖称{loc}卫生院一次普通输液收费{d}百余元，附收费清单，质疑重复收费，阅读量{n}万。"],
     "县卫健委已启动医疗纠纷处理程序，委托第三方开展医疗损害鉴定，并引导家属依法理性维权。"),
    ("交通", "县交通运输局", ["{loc}国道路段塌陷车辆受损", "{loc}公交线路停运群众出行难"],
     ["{via}流传视频显示{loc}国道一段路面塌陷，一辆货车陷入坑中，网民质疑道路施工质量，相关话题阅读量{n}万。", "{loc}公交线路自{d}日起停运，沿线村民出行困难，学生上学需步行{n}公里，群众在{via}集中反映。"],
     "县交通运输局已对塌陷路段实施交通管制并完成抢修，同时对施工单位开展质量倒查，未造成人员伤亡。"),
    ("住建", "县住建局", ["{estate}新房交付墙体开裂渗水", "{loc}{estate}烂尾楼业主维权"],
     ["{estate}业主在{via}集中发帖，称收房时发现墙体开裂、卫生间渗水，开发商拒绝维修，{n}百余户业主拟集体维权。", "{estate}项目停工已{d}年，{n}百余户业主按期还贷却无法收房，部分业主在{via}发起联名维权。"],
     "县住建局已约谈开发企业，责成其在{d}日内完成维修整改，并组织第三方检测机构对主体结构进行安全鉴定。"),
    ("城管", "县城管局", ["{loc}城管执法人员与摊贩发生冲突", "{loc}夜市占道经营噪音扰民"],
     ["网传视频显示{loc}夜市有城管队员与摊贩发生推搡，视频在{via}播放量{n}万，部分网民质疑暴力执法。", "{loc}夜市摊贩经营至凌晨，音响和油烟扰民，周边居民多次投诉无果，在{via}发帖称“夜夜难眠”。"],
     "县城管局已调取执法记录仪视频还原事件经过，对涉事队员规范执法问题进行批评教育，并向当事人致歉。"),
    ("治安", "县公安局", ["{loc}网传发生持刀伤人事件", "{loc}KTV门口斗殴视频"],
     ["{via}流传消息称{loc}某商场门口发生持刀伤人事件，配有模糊视频，引发恐慌，转发{n}千余次。", "{via}流传一段{loc}某KTV门口多人斗殴视频，有人持械，网民质疑当地治安状况，播放量{n}万。"],
     "经县公安局核查，网传视频系{d}年前外地旧闻，与我县无关，造谣者已被依法处理，请广大网民不信谣不传谣。"),
    ("安全生产", "县应急管理局", ["{loc}一厂房发生火灾浓烟滚滚", "{loc}烟花爆竹仓库违规储存"],
     ["{loc}工业园区一厂房突发火灾，现场浓烟滚滚，多段视频在{via}传播，网民关注是否有人员伤亡及有毒气体扩散。", "有群众举报{loc}一民房内违规储存大量烟花爆竹，周边是居民区和学校，存在重大安全隐患。"],
     "火灾已于当日扑灭，未造成人员伤亡，环境监测显示周边空气质量正常，事故原因正在调查中。"),
    ("征地", "县自然资源局", ["{loc}征地补偿款被指截留", "{loc}强拆民房视频引关注"],
     ["{loc}村民在{via}发帖称征地补偿标准低于公示标准，部分补偿款去向不明，{n}十余名村民到乡政府反映情况。", "{via}流传视频显示{loc}有民房在未达成补偿协议的情况下被强行拆除，户主情绪激动，网民关注程序是否合法。"],
     "县自然资源局会同属地政府公开了征地补偿标准及发放明细，对村民反映的问题逐户核对，已发放补偿款{n}十余万元。"),
    ("民政", "县民政局", ["{loc}敬老院老人生活条件差", "{loc}低保评定不公开不透明"],
     ["网民在{via}发帖称{loc}敬老院老人冬季无暖气、伙食差，附有多张照片，引发网民对养老机构监管的质疑。", "网民在{via}发帖质疑{loc}低保评定不公开，称有干部亲属违规享受低保，而困难户申请多次未获批准。"],
     "县民政局已对全县养老机构开展安全和服务质量专项检查，涉事敬老院已完成供暖设施维修，伙食标准已提高。"),
    ("谣言", "县委网信办", ["网传{loc}发现不明传染病", "网传{loc}将整体拆迁"],
     ["{via}出现大量转发称{loc}发现不明传染病，已有多人住院，部分群众抢购药品，相关群聊转发{n}百余个。", "{via}流传消息称{loc}将于下月整体拆迁、补偿标准已定，部分群众抢建抢种，相关群聊转发{n}百余个。"],
     "经核实，网传信息不实，{loc}无聚集性疫情，医疗秩序正常。公安机关已对造谣传谣者依法查处。"),
]
VIA = ["微博", "抖音", "本地论坛", "微信朋友圈", "今日头条", "快手", "12345热线", "百姓问政平台"]
NOTES = ["已电话联系属地政府核实情况", "值班员已向分管领导电话报告", "网信办持续监测相关话题热度", "热度较昨日明显下降",
         "属地已派工作组到现场", "责任单位反馈正在调查，暂无结论", "已提醒责任单位注意回应口径", "当事人情绪平稳，已签署和解协议",
         "相关帖子已由平台依法处置", "媒体记者到现场采访，已安排专人接待"]
REASONS_TRANSFER = ["职责不属本单位，转交主管部门", "经会商由行业主管部门牵头处置", "涉及跨区域事项，转市级部门"]
DECISIONS = ["统一对外口径，由县政府新闻办发布", "责任单位今日内完成调查并书面报告", "属地政府做好当事人稳控工作",
             "网信办加强监测，及时处置不实信息"]
ACTIONS = ["公布调查结果", "组织专家现场检测", "约谈涉事企业负责人", "上门走访受影响群众", "起草新闻通稿"]
OUTCOMES = ["已立案侦查", "造谣者已被行政拘留五日", "经查无违法行为，已告知当事人", "已依法删除有害信息"]
GRADES = (["general"] * 70) + (["significant"] * 20) + (["major"] * 8) + (["extraordinary"] * 2)
CHANNELS = ["phone", "hotline", "weibo", "wechat", "web", "forum", "comments", "inquiry", "superior", "newspaper",
            "broadcast", "community", "blog", "other"]
CHANNEL_WEIGHTS = [20, 18, 16, 12, 6, 5, 5, 5, 4, 2, 2, 2, 1, 2]
METHODS = ["release", "briefing", "interview", "expert", "clarification", "weibo", "wechat", "portal"]
RESPONSE_CHANNELS = ["@清河发布", "清河县人民政府网站", "清河融媒", "清河电视台新闻频道", "“清河发布”微信公众号"]
MINUTE, HOUR = 60, 3600


def stamp(t):
    return time.strftime("%Y-%m-%dT%H:%M:%S+08:00", time.gmtime(t + TZ))


class Case:
    """One case's steps, planned at discovery: (time, kind, id). Payloads are built when emitted."""

    def __init__(self, rng, t0):
        self.rng = rng
        self.id = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
        self.t0 = t0
        self.topic = rng.choice(TOPICS)
        self.loc = rng.choice(LOCALITIES)
        self.estate = rng.choice(ESTATES)
        self.grade = rng.choice(GRADES)
        self.unit = self.topic[1]
        self.which = rng.randrange(2)  # which of the topic's two stories
        self.responses = 0
        self.steps = self.plan(rng, t0)
        self.next = 0

    def plan(self, rng, t0):
        u = rng.uniform
        steps = []

        def add(t, kind, **extra):
            steps.append((int(t), len(steps), kind, str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper(), extra))
            return steps[-1][3]

        reported_at = t0 + u(1, 20) * MINUTE
        reported = add(reported_at, "case.reported")
        end_of_day = t0 + u(30 * MINUTE, 2 * HOUR)
        closing = rng.choices(["resolved", "duplicate", "false-report"], [90, 6, 4])[0]
        if closing != "resolved":  # closed quickly as 重复 / 误报, after a note
            add(end_of_day, "note.added")
            add(end_of_day + u(10, 90) * MINUTE, "case.closed", reason=closing)
            return sorted(steps)

        for _ in range(rng.choices([0, 1, 2, 3], [70, 20, 7, 3])[0]):
            add(reported_at + u(10 * MINUTE, 12 * HOUR), "report.linked")
        t = reported_at + u(10 * MINUTE, 3 * HOUR)
        if rng.random() < 0.08:
            add(t, "case.regraded", grade=rng.choice(GRADES))
        else:
            add(t, "case.triaged")
        t += u(5, 60) * MINUTE
        add(t, "unit.assigned", unit=self.unit, role="first")
        if rng.random() < 0.7:
            add(t + u(10, 120) * MINUTE, "unit.acknowledged", unit=self.unit)
        for unit in rng.sample(COOPERATING, rng.choices([0, 1, 2], [50, 35, 15])[0]):
            add(t + u(1, 30) * MINUTE, "unit.assigned", unit=unit, role=rng.choice(["cooperating", "cooperating", "lead"]))
        if rng.random() < 0.03:
            add(t + u(1, 6) * HOUR, "case.transferred")
        if rng.random() < 0.06:
            referral = add(t + u(1, 5) * HOUR, "referral.made")
            if rng.random() < 0.8:
                add(t + u(8, 40) * HOUR, "referral.outcome", referral=referral)
        if rng.random() < 0.10:
            issued = t + u(10, 120) * MINUTE
            item = add(issued, "instruction.issued", due=issued + u(4, 24) * HOUR)
            for _ in range(rng.choice([0, 1, 1, 2])):
                add(issued + u(2, 20) * HOUR, "supervision.reported-back", item=item)
            if rng.random() < 0.8:
                add(issued + u(20, 30) * HOUR, "supervision.completed", item=item)
        major = self.grade in ("major", "extraordinary")
        if rng.random() < (0.3 if major else 0.03):
            held = t + u(1, 6) * HOUR
            actions = rng.randint(1, 3)
            meeting = add(held, "meeting.held", actions=actions, due=held + u(6, 30) * HOUR)
            for n in range(1, actions + 1):
                if rng.random() < 0.7:
                    add(held + u(6, 30) * HOUR, "supervision.completed", item=f"{meeting}#{n}")
        if rng.random() < 0.03:
            add(t + u(1, 10) * HOUR, "case.corrected", corrects=reported)
        if major and rng.random() < 0.95:
            add(t0 + u(6, 23) * HOUR, "press-conference.held")
        if rng.random() < 0.05 and not major:
            add(t0 + u(20, 47) * HOUR, "press-conference.held")
        last = t0 + u(4, 44) * HOUR  # first response inside the 48 h clock
        for _ in range(rng.choices([0, 1, 2, 3, 4], [5, 50, 30, 10, 5])[0]):
            add(last, "response.published")
            last += u(12, 36) * HOUR
        for _ in range(rng.choices([0, 1, 2, 3], [35, 35, 20, 10])[0]):
            add(t0 + u(1, 60) * HOUR, "note.added")
        done = max(s[0] for s in steps) + u(1, 24) * HOUR
        add(done, "case.closed", reason="resolved")
        if rng.random() < 0.02:
            add(done + u(1, 5) * 24 * HOUR, "case.reopened")
            add(done + u(6, 7) * 24 * HOUR, "response.published")
            add(done + u(8, 10) * 24 * HOUR, "case.closed", reason="resolved")
        return sorted(steps)

    def payload(self, kind, at, extra, code):
        """The `data` object of EventPayloadCodec for this step; `at` is when it was recorded."""
        rng, loc, estate = self.rng, self.loc, self.estate
        fill = dict(loc=loc, estate=estate, via=rng.choice(VIA), d=rng.choice("三四五六七八九"),
                    n=rng.choice("二三四五六七八九"))
        happened = stamp(max(self.t0, at - rng.randint(0, 20) * MINUTE))  # milestones are typed in a little later
        if kind == "case.reported":
            self.title = self.topic[2][self.which].format(**fill)
            return {"code": code, "title": self.title, "detail": self.topic[3][self.which].format(**fill),
                    "channel": rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0], "locality": loc,
                    "caller": rng.choice(CALLERS) if rng.random() < 0.6 else "",
                    "phone": f"1{rng.choice('3589')}{rng.randint(0, 999999999):09d}" if rng.random() < 0.5 else "",
                    "discoveredAt": stamp(self.t0), "grade": self.grade,
                    "unit": self.unit if rng.random() < 0.3 else ""}
        if kind == "report.linked":
            return {"channel": rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0], "caller": rng.choice(CALLERS),
                    "phone": "", "note": f"同一内容在{fill['via']}传播，又有群众来电反映"}
        if kind == "case.regraded":
            self.grade = extra["grade"]
            return {"grade": self.grade, "at": happened}
        if kind == "case.triaged":
            major = self.grade in ("major", "extraordinary")
            return {"grade": self.grade,
                    "warningClass": rng.choice(["emergency", "sensitive"] if major else ["routine", "hotspot", "sensitive"]),
                    "priority": rng.choice([None, "public-interest", "policy-misreading", "emergency-handling",
                                            "superior-request", "moral-outrage", "stability"]),
                    "verification": rng.choice(["confirmed", "partly-true", "pending", "untrue"]),
                    "riskLevel": rng.choice(["high", "medium"] if major else ["medium", "low", None]),
                    "responseValue": rng.choice(["high", "medium", "low", None]),
                    "nature": f"{self.topic[0]}类问题，涉及群众切身利益", "intensity": rng.choice(["较高", "中等", "较低"]),
                    "publicReaction": rng.choice(["网民情绪激动，质疑声较多", "关注度一般，以转发为主", "部分网民理性讨论"]),
                    "mediaInvolvement": rng.choice(["暂无媒体介入", "本地自媒体跟进", "省级媒体已联系采访"]),
                    "note": rng.choice(["", "建议责任单位尽快核实并回应", "注意统一口径，避免次生舆情"]), "at": happened}
        if kind == "unit.assigned":
            return {"unit": extra["unit"], "role": extra["role"]}
        if kind == "unit.acknowledged":
            return {"unit": extra["unit"]}
        if kind == "case.transferred":
            return {"toUnit": "市" + self.unit[1:], "reason": rng.choice(REASONS_TRANSFER)}
        if kind == "referral.made":
            return {"target": rng.choice(["police", "internet-supervision"]),
                    "note": "涉嫌编造、故意传播虚假信息，请依法查处"}
        if kind == "referral.outcome":
            return {"referral": extra["referral"], "outcome": rng.choice(OUTCOMES)}
        if kind == "case.reopened":
            return {"reason": "事件再次发酵，网民质疑处置结果"}
        if kind == "instruction.issued":
            return {"leader": rng.choice(LEADERS), "text": f"请{self.unit}迅速核实，今日内回应群众关切，结果报我。",
                    "dueAt": stamp(extra["due"])}
        if kind == "meeting.held":
            return {"at": happened, "attendees": rng.sample(STANDING, 4) + [self.unit],
                    "decisions": "；".join(rng.sample(DECISIONS, 2)),
                    "actions": [{"text": rng.choice(ACTIONS), "unit": self.unit, "dueAt": stamp(extra["due"])}
                                for _ in range(extra["actions"])]}
        if kind == "supervision.reported-back":
            return {"item": extra["item"], "text": rng.choice(["已完成初步调查，详细报告明日上报", "已约谈企业负责人", "正在组织检测"])}
        if kind == "supervision.completed":
            return {"item": extra["item"]}
        if kind == "case.corrected":
            field = rng.choice(["locality", "phone", "title", "caller"])
            value = {"locality": rng.choice(LOCALITIES), "phone": f"139{rng.randint(0, 99999999):08d}",
                     "title": rng.choice(self.topic[2]).format(**fill), "caller": rng.choice(CALLERS)}[field]
            return {"field": field, "value": value, "corrects": extra["corrects"]}
        if kind == "response.published":
            self.responses += 1
            first = (self.topic[4] if self.which == 0 else
                     "关于网民反映的“{title}”问题，{unit}已调查处理，处理结果已向当事人反馈，感谢社会各界监督。")
            text = first.format(title=self.title, unit=self.unit, **fill) if self.responses == 1 else f"关于{loc}{self.topic[0]}问题的最新进展：" + NOTES[rng.randrange(len(NOTES))] + "。"
            return {"method": rng.choice(METHODS), "text": text, "at": happened, "number": self.responses - 1,
                    "channel": rng.choice(RESPONSE_CHANNELS), "spokesperson": rng.choice(SPEAKERS + ["", ""])}
        if kind == "press-conference.held":
            return {"at": happened, "speaker": rng.choice(SPEAKERS), "venue": rng.choice(VENUES)}
        if kind == "note.added":
            return {"text": rng.choice(NOTES)}
        if kind == "case.closed":
            return {"reason": extra["reason"], "at": happened}
        raise ValueError(kind)


def main():
    args = sys.argv[1:]
    seed = 2016_61
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    only_open = "--open" in args
    if only_open:
        args.remove("--open")
    if len(args) != 2:
        sys.exit(__doc__)
    lines, out = int(args[0]), args[1]
    # N open cases: a line each, a few handovers between them; the loop below stops at N cases.
    open_cases = lines if only_open else None
    rng = random.Random(seed)
    gap = 86400 / CASES_PER_DAY
    start = END - int(lines / (1 if only_open else EVENTS_PER_CASE) * gap)
    # One encoder made up front: encoding is most of the generator's time.
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode

    tmp = out + ".part"
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(tmp, "w", encoding="utf-8", buffering=1 << 20) as f:
        prev = "0" * 64
        last_at = start - 1
        seq = 0
        codes = {}  # day → cases reported that day: YQ-YYYYMMDD-NNN
        cases = 0

        shift = (start + TZ) // (8 * HOUR)  # shifts change at 00:00, 08:00 and 16:00
        on_duty = OPERATORS[shift % len(OPERATORS)]

        def emit(at, kind, case, data, event_id=None):
            nonlocal prev, seq, last_at
            seq += 1
            at = max(at, last_at + 1)  # strictly increasing, as one desk writing in turn would be
            last_at = at
            body = dumps({"v": 1, "seq": seq,
                          "id": event_id or str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper(),
                          "at": stamp(at), "op": on_duty, "type": kind, "case": case,
                          "data": data, "prev": prev})[:-1]
            prev = hashlib.sha256(body.encode()).hexdigest()
            f.write(f'{body},"hash":"{prev}"}}\n')
            return at

        logid = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
        emit(start, "log.created", None, {"logId": logid, "deskId": "qinghe-yq", "createdAt": stamp(start)})
        heap = []  # (time, tiebreak, case): each case's next step
        tiebreak = 0
        arrival = start + rng.expovariate(1 / gap)
        handover = (shift + 1) * 8 * HOUR - TZ + rng.randint(1, 15) * MINUTE
        while (cases < open_cases or heap) if only_open else seq < lines:
            if handover <= min(arrival, heap[0][0] if heap else arrival):
                # 交接班, recorded by the outgoing operator a few minutes into the new shift
                shift += 1
                incoming = OPERATORS[shift % len(OPERATORS)]
                emit(handover, "shift.handed-over", None,
                     {"outgoing": on_duty, "incoming": incoming,
                      "note": f"在办事件{len(heap)}起，已逐一交接；{rng.choice(NOTES)}"})
                on_duty = incoming
                handover = (shift + 1) * 8 * HOUR - TZ + rng.randint(1, 15) * MINUTE
                continue
            if (not heap or arrival <= heap[0][0]) and not (only_open and cases + len(heap) >= open_cases):
                case = Case(rng, int(arrival))
                if only_open:
                    case.steps = case.steps[:1]
                heapq.heappush(heap, (case.steps[0][0], tiebreak, case))
                tiebreak += 1
                arrival += rng.expovariate(1 / gap)
                continue
            _, _, case = heapq.heappop(heap)
            t, _, kind, event_id, extra = case.steps[case.next]
            at = max(t, last_at + 1)
            code = None
            if kind == "case.reported":
                day = time.strftime("%Y%m%d", time.gmtime(at + TZ))
                codes[day] = codes.get(day, 0) + 1
                code = f"YQ-{day}-{codes[day]:03d}"
                cases += 1
            emit(at, kind, case.id, case.payload(kind, at, extra, code), event_id)
            case.next += 1
            if case.next < len(case.steps):
                heapq.heappush(heap, (case.steps[case.next][0], tiebreak, case))
                tiebreak += 1
    os.replace(tmp, out)
    print(f"{lines} lines, {cases} cases, {stamp(start)} … {stamp(last_at)}, head {prev}", file=sys.stderr)


if __name__ == "__main__":
    main()
