// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/workcalendar.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lp::domain {
namespace {

const QString kSourceKeyword = u"source"_s;
const QString kHoliday = u"holiday"_s;
const QString kWorkday = u"workday"_s;
constexpr int kMaxReportedLines = 20;

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

// A year field: four digits, from the founding of the People's Republic on.
std::optional<int> yearOf(const QString& text)
{
    if (text.size() != 4)
        return std::nullopt;
    for (QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    const int year = text.toInt();
    return year >= 1949 ? std::optional<int>(year) : std::nullopt;
}

QDate dateOf(const QString& text)
{
    // QDate::fromString accepts "2026-1-1"; the table writes every date in one form.
    static const QRegularExpression form(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return form.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

} // namespace

QString deadlineCountingCode(DeadlineCounting counting)
{
    switch (counting) {
    case DeadlineCounting::CalendarDays:
        return u"calendar"_s;
    case DeadlineCounting::WorkingDays:
        return u"working"_s;
    }
    return u"calendar"_s;
}

std::optional<DeadlineCounting> deadlineCountingFromCode(const QString& code)
{
    for (DeadlineCounting counting :
         {DeadlineCounting::CalendarDays, DeadlineCounting::WorkingDays}) {
        if (deadlineCountingCode(counting) == code)
            return counting;
    }
    return std::nullopt;
}

WorkCalendar::WorkCalendar(const QList<CalendarYear>& years)
{
    replaceYears(years);
}

Result<WorkCalendar> WorkCalendar::builtIn()
{
    static const Result<WorkCalendar> table = []() -> Result<WorkCalendar> {
        QFile file(u":/data/cn-holidays.tsv"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::NotFound,
                        tr("The holiday table built into LinkPoint is missing. Reinstall "
                           "LinkPoint."),
                        file.fileName());
        }
        auto years = parse(QString::fromUtf8(file.readAll()));
        if (!years)
            return fail(years.error());
        return WorkCalendar(*years);
    }();
    return table;
}

Result<QList<CalendarYear>> WorkCalendar::parse(const QString& text)
{
    struct YearLines {
        CalendarYear year;
        int sourceLine = 0;
        int firstDayLine = 0;
    };
    QMap<int, YearLines> found;
    QHash<QDate, int> dayLines;
    QList<std::pair<int, QString>> problems; // line, what is wrong there
    auto problem = [&](int line, const QString& message) {
        problems.append({line, message});
    };

    QStringView rest(text);
    if (rest.startsWith(QChar(0xfeff)))
        rest = rest.mid(1);
    int lineNumber = 0;
    for (QStringView raw : rest.split(u'\n')) {
        ++lineNumber;
        const QStringView line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        for (QStringView field : raw.split(u'\t'))
            fields.append(field.trimmed().toString());
        while (fields.size() > 1 && fields.last().isEmpty())
            fields.removeLast();
        const auto year = yearOf(fields.first());
        if (!year) {
            problem(lineNumber, tr("\"%1\" is not a year. Each line starts with the year of its "
                                   "notice, e.g. 2027, followed by a tab.")
                                    .arg(fields.first().left(20)));
            continue;
        }
        YearLines& entry = found[*year];
        entry.year.year = *year;
        if (fields.size() >= 2 && fields.at(1) == kSourceKeyword) {
            if (fields.size() != 3 || fields.at(2).isEmpty()) {
                problem(lineNumber, tr("the source line of %1 names no notice. Write: %1, a tab, "
                                       "source, a tab, and the notice's title and number.")
                                        .arg(*year));
            } else if (entry.sourceLine != 0) {
                problem(lineNumber, tr("%1 already has a source line (line %2). Keep one source "
                                       "line per year.")
                                        .arg(*year)
                                        .arg(entry.sourceLine));
            } else {
                entry.sourceLine = lineNumber;
                entry.year.source = fields.at(2);
            }
            continue;
        }
        // A day line, good or bad: the year has days (a bad one is reported on its own).
        if (entry.firstDayLine == 0)
            entry.firstDayLine = lineNumber;
        if (fields.size() == 3 && (fields.at(2) == kHoliday || fields.at(2) == kWorkday)) {
            problem(lineNumber, tr("%1 has no name. Write the name of the holiday it belongs to.")
                                    .arg(fields.at(1)));
            continue;
        }
        if (fields.size() != 4) {
            problem(lineNumber,
                    tr("expected 4 fields separated by tabs (year, date, holiday or workday, "
                       "name), found %1. Separate the fields with tab characters, not spaces.")
                        .arg(fields.size()));
            continue;
        }
        const QDate date = dateOf(fields.at(1));
        if (!date.isValid()) {
            problem(lineNumber, tr("\"%1\" is not a date. Write dates as YYYY-MM-DD, e.g. "
                                   "2027-01-01.")
                                    .arg(fields.at(1).left(20)));
            continue;
        }
        const QString& kind = fields.at(2);
        if (kind != kHoliday && kind != kWorkday) {
            problem(lineNumber, tr("\"%1\" is neither holiday nor workday. Write holiday for a day "
                                   "off, workday for a weekend day that is worked.")
                                    .arg(kind.left(20)));
            continue;
        }
        const bool inYear = date.year() == *year;
        const bool inDecemberBefore = date.year() == *year - 1 && date.month() == 12;
        if (!inYear && !inDecemberBefore) {
            problem(lineNumber,
                    tr("%1 is outside %2. A day belongs to the year of its notice: a date in %2, "
                       "or in December %3 when New Year's Day holidays start in the old year.")
                        .arg(fields.at(1))
                        .arg(*year)
                        .arg(*year - 1));
            continue;
        }
        if (kind == kWorkday && !isWeekend(date)) {
            problem(lineNumber, tr("%1 is a %2, but a workday line is for a Saturday or Sunday "
                                   "that is worked. Check the date, or write holiday.")
                                    .arg(fields.at(1), QLocale().dayName(date.dayOfWeek())));
            continue;
        }
        if (const int first = dayLines.value(date); first != 0) {
            problem(lineNumber, tr("%1 is listed twice (first on line %2). Keep one line per day.")
                                    .arg(fields.at(1))
                                    .arg(first));
            continue;
        }
        dayLines.insert(date, lineNumber);
        entry.year.days.append({date, kind == kHoliday, fields.at(3)});
    }

    for (const YearLines& entry : std::as_const(found)) {
        if (entry.sourceLine == 0 && entry.firstDayLine != 0) {
            problem(entry.firstDayLine,
                    tr("%1 has days but no source line. Add a line: %1, a tab, source, a tab, "
                       "and the title and number of the notice the days come from.")
                        .arg(entry.year.year));
        } else if (entry.sourceLine != 0 && entry.firstDayLine == 0) {
            problem(entry.sourceLine, tr("%1 has a source line but no days. Add the year's "
                                         "holidays and make-up workdays, or remove the line.")
                                          .arg(entry.year.year));
        }
    }
    if (!problems.isEmpty()) {
        // In file order: the checks of whole years above name lines out of order.
        std::stable_sort(problems.begin(), problems.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        QStringList lines;
        for (const auto& [line, message] :
             std::as_const(problems).first(std::min<qsizetype>(problems.size(), kMaxReportedLines)))
            lines.append(tr("Line %1: %2").arg(line).arg(message));
        const int total = int(problems.size());
        if (total > kMaxReportedLines)
            lines.append(tr("… and %n more problem(s).", nullptr, total - kMaxReportedLines));
        return fail(ErrorCode::InvalidInput,
                    tr("The holiday table has %n problem(s):", nullptr, total) + u'\n' +
                        lines.join(u'\n'));
    }
    if (found.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    tr("The holiday table lists no year. Each year needs a source line and its "
                       "days, as in the table LinkPoint ships (see its header for the format)."));
    }
    QList<CalendarYear> years;
    for (YearLines& entry : found) {
        std::sort(entry.year.days.begin(), entry.year.days.end(),
                  [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
        years.append(std::move(entry.year));
    }
    return years;
}

void WorkCalendar::replaceYears(const QList<CalendarYear>& years)
{
    for (const CalendarYear& year : years)
        m_years.insert(year.year, year);
    rebuildDays();
}

void WorkCalendar::rebuildDays()
{
    m_days.clear();
    for (const CalendarYear& year : std::as_const(m_years)) {
        for (const CalendarDay& day : year.days)
            m_days.insert(day.date, day);
    }
}

QList<CalendarYear> WorkCalendar::years() const
{
    return m_years.values();
}

int WorkCalendar::firstYear() const
{
    return m_years.isEmpty() ? 0 : m_years.firstKey();
}

int WorkCalendar::lastYear() const
{
    return m_years.isEmpty() ? 0 : m_years.lastKey();
}

bool WorkCalendar::covers(const QDate& date) const
{
    return date.isValid() && m_years.contains(date.year());
}

DayKind WorkCalendar::kind(const QDate& date) const
{
    if (const auto listed = m_days.constFind(date); listed != m_days.cend())
        return listed->holiday ? DayKind::Holiday : DayKind::MakeupWorkday;
    return isWeekend(date) ? DayKind::Weekend : DayKind::Workday;
}

bool WorkCalendar::isWorkday(const QDate& date) const
{
    const DayKind dayKind = kind(date);
    return dayKind == DayKind::Workday || dayKind == DayKind::MakeupWorkday;
}

QString WorkCalendar::holidayName(const QDate& date) const
{
    return m_days.value(date).name;
}

QDate WorkCalendar::deadline(const QDate& start, int days, DeadlineCounting counting) const
{
    Q_ASSERT(days >= 0);
    if (!start.isValid())
        return {};
    days = std::max(days, 0);
    if (counting == DeadlineCounting::WorkingDays) {
        QDate day = start;
        for (int counted = 0; counted < days;) {
            day = day.addDays(1);
            if (isWorkday(day))
                ++counted;
        }
        return day;
    }
    // 民法典 §201: the start day is not counted; §203: a last day that is a day off moves to
    // the first working day after it.
    QDate last = start.addDays(days);
    while (!isWorkday(last))
        last = last.addDays(1);
    return last;
}

int WorkCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkday(day))
            ++count;
    }
    return count;
}

} // namespace lp::domain
