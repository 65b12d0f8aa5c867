// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the organisation part of the demo wrote and the visits part builds on, kept in memory
// so the visits need no reads: the units with their sections and officers, the enterprises
// with the flags that make them visited more often.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lp::demo {

struct DemoWorld {
    struct Officer {
        QString id;
        QString sectionId; // empty: not in a section
    };
    struct Unit {
        QString id;
        QString code;
        QStringList sectionIds;
        QList<Officer> officers;
    };
    struct Enterprise {
        QString id;
        bool disputes = false;   // 纠纷多
        bool difficulty = false; // 经营困难
    };
    QList<Unit> units;
    QList<Enterprise> enterprises;
};

} // namespace lp::demo
