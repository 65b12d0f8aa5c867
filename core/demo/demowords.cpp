// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Persons, trade names and industries. The places are in demoplaces.cpp.
#include "core/demo/demowords.h"

#include <algorithm>
#include <iterator>

namespace lp::demo::words {
namespace {

// Rough shares per ten thousand people, in the order of the 2020 census ranking, with a few
// names typical of Shaanxi (樊, 党, 屈, 寇) and the compound surnames rarely.
constexpr Weighted kSurnames[] = {
    {u"王", 710}, {u"李", 700}, {u"张", 660}, {u"刘", 530}, {u"陈", 460}, {u"杨", 320},
    {u"黄", 240}, {u"赵", 220}, {u"吴", 200}, {u"周", 190}, {u"徐", 150}, {u"孙", 140},
    {u"马", 130}, {u"朱", 130}, {u"胡", 120}, {u"郭", 110}, {u"何", 100}, {u"林", 100},
    {u"高", 96},  {u"罗", 90},  {u"郑", 86},  {u"梁", 82},  {u"谢", 70},  {u"宋", 62},
    {u"唐", 62},  {u"许", 59},  {u"韩", 57},  {u"邓", 56},  {u"冯", 55},  {u"曹", 52},
    {u"彭", 52},  {u"曾", 50},  {u"肖", 48},  {u"田", 47},  {u"董", 46},  {u"潘", 44},
    {u"袁", 44},  {u"蔡", 42},  {u"蒋", 42},  {u"余", 41},  {u"于", 41},  {u"杜", 40},
    {u"叶", 40},  {u"程", 39},  {u"魏", 38},  {u"苏", 37},  {u"吕", 37},  {u"丁", 36},
    {u"任", 36},  {u"卢", 35},  {u"姚", 35},  {u"沈", 34},  {u"钟", 34},  {u"姜", 33},
    {u"崔", 33},  {u"谭", 32},  {u"陆", 31},  {u"范", 30},  {u"汪", 30},  {u"廖", 30},
    {u"石", 29},  {u"金", 28},  {u"韦", 28},  {u"贾", 28},  {u"夏", 27},  {u"付", 27},
    {u"方", 26},  {u"邹", 26},  {u"熊", 25},  {u"白", 25},  {u"孟", 25},  {u"秦", 24},
    {u"邱", 24},  {u"侯", 24},  {u"江", 23},  {u"尹", 23},  {u"薛", 23},  {u"闫", 23},
    {u"段", 22},  {u"雷", 22},  {u"龙", 21},  {u"黎", 21},  {u"史", 21},  {u"陶", 20},
    {u"贺", 20},  {u"毛", 20},  {u"郝", 20},  {u"顾", 19},  {u"龚", 19},  {u"邵", 18},
    {u"万", 18},  {u"覃", 18},  {u"武", 18},  {u"钱", 17},  {u"戴", 17},  {u"严", 17},
    {u"莫", 16},  {u"孔", 16},  {u"向", 16},  {u"常", 16},  {u"汤", 15},  {u"康", 15},
    {u"易", 15},  {u"乔", 15},  {u"赖", 15},  {u"文", 15},  {u"樊", 14},  {u"党", 10},
    {u"屈", 10},  {u"寇", 6},   {u"欧阳", 4}, {u"皇甫", 2}, {u"司马", 2}, {u"上官", 2},
    {u"诸葛", 1}, {u"司徒", 1}, {u"令狐", 1},
};

constexpr QStringView kMaleFirst[] = {
    u"建", u"志", u"国", u"永", u"文", u"海", u"俊", u"家", u"子", u"晓", u"明", u"宏",
    u"振", u"浩", u"嘉", u"天", u"立", u"世", u"德", u"春", u"鸿", u"博", u"泽", u"宇",
    u"一", u"卫", u"学", u"新", u"伟", u"云", u"思", u"启", u"君", u"兴", u"晨", u"金",
};
constexpr QStringView kMaleSecond[] = {
    u"伟", u"强", u"磊", u"军", u"勇", u"杰", u"涛", u"斌", u"超", u"刚", u"平",
    u"辉", u"鹏", u"华", u"飞", u"鑫", u"波", u"宁", u"峰", u"亮", u"林", u"东",
    u"龙", u"宇", u"凯", u"博", u"帅", u"洋", u"阳", u"成", u"健", u"忠", u"兵",
    u"新", u"光", u"荣", u"坤", u"岩", u"昊", u"睿", u"锋", u"毅", u"瑞", u"轩",
    u"航", u"旭", u"彬", u"松", u"力", u"明", u"钢", u"良", u"栋", u"振",
};
constexpr QStringView kFemaleFirst[] = {
    u"晓", u"秀", u"丽", u"雅", u"静", u"佳", u"欣", u"思", u"雨", u"梦", u"慧",
    u"文", u"美", u"雪", u"玉", u"春", u"海", u"艳", u"淑", u"晶", u"紫", u"诗",
    u"梓", u"一", u"亚", u"红", u"小", u"婉", u"心", u"若", u"金", u"桂",
};
constexpr QStringView kFemaleSecond[] = {
    u"芳", u"娜", u"敏", u"静", u"丽", u"艳", u"娟", u"霞", u"燕", u"玲", u"婷", u"雪",
    u"慧", u"颖", u"琳", u"倩", u"洁", u"莉", u"萍", u"红", u"梅", u"琴", u"蓉", u"丹",
    u"晶", u"欣", u"悦", u"怡", u"佳", u"雯", u"璐", u"薇", u"月", u"楠", u"瑶", u"妍",
    u"琪", u"岚", u"露", u"莹", u"茜", u"菲", u"萱", u"涵", u"兰", u"英", u"芬", u"娇",
};

constexpr QStringView kTradeFirst[] = {
    u"恒", u"华", u"鑫", u"瑞", u"泰", u"丰", u"宏", u"盛", u"隆", u"兴", u"昌", u"鼎",
    u"嘉", u"金", u"祥", u"福", u"富", u"安", u"康", u"永", u"长", u"通", u"汇", u"源",
    u"德", u"信", u"诚", u"海", u"天", u"中", u"宇", u"博", u"卓", u"创", u"尚", u"新",
    u"锦", u"鸿", u"腾", u"凯", u"辰", u"明", u"光", u"星", u"启", u"佳", u"和", u"润",
    u"万", u"众", u"君", u"峰", u"正", u"云", u"智", u"汉", u"远", u"联", u"同", u"益",
    u"旭", u"晟", u"骏", u"亿", u"美", u"东", u"环", u"顺", u"伟", u"宁",
};
constexpr QStringView kTradeSecond[] = {
    u"达", u"源", u"泰", u"丰", u"盛", u"兴", u"信", u"通", u"祥", u"瑞", u"华", u"昌",
    u"宇", u"隆", u"鑫", u"德", u"利", u"诚", u"安", u"康", u"博", u"远", u"辉", u"成",
    u"翔", u"晟", u"腾", u"鼎", u"邦", u"联", u"创", u"科", u"川", u"龙", u"弘", u"升",
    u"荣", u"业", u"发", u"和", u"元", u"航", u"锐", u"驰", u"正", u"硕", u"瀚", u"泽",
    u"豪", u"聚", u"奥", u"威", u"胜", u"旺", u"晖", u"峰", u"宸", u"力", u"茂", u"佳",
    u"恒", u"凯", u"嘉", u"润", u"帆", u"捷", u"拓", u"美", u"宏", u"晨",
};
constexpr QStringView kTradeLocal[] = {
    u"秦川", u"渭水", u"大唐", u"西京", u"终南", u"灞柳", u"汉唐", u"秦岭", u"丝路", u"渭河",
    u"骊山", u"华山", u"三秦", u"关中", u"古都", u"沣河", u"太白", u"秦风", u"唐韵", u"西岳",
};
constexpr QStringView kTradeSuffix[] = {
    u"伟业", u"兴业", u"鼎盛", u"创新", u"永盛", u"宏图", u"嘉禾", u"通达", u"恒远",
    u"合力", u"同创", u"瑞丰", u"腾飞", u"华盛", u"佳和", u"顺达", u"众诚", u"博远",
    u"天成", u"鸿运", u"兴隆", u"盛世", u"弘远", u"智联", u"永泰", u"信达", u"汇通",
};

// Company words and shop words per GB/T 4754-2017 section.
constexpr QStringView kA[] = {u"农业",     u"种植", u"养殖", u"生态农业", u"农业科技",
                              u"农业发展", u"苗木", u"果业", u"畜牧"};
constexpr QStringView kAShops[] = {u"养殖场", u"种植园", u"果园", u"苗圃"};
constexpr QStringView kB[] = {u"矿业", u"矿产品开发", u"石材", u"砂石料"};
constexpr QStringView kC[] = {
    u"机械",       u"电子",     u"食品", u"精密制造", u"新材料",   u"包装",     u"服装",
    u"汽车零部件", u"精密机械", u"光电", u"半导体",   u"医疗器械", u"仪器仪表", u"印务",
    u"家具",       u"建材",     u"塑业", u"电气设备", u"航空部件", u"钛业",     u"食品加工",
};
constexpr QStringView kCShops[] = {u"加工厂", u"门窗加工部", u"服装加工店", u"印刷部",
                                   u"面粉加工坊"};
constexpr QStringView kD[] = {u"电力", u"热力", u"燃气", u"水务", u"新能源", u"能源"};
constexpr QStringView kE[] = {u"建筑工程", u"建设",     u"装饰工程", u"市政工程", u"建筑劳务",
                              u"安装工程", u"防水工程", u"幕墙工程", u"建设工程", u"机电安装"};
constexpr QStringView kEShops[] = {u"装饰部", u"水电安装部", u"防水维修部"};
constexpr QStringView kF[] = {u"商贸", u"贸易",     u"超市", u"医药连锁", u"商业", u"百货",
                              u"医药", u"五金机电", u"酒业", u"茶业",     u"粮油", u"汽车销售"};
constexpr QStringView kFShops[] = {u"便利店", u"超市",   u"烟酒店", u"五金店", u"日杂店",
                                   u"水果店", u"副食店", u"建材店", u"茶叶店", u"手机店"};
constexpr QStringView kG[] = {u"物流", u"运输", u"仓储",         u"快递",
                              u"货运", u"速递", u"国际货运代理", u"冷链物流"};
constexpr QStringView kGShops[] = {u"货运部", u"搬家服务部"};
constexpr QStringView kH[] = {u"餐饮管理", u"酒店管理", u"餐饮", u"餐饮服务", u"酒店"};
constexpr QStringView kHShops[] = {u"面馆",     u"饭店",   u"小吃店", u"凉皮店",
                                   u"肉夹馍店", u"饺子馆", u"火锅店", u"烧烤店",
                                   u"快餐店",   u"泡馍馆", u"包子铺", u"餐馆"};
constexpr QStringView kI[] = {u"科技",     u"软件",     u"信息技术", u"网络科技",
                              u"电子科技", u"数据科技", u"智能科技", u"信息科技",
                              u"数字科技", u"软件技术", u"通信技术", u"云计算"};
constexpr QStringView kIShops[] = {u"网络工作室", u"软件工作室"};
constexpr QStringView kJ[] = {u"融资担保", u"小额贷款", u"典当", u"融资租赁", u"商业保理"};
constexpr QStringView kK[] = {u"房地产开发", u"物业管理", u"置业", u"物业服务", u"房地产经纪"};
constexpr QStringView kKShops[] = {u"房产中介", u"房屋信息咨询部"};
constexpr QStringView kL[] = {u"企业管理咨询", u"人力资源", u"广告",   u"企业管理", u"商务信息咨询",
                              u"会展服务",     u"劳务派遣", u"旅行社", u"保安服务", u"供应链管理"};
constexpr QStringView kLShops[] = {u"广告部", u"图文广告部", u"打字复印部"};
constexpr QStringView kM[] = {u"检测技术", u"工程设计", u"生物科技", u"检验检测", u"勘察设计",
                              u"工程咨询", u"测绘",     u"规划设计", u"生物技术"};
constexpr QStringView kMShops[] = {u"设计工作室", u"技术服务部"};
constexpr QStringView kN[] = {u"环保科技", u"园林绿化", u"环境工程", u"环卫服务", u"环境治理"};
constexpr QStringView kNShops[] = {u"绿化养护部"};
constexpr QStringView kO[] = {u"家政服务", u"汽车维修", u"家电维修", u"保洁服务",
                              u"美容美发", u"婚庆服务", u"洗涤服务", u"汽车服务"};
constexpr QStringView kOShops[] = {u"汽修部", u"理发店", u"洗衣店",     u"家电维修部", u"美发店",
                                   u"美容店", u"洗车行", u"开锁服务部", u"手机维修部"};
constexpr QStringView kP[] = {u"教育科技", u"培训", u"教育咨询", u"职业技能培训", u"教育发展"};
constexpr QStringView kQ[] = {u"医疗管理", u"养老服务", u"健康管理", u"康复医疗", u"康养"};
constexpr QStringView kQShops[] = {u"诊所", u"口腔诊所", u"中医诊所"};
constexpr QStringView kR[] = {u"文化传媒", u"体育发展", u"文化传播", u"影视文化",
                              u"文化艺术", u"体育文化", u"健身",     u"传媒"};
constexpr QStringView kRShops[] = {u"棋牌室", u"健身工作室", u"书画工作室"};
constexpr QStringView kS[] = {u"社区服务", u"社会服务"};

constexpr Industry kIndustries[] = {
    {u'A', 10, 20, true, kA, kAShops},  {u'B', 3, 0, true, kB, {}},
    {u'C', 140, 8, true, kC, kCShops},  {u'D', 10, 0, true, kD, {}},
    {u'E', 80, 6, false, kE, kEShops},  {u'F', 210, 40, false, kF, kFShops},
    {u'G', 50, 12, true, kG, kGShops},  {u'H', 90, 50, false, kH, kHShops},
    {u'I', 120, 4, false, kI, kIShops}, {u'J', 10, 0, false, kJ, {}},
    {u'K', 30, 10, false, kK, kKShops}, {u'L', 100, 10, false, kL, kLShops},
    {u'M', 80, 6, false, kM, kMShops},  {u'N', 15, 5, false, kN, kNShops},
    {u'O', 30, 55, false, kO, kOShops}, {u'P', 20, 0, false, kP, {}},
    {u'Q', 15, 15, false, kQ, kQShops}, {u'R', 20, 20, false, kR, kRShops},
    {u'S', 2, 0, false, kS, {}},
};

} // namespace

std::span<const Weighted> surnames()
{
    return kSurnames;
}

std::span<const QStringView> givenFirst(bool female)
{
    return female ? std::span<const QStringView>(kFemaleFirst) : kMaleFirst;
}

std::span<const QStringView> givenSecond(bool female)
{
    return female ? std::span<const QStringView>(kFemaleSecond) : kMaleSecond;
}

std::span<const QStringView> tradeFirst()
{
    return kTradeFirst;
}

std::span<const QStringView> tradeSecond()
{
    return kTradeSecond;
}

std::span<const QStringView> tradeLocal()
{
    return kTradeLocal;
}

std::span<const QStringView> tradeSuffix()
{
    return kTradeSuffix;
}

bool unsuitableTrade(QStringView pair)
{
    // Words that need the State's approval, and well-known marks a registry would refuse.
    static constexpr QStringView kUnsuitable[] = {
        u"中华", u"中国", u"中央", u"中美", u"中正", u"中兴", u"中信", u"中通", u"中海",
        u"华润", u"华泰", u"华夏", u"万科", u"万达", u"海信", u"海康", u"顺丰", u"康佳",
        u"恒瑞", u"汇源", u"永辉", u"联通", u"新华", u"宇通", u"正泰", u"德邦", u"安利",
    };
    return std::find(std::begin(kUnsuitable), std::end(kUnsuitable), pair) != std::end(kUnsuitable);
}

bool oddGivenName(QChar first, QChar second)
{
    // A fashionable first character with an old-fashioned second one (梓芬, 一兵) reads oddly.
    static constexpr QStringView kModernFirst = u"梓紫诗若心一雨梦思欣子泽宇嘉浩晨博";
    static constexpr QStringView kOlderSecond = u"英芬兰红梅霞萍娟艳琴军兵刚钢平忠良新力";
    return kModernFirst.contains(first) && kOlderSecond.contains(second);
}

std::span<const Industry> industries()
{
    return kIndustries;
}

} // namespace lp::demo::words
