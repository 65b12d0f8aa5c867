// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The days the demo's dates fall on: which days are working days (visits are made on them
// mostly) and the day a problem's time limit ends, after the built-in holiday table
// (WorkCalendar), loaded once per demo. A new file counts time limits in calendar days.
#pragma once

#include <QDate>

#include "core/domain/workcalendar.h"
#include "core/result.h"

namespace lp::demo {

class DemoDays final {
public:
    static Result<DemoDays> load();

    // As the holiday table says; outside its years, Monday to Friday except the Spring
    // Festival week (the eve and six days after).
    [[nodiscard]] bool isWorkday(const QDate& date) const;
    // The last day of a time limit of `days` calendar days from `start`, rolled past days off.
    [[nodiscard]] QDate deadline(const QDate& start, int days) const;
    // The first day of the lunar new year (春节); 5 February outside the table (2000–2040).
    [[nodiscard]] static QDate springFestival(int year);

private:
    explicit DemoDays(domain::WorkCalendar calendar)
        : m_calendar(std::move(calendar))
    {}

    domain::WorkCalendar m_calendar;
};

} // namespace lp::demo
