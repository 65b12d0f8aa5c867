// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demodays.h"

#include <array>

namespace lp::demo {
namespace {

// Month and day of the Spring Festival, 2000–2040.
constexpr int kFirstYear = 2000;
constexpr std::array<int, 41> kSpringFestival{
    205, 124, 212, 201, 122, 209, 129, 218, 207, 126, // 2000–2009
    214, 203, 123, 210, 131, 219, 208, 128, 216, 205, // 2010–2019
    125, 212, 201, 122, 210, 129, 217, 206, 126, 213, // 2020–2029
    203, 123, 211, 131, 219, 208, 128, 215, 204, 124, // 2030–2039
    212,                                              // 2040
};

} // namespace

Result<DemoDays> DemoDays::load()
{
    auto calendar = domain::WorkCalendar::builtIn();
    if (!calendar)
        return fail(calendar.error());
    return DemoDays(std::move(*calendar));
}

QDate DemoDays::springFestival(int year)
{
    const int index = year - kFirstYear;
    if (index < 0 || index >= int(kSpringFestival.size()))
        return QDate(year, 2, 5);
    const int monthDay = kSpringFestival[std::size_t(index)];
    return QDate(year, monthDay / 100, monthDay % 100);
}

bool DemoDays::isWorkday(const QDate& date) const
{
    if (m_calendar.covers(date))
        return m_calendar.isWorkday(date);
    if (date.dayOfWeek() > 5)
        return false;
    // The festival falls between 21 January and 20 February, so its eve is in the same year.
    const QDate festival = springFestival(date.year());
    const qint64 offset = festival.daysTo(date);
    return offset < -1 || offset > 5;
}

QDate DemoDays::deadline(const QDate& start, int days) const
{
    return m_calendar.deadline(start, days, domain::DeadlineCounting::CalendarDays);
}

} // namespace lp::demo
