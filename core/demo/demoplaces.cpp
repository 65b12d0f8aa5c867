// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Phones and places of the seed district (Xi'an's high-tech zone). Some roads are real, some
// are invented in the same style; the parks and buildings are invented.
#include "core/demo/demowords.h"

namespace lp::demo::words {
namespace {

// Mobile number segments of the three carriers (13x 15x 17x 18x 19x), roughly by how common
// they are among working adults.
constexpr Weighted kMobilePrefixes[] = {
    {u"130", 3}, {u"131", 3}, {u"132", 3}, {u"133", 3}, {u"134", 2}, {u"135", 4}, {u"136", 4},
    {u"137", 4}, {u"138", 4}, {u"139", 5}, {u"150", 3}, {u"151", 3}, {u"152", 3}, {u"153", 2},
    {u"155", 2}, {u"156", 2}, {u"157", 2}, {u"158", 3}, {u"159", 3}, {u"170", 1}, {u"171", 1},
    {u"173", 2}, {u"176", 2}, {u"177", 2}, {u"178", 2}, {u"180", 2}, {u"181", 2}, {u"182", 2},
    {u"183", 2}, {u"184", 1}, {u"185", 2}, {u"186", 3}, {u"187", 3}, {u"188", 2}, {u"189", 3},
    {u"191", 1}, {u"193", 1}, {u"195", 1}, {u"198", 2}, {u"199", 2},
};

constexpr QStringView kRoads[] = {
    u"锦业路",     u"锦业一路",   u"锦业二路",   u"科技路",     u"科技二路",       u"科技三路",
    u"科技四路",   u"科技五路",   u"科技六路",   u"科技八路",   u"唐延路",         u"唐延南路",
    u"唐兴路",     u"丈八一路",   u"丈八二路",   u"丈八四路",   u"丈八五路",       u"丈八六路",
    u"丈八北路",   u"高新路",     u"高新一路",   u"高新二路",   u"高新三路",       u"高新四路",
    u"高新六路",   u"团结南路",   u"沣惠南路",   u"光华路",     u"天谷一路",       u"天谷二路",
    u"天谷三路",   u"天谷四路",   u"天谷五路",   u"天谷六路",   u"天谷七路",       u"天谷八路",
    u"云水一路",   u"云水二路",   u"云水三路",   u"西沣路",     u"博士路",         u"西太路",
    u"上林苑一路", u"上林苑二路", u"上林苑四路", u"上林苑六路", u"草堂路",         u"草堂一路",
    u"科创路",     u"创业路",     u"西部大道",   u"信息大道",   u"新型工业园南路", u"兴隆街",
    u"细柳路",     u"鱼化路",     u"云萃路",     u"纬二十六路", u"经二十路",       u"秦岭大道",
};

constexpr QStringView kOfficeBuildings[] = {
    u"创业园",   u"软件园",   u"科技大厦",     u"国际中心",     u"金融广场", u"企业中心",
    u"创新港",   u"信息大厦", u"高科广场",     u"天谷科技园",   u"汇智大厦", u"融城中心",
    u"丝路中心", u"云水大厦", u"锦业时代广场", u"国际商务中心", u"创新大厦", u"嘉会广场",
};

constexpr QStringView kResidentialCompounds[] = {
    u"丈八新村", u"科技家园", u"唐延花园", u"云水苑",   u"锦业新城", u"天谷家园",
    u"高新花园", u"枫林苑",   u"紫薇苑",   u"鱼化新村", u"沣惠小区", u"博士苑",
};

constexpr Park kParks[] = {
    {u"gxcy", u"高新技术产业园", u"锦业路", 1, u"管理委员会"},
    {u"rjxc", u"软件新城", u"天谷八路", 156, u"管理办公室"},
    {u"zhbs", u"综合保税区", u"西部大道", 66, u"管理委员会"},
    {u"dzgy", u"电子工业园", u"科技二路", 72, u"管理办公室"},
    {u"xdwl", u"现代物流园", u"西沣路", 198, u"管理办公室"},
    {u"cyyf", u"创业研发园", u"科技路", 48, u"管理办公室"},
    {u"swyy", u"生物医药产业园", u"草堂路", 28, u"管理委员会"},
    {u"slzb", u"丝路国际总部园", u"丈八六路", 18, u"管理服务中心"},
    {u"xjzz", u"先进制造产业园", u"上林苑四路", 9, u"管理委员会"},
    {u"whcy", u"文化创意产业园", u"唐延南路", 11, u"管理办公室"},
};

} // namespace

std::span<const Weighted> mobilePrefixes()
{
    return kMobilePrefixes;
}

std::span<const QStringView> roads()
{
    return kRoads;
}

std::span<const QStringView> officeBuildings()
{
    return kOfficeBuildings;
}

std::span<const QStringView> residentialCompounds()
{
    return kResidentialCompounds;
}

std::span<const Park> parks()
{
    return kParks;
}

} // namespace lp::demo::words
