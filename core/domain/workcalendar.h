// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Which days are working days in mainland China, and deadlines counted over them
// (RESEARCH.md §5). The table of public holidays and make-up workdays (调休上班) per year comes
// from the State Council's notice of that year; it ships as a dated data file
// (resources/data/cn-holidays.tsv, whose header describes the format) and a newer one can be
// imported into the database file. Beyond the table only weekends are days off.
//
// A day belongs to the year of the notice that orders it, which for a New Year's Day period
// may be a December day of the year before (2018-12-30 is in the 2019 notice). covers() and
// lastYear() speak of those notice years.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include "core/result.h"

namespace lp::domain {

// How a problem's time limit of N days is counted; stored as 'calendar' / 'working'.
enum class DeadlineCounting {
    CalendarDays, // 民法典 §201/§203: the first day is not counted; a last day off rolls over
    WorkingDays,  // N working days after the start day
};

[[nodiscard]] QString deadlineCountingCode(DeadlineCounting counting);
[[nodiscard]] std::optional<DeadlineCounting> deadlineCountingFromCode(const QString& code);

enum class DayKind { Workday, Weekend, Holiday, MakeupWorkday };

struct CalendarDay {
    QDate date;
    bool holiday = true; // false: a make-up workday on a weekend (调休上班)
    QString name;        // 春节, 国庆节, …
};

struct CalendarYear {
    int year = 0;
    QString source; // the notice, e.g. 国办发明电〔2025〕7号
    QList<CalendarDay> days;
};

class WorkCalendar final {
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)
public:
    WorkCalendar() = default; // no table: only weekends are days off
    explicit WorkCalendar(const QList<CalendarYear>& years);

    // The table shipped in resources/data.
    static Result<WorkCalendar> builtIn();
    // Reads a table in the format of the shipped file; an error names the line and what is wrong.
    static Result<QList<CalendarYear>> parse(const QString& text);

    // Replaces (or adds) the given years; when two years list one day, the later year wins.
    void replaceYears(const QList<CalendarYear>& years);
    [[nodiscard]] QList<CalendarYear> years() const;
    [[nodiscard]] int firstYear() const; // 0 without a table
    [[nodiscard]] int lastYear() const;
    // True when the table has the notice of the date's year.
    [[nodiscard]] bool covers(const QDate& date) const;

    [[nodiscard]] DayKind kind(const QDate& date) const;
    [[nodiscard]] bool isWorkday(const QDate& date) const;
    // The name of the holiday a listed day (off or worked) belongs to; empty otherwise.
    [[nodiscard]] QString holidayName(const QDate& date) const;

    // The last day of a time limit of `days` days starting on `start` (the day of the event,
    // not counted). CalendarDays: start + days, rolled forward past days off. WorkingDays: the
    // `days`-th working day after start (start itself for 0). An invalid start gives an invalid
    // date; a negative `days` is a programmer mistake and counts as 0.
    [[nodiscard]] QDate deadline(const QDate& start, int days, DeadlineCounting counting) const;
    // Working days after `from` up to and including `to` (0 when to <= from).
    [[nodiscard]] int workingDaysBetween(const QDate& from, const QDate& to) const;

private:
    void rebuildDays();

    QMap<int, CalendarYear> m_years;
    QMap<QDate, CalendarDay> m_days;
};

} // namespace lp::domain
