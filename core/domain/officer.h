// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lp::domain {

struct Officer {
    QString id;
    QString code; // short ASCII code, used with --officer
    QString name;
    QString unitId;
    QString phone;
    bool active = true;
    int version = 0;
};

} // namespace lp::domain
