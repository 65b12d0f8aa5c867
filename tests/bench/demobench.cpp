// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/demobench.h"

#include "core/demo/demonames.h"
#include "core/demo/demorandom.h"

using namespace Qt::StringLiterals;

namespace lp::bench {

QList<Measure> demoMeasures()
{
    QList<Measure> measures;
    measures.append({u"demo_names_10000_enterprises"_s, 100, [] {
                         return std::function<bool()>([] {
                             demo::DemoRandom random(2026);
                             demo::DemoNames names(random, demo::DemoPlace::xianHighTechZone());
                             qsizetype characters = 0;
                             for (int i = 0; i < 10000; ++i) {
                                 const auto enterprise = names.enterprise();
                                 characters += enterprise.name.size() +
                                               enterprise.creditCode.size() +
                                               enterprise.address.size();
                             }
                             return characters > 0;
                         });
                     }});
    return measures;
}

} // namespace lp::bench
