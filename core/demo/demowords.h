// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The word tables behind DemoNames (private to core/demo). They are constant arrays in a fixed
// order, so drawing from them depends on the seed only. The place words (roads, parks, police
// stations) are those of the seed district, Xi'an's high-tech zone; the trade names lean to
// Shaanxi (秦川, 长安). Weights are rough shares, not statistics to quote.
#pragma once

#include <span>

#include <QChar>
#include <QStringView>

namespace lp::demo::words {

struct Weighted {
    QStringView text;
    int weight;
};

// One GB/T 4754-2017 section as the demo uses it.
struct Industry {
    char16_t section;
    int weight;            // share of a high-tech district's roster, per mille
    int individualPercent; // share of individual businesses (个体工商户) in the section
    bool plants;           // premises are usually plants or warehouses, not offices
    std::span<const QStringView> companyWords; // 机械, 物流: before the legal form
    std::span<const QStringView> shopWords; // 面馆, 便利店: individual businesses; may be empty
};

struct Park {
    QStringView code;
    QStringView name;
    QStringView road;
    int number;
    QStringView bodySuffix; // 管理委员会, 管理办公室 …
};

// Persons: surnames with rough per-ten-thousand shares, compound ones included; given-name
// characters as first and second character, by gender (a single-character name is a second).
std::span<const Weighted> surnames();
std::span<const QStringView> givenFirst(bool female);
std::span<const QStringView> givenSecond(bool female);

// Trade names (字号): two characters from these lists, a local word, or four characters with a
// suffix pair (恒达 + 伟业).
std::span<const QStringView> tradeFirst();
std::span<const QStringView> tradeSecond();
std::span<const QStringView> tradeLocal();
std::span<const QStringView> tradeSuffix();
// Pairs a registry would refuse as a trade name: 中华 and the like, and well-known marks.
bool unsuitableTrade(QStringView pair);
// Given names whose two characters belong to different generations (梓芬).
bool oddGivenName(QChar first, QChar second);

// Sections A–S (never T, international organisations).
std::span<const Industry> industries();

std::span<const Weighted> mobilePrefixes();
std::span<const QStringView> roads();
std::span<const QStringView> officeBuildings();
std::span<const QStringView> residentialCompounds();
std::span<const Park> parks();

} // namespace lp::demo::words
