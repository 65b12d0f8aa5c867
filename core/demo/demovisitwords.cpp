// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demovisitwords.h"

namespace lp::demo::visitwords {
namespace {

constexpr Weighted kMetRoles[] = {
    {u"法定代表人", 20}, {u"总经理", 18},    {u"副总经理", 10}, {u"人事经理", 14}, {u"法务", 9},
    {u"办公室主任", 12}, {u"财务负责人", 6}, {u"行政主管", 7},  {u"生产厂长", 4},
};

constexpr QStringView kRoutineOpenings[] = {
    u"实地走访企业，了解生产经营和用工情况",
    u"与企业负责人座谈，听取企业对法治化营商环境的意见建议",
    u"深入生产车间和项目现场，了解企业运行情况",
    u"上门走访，了解企业订单、用工和资金情况",
    u"走进企业开展“法治体检”，了解企业法律风险防控情况",
};
constexpr QStringView kDisputeOpenings[] = {
    u"针对企业近期纠纷较多的情况开展专项走访，梳理矛盾纠纷",
    u"走访企业，了解劳动争议和合同纠纷的成因及化解进展",
    u"就企业涉诉涉访情况上门了解，研判纠纷化解路径",
};
constexpr QStringView kDifficultyOpenings[] = {
    u"了解企业生产经营困难，研究帮扶措施",
    u"走访经营困难企业，了解资金周转和欠款回收情况",
    u"上门了解企业减产停产风险，提示依法稳妥处置劳动关系",
};
constexpr QStringView kRevisitOpenings[] = {
    u"回访企业，了解前期反映问题的办理情况",
    u"对前期走访发现的问题进行回访，听取企业评价",
    u"回访企业，核实整改措施落实情况",
};

constexpr QStringView kServices[] = {
    u"宣讲《优化营商环境条例》",
    u"讲解《民法典》合同编相关规定",
    u"宣传《劳动合同法》及劳动争议调解仲裁程序",
    u"介绍诉前调解和多元解纷渠道",
    u"发放法治宣传资料和典型案例汇编",
    u"解读涉企行政执法“首违不罚”清单",
    u"提示防范电信网络诈骗和合同诈骗风险",
    u"介绍知识产权保护和维权途径",
    u"告知服务联系点联系方式和诉求反映渠道",
    u"讲解企业合规经营要点",
    u"对企业规章制度提出修改建议",
    u"解答企业关于应收账款催收的法律咨询",
    u"介绍法律援助申请条件和程序",
};

constexpr QStringView kClosings[] = {
    u"企业对走访表示欢迎",     u"现场答复企业咨询",           u"约定下次走访时间",
    u"企业表示将加强合规管理", u"企业暂无需要协调解决的问题",
};

// Per category: the departments a transfer goes to, the issues (each a description with the
// request it usually comes with and the result it usually ends in) and officers' measures.
constexpr QStringView kLabourDepartments[] = {u"rsj"};
constexpr Issue kLabourIssues[] = {
    {u"部分离职员工以未签订书面劳动合同为由要求支付双倍工资", u"希望协助调解劳动争议，避免矛盾激化",
     u"经诉前调解，双方就补偿数额达成调解协议并已履行"},
    {u"员工工伤认定后赔偿数额存在争议，双方协商未果", u"希望通过调解确定赔偿数额",
     u"经人民调解委员会调解，双方达成赔偿协议，款项已支付"},
    {u"外包施工队拖欠农民工工资，工人到企业聚集讨薪", u"请求依法督促分包单位支付农民工工资",
     u"拖欠工资已全部支付，工人情绪稳定"},
    {u"企业规章制度未经民主程序制定，解除劳动合同存在法律风险",
     u"请求指导完善劳动合同和规章制度文本", u"已指导企业修订员工手册并履行民主程序，风险点已整改"},
    {u"员工违反竞业限制约定到同行业企业任职", u"希望提供竞业限制纠纷的法律意见",
     u"已出具法律意见书，企业依法申请劳动仲裁"},
    {u"企业裁员方案涉及经济补偿标准，员工意见较大", u"希望开通劳动争议诉调对接绿色通道",
     u"经释法说理和集中调解，员工接受补偿方案"},
};
constexpr QStringView kLabourMeasures[] = {
    u"召集企业和员工代表进行调解",       u"安排干警上门解答劳动用工法律咨询",
    u"指导企业完善劳动合同文本",         u"联系劳动争议诉调对接工作室开展诉前调解",
    u"约谈分包单位负责人，释明法律责任",
};

constexpr QStringView kContractDepartments[] = {u"scjgj", u"swuj"};
constexpr Issue kContractIssues[] = {
    {u"下游客户长期拖欠货款，多次催收无果", u"希望协助催收欠款，依法维护合法权益",
     u"经调解，对方分期支付欠款，首期款项已到账"},
    {u"合作方未按约定交付设备，影响企业正常生产", u"请求提供合同纠纷的法律意见",
     u"已出具法律意见书，合作方补交设备并承担违约金"},
    {u"租赁合同到期后出租方拒不退还押金", u"希望通过诉前调解快速化解纠纷",
     u"经诉前调解，出租方已退还押金"},
    {u"建设工程款结算存在争议，发包方拖延支付", u"请求加快相关案件的立案和审理",
     u"案件经调解结案，工程款已按调解协议支付"},
    {u"胜诉后对方拒不履行合同纠纷判决", u"请求加大执行力度", u"案件已执行完毕，执行款已发放企业"},
};
constexpr QStringView kContractMeasures[] = {
    u"出具合同纠纷法律意见书",
    u"组织双方进行诉前调解",
    u"协调法院开通涉企案件立案绿色通道",
    u"组织律师为企业审查合同文本",
};

constexpr QStringView kIpDepartments[] = {u"scjgj"};
constexpr Issue kIpIssues[] = {
    {u"市场上出现仿冒企业注册商标的产品", u"希望依法打击侵权假冒行为",
     u"侵权产品已查处下架，涉案人员依法处理"},
    {u"企业核心技术资料被离职员工带走", u"希望提供商业秘密保护的法律指导",
     u"已立案侦查，企业建立商业秘密保护制度"},
    {u"企业专利被他人侵权使用，取证困难", u"请求指导固定侵权证据",
     u"已指导企业完成证据保全，企业依法提起诉讼"},
    {u"网络店铺盗用企业产品图片和宣传文案", u"希望协助删除侵权内容",
     u"侵权链接已删除，对方书面致歉"},
};
constexpr QStringView kIpMeasures[] = {
    u"指导企业通过公证固定侵权证据",
    u"组织知识产权法官开展专题讲解",
    u"对涉嫌侵犯商业秘密线索开展初查",
};

constexpr QStringView kSecurityDepartments[] = {u"cgj", u"yjj"};
constexpr Issue kSecurityIssues[] = {
    {u"企业周边夜间治安较差，发生多起盗窃案件", u"希望加强企业周边巡逻防控",
     u"已增设巡逻点位，周边治安明显好转"},
    {u"园区道路车辆乱停乱放，影响企业货车通行", u"希望协调整治园区道路停车秩序",
     u"已划定停车区域并加强巡查，道路恢复通畅"},
    {u"有人在企业门口聚集滋事，影响正常经营", u"请求依法查处滋扰企业的违法行为",
     u"滋事人员已被依法处理，企业经营秩序恢复正常"},
    {u"企业仓库物资多次被盗，损失较大", u"希望尽快破案追回损失", u"案件已侦破，被盗物资部分追回"},
};
constexpr QStringView kSecurityMeasures[] = {
    u"联系辖区派出所加强巡逻防控",
    u"对企业内部安防进行检查并提出整改建议",
    u"依法受理报案并开展侦查",
};

constexpr QStringView kApprovalDepartments[] = {u"zwfw", u"zjj", u"zrzyj", u"fgj", u"sthjj"};
constexpr Issue kApprovalIssues[] = {
    {u"项目竣工验收手续办理时间过长", u"希望协调相关部门加快审批进度", u"竣工验收手续已办结"},
    {u"厂房产权证办理遇到历史遗留问题", u"请求明确办理路径和所需材料",
     u"主管部门已出具书面答复，明确办理路径，企业已提交申请"},
    {u"环评审批材料多次补正，进度缓慢", u"希望一次性告知需补正的材料",
     u"主管部门已一次性告知补正材料，环评批复已下达"},
    {u"企业变更登记需跨部门办理，往返多次", u"希望推行容缺受理，尽快办结",
     u"经协调实行容缺受理，变更登记已完成"},
};
constexpr QStringView kApprovalMeasures[] = {
    u"梳理审批堵点，向主管部门反映",
    u"为企业讲解行政审批相关规定",
};

constexpr QStringView kFinanceDepartments[] = {u"jrb", u"swj", u"gxj"};
constexpr Issue kFinanceIssues[] = {
    {u"企业资金周转困难，银行贷款续贷受阻", u"希望协调金融机构解决续贷问题",
     u"经协调，银行已为企业办理续贷"},
    {u"企业遭遇非法集资风险，部分员工参与其中", u"希望开展防范非法集资宣传",
     u"已开展专题宣传，涉案线索已移送处理"},
    {u"民间借贷纠纷引发企业账户被冻结", u"请求依法审查冻结措施",
     u"账户冻结已依法解除，企业恢复正常经营"},
    {u"企业申请的政策性扶持资金迟迟未到位", u"希望加快兑现扶持政策", u"扶持资金已拨付到位"},
};
constexpr QStringView kFinanceMeasures[] = {
    u"对冻结措施的合法性进行审查",
    u"为企业提供防范非法集资的法律指导",
};

constexpr QStringView kLitigationDepartments[] = {u"zwfw"};
constexpr Issue kLitigationIssues[] = {
    {u"企业涉诉案件审理周期较长，影响正常经营", u"希望加快案件审理进度", u"案件已审结，判决已送达"},
    {u"胜诉判决执行不到位，执行款迟迟未到账", u"请求加大执行力度",
     u"执行款已全部发放，案件执行完毕"},
    {u"企业对行政处罚决定有异议，不了解救济途径", u"希望提供行政复议和诉讼指导",
     u"已向企业释明救济途径，企业依法申请行政复议"},
    {u"企业被列为失信被执行人后已履行完毕，但信用尚未修复", u"请求依法开展信用修复",
     u"已依法屏蔽失信信息，企业信用修复完成"},
};
constexpr QStringView kLitigationMeasures[] = {
    u"协调承办法官加快案件审理",
    u"加大执行力度，查控被执行人财产",
    u"向企业释明行政复议和诉讼程序",
};

constexpr QStringView kOtherDepartments[] = {u"sthjj", u"gxj", u"swuj", u"cgj", u"swj"};
constexpr Issue kOtherIssues[] = {
    {u"企业周边道路施工影响物流车辆进出", u"希望协调施工单位合理安排施工",
     u"施工单位已调整施工时段并设置临时通道"},
    {u"企业与相邻单位因排水问题产生矛盾", u"希望协调双方化解矛盾",
     u"经调解，双方就排水设施改造达成一致"},
    {u"企业希望了解最新的涉企优惠政策", u"请求提供政策解读", u"已为企业解读相关政策，企业已申报"},
};
constexpr QStringView kOtherMeasures[] = {
    u"与相关方沟通协商",
    u"为企业解读相关政策规定",
};

constexpr Category kCategories[] = {
    {u"labour", 30, 50, 25, 25, kLabourDepartments, kLabourIssues, kLabourMeasures},
    {u"contract", 22, 50, 25, 25, kContractDepartments, kContractIssues, kContractMeasures},
    {u"ip", 8, 50, 25, 25, kIpDepartments, kIpIssues, kIpMeasures},
    {u"security", 10, 60, 35, 5, kSecurityDepartments, kSecurityIssues, kSecurityMeasures},
    {u"approval", 8, 30, 15, 55, kApprovalDepartments, kApprovalIssues, kApprovalMeasures},
    {u"finance", 9, 35, 20, 45, kFinanceDepartments, kFinanceIssues, kFinanceMeasures},
    {u"litigation", 8, 60, 35, 5, kLitigationDepartments, kLitigationIssues, kLitigationMeasures},
    {u"other", 5, 50, 25, 25, kOtherDepartments, kOtherIssues, kOtherMeasures},
};

constexpr QStringView kCoordinationMeasures[] = {
    u"召开联席会商，明确各单位分工",
    u"与协办单位联合上门调查核实",
    u"向协办单位通报问题情况并商定办理方案",
    u"会同协办单位组织当事人调解",
};
constexpr QStringView kDepartmentMeasures[] = {
    u"%1派员现场核查",
    u"%1召开协调会研究解决办法",
    u"%1依法受理并开展调查",
    u"%1出具书面处理意见",
};
constexpr QStringView kSupervisingMeasures[] = {
    u"电话督促承办部门加快办理",
    u"到承办部门了解办理进度",
    u"将企业补充材料转送承办部门",
};

constexpr QStringView kSatisfied[] = {
    u"企业对办理结果表示满意",
    u"企业负责人表示问题已解决，感谢政法机关的帮助",
    u"企业认可办理结果，对办理效率表示满意",
};
constexpr QStringView kBasic[] = {
    u"企业对办理结果基本认可，希望后续继续关注",
    u"企业表示问题基本解决，部分诉求仍需时间落实",
};
constexpr QStringView kUnsatisfied[] = {
    u"企业认为问题尚未实质解决，要求继续办理",
    u"企业对办理进度不满意，希望加快处理",
};

constexpr QStringView kPartialResults[] = {
    u"已初步处理，部分诉求尚在落实中",
    u"已向企业答复办理情况，相关措施正在推进",
    u"已提出解决方案，待双方进一步协商",
};

constexpr QStringView kTransferNotes[] = {
    u"该问题属贵单位职责范围，请依法办理并于规定时限内书面反馈",
    u"请核查企业反映情况，依法处理并将结果告知企业",
    u"请研究解决企业诉求，办理情况及时反馈",
};
constexpr QStringView kDepartmentReplies[] = {
    u"经核查，已依法处理，具体情况已向企业说明",
    u"已按企业诉求办理完毕，并书面答复企业",
    u"已会同相关单位研究解决，问题已落实",
};
constexpr QStringView kOverdueRequirements[] = {
    u"该问题已超过办理时限，请于%1前办结并书面报告",
    u"该问题逾期未办结，请加大办理力度，于%1前反馈办理结果",
};
constexpr QStringView kOnDemandRequirements[] = {
    u"企业多次反映该问题，请加快办理进度，于%1前反馈办理情况",
    u"请高度重视企业诉求，于%1前报送办理进展",
};
constexpr QStringView kSupervisionReplies[] = {
    u"已按督办要求办结，办理结果已反馈企业",
    u"承办部门已落实整改措施，并书面回复",
};

} // namespace

std::span<const Weighted> metRoles()
{
    return kMetRoles;
}

std::span<const QStringView> openings(domain::VisitReason reason)
{
    switch (reason) {
    case domain::VisitReason::Disputes:
        return kDisputeOpenings;
    case domain::VisitReason::Difficulty:
        return kDifficultyOpenings;
    case domain::VisitReason::Revisit:
        return kRevisitOpenings;
    case domain::VisitReason::Routine:
        break;
    }
    return kRoutineOpenings;
}

std::span<const QStringView> services()
{
    return kServices;
}

std::span<const QStringView> closings()
{
    return kClosings;
}

std::span<const Category> categories()
{
    return kCategories;
}

std::span<const QStringView> coordinationMeasures()
{
    return kCoordinationMeasures;
}

std::span<const QStringView> departmentMeasures()
{
    return kDepartmentMeasures;
}

std::span<const QStringView> supervisingMeasures()
{
    return kSupervisingMeasures;
}

std::span<const QStringView> feedback(domain::Satisfaction satisfaction)
{
    switch (satisfaction) {
    case domain::Satisfaction::Basic:
        return kBasic;
    case domain::Satisfaction::Unsatisfied:
        return kUnsatisfied;
    case domain::Satisfaction::Satisfied:
        break;
    }
    return kSatisfied;
}

std::span<const QStringView> partialResults()
{
    return kPartialResults;
}

std::span<const QStringView> transferNotes()
{
    return kTransferNotes;
}

std::span<const QStringView> departmentReplies()
{
    return kDepartmentReplies;
}

std::span<const QStringView> supervisionRequirements(domain::SupervisionTrigger trigger)
{
    if (trigger == domain::SupervisionTrigger::Overdue)
        return kOverdueRequirements;
    return kOnDemandRequirements;
}

std::span<const QStringView> supervisionReplies()
{
    return kSupervisionReplies;
}

} // namespace lp::demo::visitwords
