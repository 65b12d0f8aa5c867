// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Working days and deadlines over the shipped holiday table (dates checked by hand against
// the State Council notices), and the table's parser.
#include <QSet>

#include "core/domain/workcalendar.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::domain;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char* iso)
{
    const QDate date = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(date.isValid());
    return date;
}

const WorkCalendar& shipped()
{
    static const WorkCalendar calendar = [] {
        auto table = WorkCalendar::builtIn();
        REQUIRE_OK(table);
        return *table;
    }();
    return calendar;
}

QString calendarDays(const char* start, int days)
{
    return shipped().deadline(d(start), days, DeadlineCounting::CalendarDays).toString(Qt::ISODate);
}

QString workingDays(const char* start, int days)
{
    return shipped().deadline(d(start), days, DeadlineCounting::WorkingDays).toString(Qt::ISODate);
}

// The message of a table that must be refused.
QString refusal(const QString& text)
{
    auto parsed = WorkCalendar::parse(text);
    REQUIRE_FALSE(parsed.has_value());
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    return parsed.error().message;
}

const QString kHeader = u"# a test table\n2027\tsource\t国办发明电〔2026〕1号\n"_s;

} // namespace

TEST_CASE("WorkCalendar: the deadline codes are stable")
{
    CHECK(deadlineCountingCode(DeadlineCounting::CalendarDays) == u"calendar"_s);
    CHECK(deadlineCountingCode(DeadlineCounting::WorkingDays) == u"working"_s);
    CHECK(deadlineCountingFromCode(u"working"_s) == DeadlineCounting::WorkingDays);
    CHECK(deadlineCountingFromCode(u"calendar"_s) == DeadlineCounting::CalendarDays);
    CHECK_FALSE(deadlineCountingFromCode(u"Working"_s).has_value());
}

TEST_CASE("WorkCalendar: the shipped table has every year from 2015 to 2026 with its notice")
{
    const WorkCalendar& calendar = shipped();
    CHECK(calendar.firstYear() == 2015);
    CHECK(calendar.lastYear() == 2026);
    const QList<CalendarYear> years = calendar.years();
    REQUIRE(years.size() == 12);
    for (int i = 0; i < years.size(); ++i) {
        const CalendarYear& year = years[i];
        INFO(year.year);
        CHECK(year.year == 2015 + i);
        CHECK(year.source.contains(u"国办发明电〔%1〕"_s.arg(year.year - 1)));
        CHECK(year.source.contains(u"关于%1年部分节假日安排的通知"_s.arg(year.year)));
        int holidays = 0;
        int workdays = 0;
        for (const CalendarDay& day : year.days) {
            INFO(day.date.toString(Qt::ISODate).toStdString());
            CHECK_FALSE(day.name.isEmpty());
            if (day.holiday) {
                ++holidays;
            } else {
                ++workdays;
                CHECK(day.date.dayOfWeek() >= Qt::Saturday);
            }
        }
        CHECK(holidays >= 25);
        CHECK(holidays <= 40);
        CHECK(workdays >= 4);
        CHECK(workdays <= 9);
    }
}

TEST_CASE("WorkCalendar: 2026 has all seven holidays of its notice")
{
    QSet<QString> names;
    int springFestival = 0;
    for (const CalendarYear& year : shipped().years()) {
        if (year.year != 2026)
            continue;
        for (const CalendarDay& day : year.days) {
            if (day.holiday)
                names.insert(day.name);
            if (day.holiday && day.name == u"春节"_s)
                ++springFestival;
        }
    }
    CHECK(names == QSet<QString>{u"元旦"_s, u"春节"_s, u"清明节"_s, u"劳动节"_s, u"端午节"_s,
                                 u"中秋节"_s, u"国庆节"_s});
    CHECK(springFestival == 9); // 2月15日至23日
    CHECK(shipped().holidayName(d("2026-10-01")) == u"国庆节"_s);
    CHECK(shipped().holidayName(d("2026-02-14")) == u"春节"_s); // the make-up workday too
    CHECK(shipped().holidayName(d("2026-03-02")).isEmpty());
}

TEST_CASE("WorkCalendar: the special years — 2015's victory day, 2020's long Spring Festival, "
          "2025's new rules")
{
    const WorkCalendar& calendar = shipped();
    // 国发明电〔2015〕1号: 9月3日至5日放假, 9月6日（星期日）上班.
    CHECK(calendar.kind(d("2015-09-03")) == DayKind::Holiday);
    CHECK(calendar.kind(d("2015-09-04")) == DayKind::Holiday);
    CHECK(calendar.kind(d("2015-09-06")) == DayKind::MakeupWorkday);
    // 国办发明电〔2020〕1号: extended to 2 February; Saturday 1 February is no longer worked.
    CHECK(calendar.kind(d("2020-01-31")) == DayKind::Holiday);
    CHECK(calendar.kind(d("2020-02-01")) == DayKind::Holiday);
    CHECK(calendar.kind(d("2020-02-02")) == DayKind::Holiday);
    CHECK(calendar.isWorkday(d("2020-02-03")));
    // From 2025 the Spring Festival starts on New Year's Eve (除夕) and lasts 8 days.
    CHECK(calendar.kind(d("2025-01-28")) == DayKind::Holiday);
    CHECK(calendar.kind(d("2025-02-04")) == DayKind::Holiday);
    CHECK(calendar.kind(d("2025-02-08")) == DayKind::MakeupWorkday);
    CHECK(calendar.kind(d("2025-05-05")) == DayKind::Holiday);
    // 2019's New Year's Day period starts in December 2018 and belongs to the 2019 notice.
    CHECK(calendar.kind(d("2018-12-29")) == DayKind::MakeupWorkday);
    CHECK(calendar.kind(d("2018-12-31")) == DayKind::Holiday);
    // 国办发明电〔2019〕3号 made Labour Day 2019 four days.
    CHECK(calendar.kind(d("2019-05-03")) == DayKind::Holiday);
    CHECK(calendar.kind(d("2019-05-05")) == DayKind::MakeupWorkday);
}

TEST_CASE("WorkCalendar: kinds of days — weekday, weekend, holiday on a weekday, make-up "
          "workday")
{
    const WorkCalendar& calendar = shipped();
    CHECK(calendar.kind(d("2026-11-20")) == DayKind::Workday);
    CHECK(calendar.kind(d("2026-11-21")) == DayKind::Weekend);
    CHECK(calendar.kind(d("2026-10-06")) == DayKind::Holiday); // a Tuesday
    CHECK_FALSE(calendar.isWorkday(d("2026-10-06")));
    CHECK(calendar.kind(d("2026-10-10")) == DayKind::MakeupWorkday); // a Saturday
    CHECK(calendar.isWorkday(d("2026-10-10")));
    CHECK(calendar.covers(d("2026-12-31")));
    CHECK_FALSE(calendar.covers(d("2027-01-01")));
}

TEST_CASE("WorkCalendar: calendar days across the Spring Festival and National Day roll past "
          "the holiday")
{
    CHECK(calendarDays("2026-02-10", 5) == u"2026-02-24"_s); // 15 Feb … 23 Feb off
    CHECK(calendarDays("2026-09-16", 15) == u"2026-10-08"_s);
    CHECK(calendarDays("2025-09-20", 15) == u"2025-10-09"_s); // 国庆节、中秋节 to 8 Oct
    CHECK(calendarDays("2020-01-22", 10) == u"2020-02-03"_s); // the extended 2020 holiday
}

TEST_CASE("WorkCalendar: a start on a holiday is not counted like any other start day")
{
    CHECK(calendarDays("2026-02-17", 3) == u"2026-02-24"_s); // 20 Feb is off too
    CHECK(calendarDays("2026-10-03", 10) == u"2026-10-13"_s);
    CHECK(workingDays("2026-10-03", 1) == u"2026-10-08"_s);
}

TEST_CASE("WorkCalendar: a last day on a make-up workday stays, on a weekend it rolls over")
{
    CHECK(calendarDays("2026-02-13", 15) == u"2026-02-28"_s); // Saturday, worked
    CHECK(calendarDays("2025-09-18", 10) == u"2025-09-28"_s); // Sunday, worked
    CHECK(calendarDays("2026-11-02", 5) == u"2026-11-09"_s);  // Saturday 7 Nov → Monday
    CHECK(calendarDays("2026-11-16", 5) == u"2026-11-23"_s);  // Saturday 21 Nov → Monday
    CHECK(calendarDays("2026-11-16", 4) == u"2026-11-20"_s);  // a Friday stays
}

TEST_CASE("WorkCalendar: deadlines over month ends and 29 February")
{
    CHECK(calendarDays("2026-01-31", 30) == u"2026-03-02"_s);
    CHECK(calendarDays("2026-04-30", 1) == u"2026-05-06"_s);  // into Labour Day
    CHECK(calendarDays("2026-12-31", 1) == u"2027-01-01"_s);  // beyond the table: a Friday
    CHECK(calendarDays("2016-02-19", 10) == u"2016-02-29"_s); // a Monday
    CHECK(calendarDays("2020-02-19", 10) == u"2020-03-02"_s); // a Saturday → Monday
    CHECK(calendarDays("2024-01-30", 30) == u"2024-02-29"_s); // a Thursday
    CHECK(calendarDays("2024-02-29", 1) == u"2024-03-01"_s);
    CHECK(workingDays("2024-02-28", 2) == u"2024-03-01"_s);
    CHECK(calendarDays("2026-05-31", 0) == u"2026-06-01"_s); // 0 days: today, rolled
}

TEST_CASE("WorkCalendar: working days count make-up workdays and skip holidays")
{
    CHECK(workingDays("2026-02-10", 5) == u"2026-02-24"_s);  // 11, 12, 13, 14 (Sat, worked), 24
    CHECK(workingDays("2026-02-10", 10) == u"2026-03-02"_s); // 28 Feb (Sat) is worked
    CHECK(workingDays("2025-09-26", 2) == u"2025-09-29"_s);  // Sunday 28 Sep is worked
    CHECK(workingDays("2026-11-20", 0) == u"2026-11-20"_s);
    CHECK(shipped().workingDaysBetween(d("2026-02-13"), d("2026-02-28")) == 6);
    CHECK(shipped().workingDaysBetween(d("2026-11-16"), d("2026-11-22")) == 4);
    CHECK(shipped().workingDaysBetween(d("2026-11-22"), d("2026-11-16")) == 0);
    CHECK(shipped().workingDaysBetween(d("2026-11-22"), d("2026-11-22")) == 0);
}

TEST_CASE("WorkCalendar: beyond the table only Saturdays and Sundays are days off")
{
    const WorkCalendar& calendar = shipped();
    // The 2027 Spring Festival (6 February) is not in the table.
    CHECK(calendarDays("2027-02-01", 5) == u"2027-02-08"_s);
    CHECK(calendar.isWorkday(d("2027-02-08")));
    CHECK(calendar.isWorkday(d("2027-10-01")));
    CHECK(workingDays("2027-10-01", 3) == u"2027-10-06"_s);
    // No table at all behaves the same.
    const WorkCalendar none;
    CHECK(none.lastYear() == 0);
    CHECK(none.deadline(d("2026-10-01"), 1, DeadlineCounting::CalendarDays) == d("2026-10-02"));
    CHECK(none.deadline(d("2026-10-02"), 1, DeadlineCounting::CalendarDays) == d("2026-10-05"));
}

TEST_CASE("WorkCalendar: an imported year replaces the shipped one as a whole")
{
    WorkCalendar calendar = shipped();
    auto year = WorkCalendar::parse(u"2026\tsource\ta corrected notice\n"
                                    "2026\t2026-10-08\tholiday\t国庆节\n"_s);
    REQUIRE_OK(year);
    calendar.replaceYears(*year);
    CHECK_FALSE(calendar.isWorkday(d("2026-10-08")));
    CHECK(calendar.isWorkday(d("2026-10-01"))); // not in the replacement
    CHECK(calendar.isWorkday(d("2025-10-09")));
    CHECK_FALSE(calendar.isWorkday(d("2025-10-08"))); // other years stay
    CHECK(calendar.years().size() == 12);
    CHECK(calendar.years().last().source == u"a corrected notice"_s);
}

TEST_CASE("WorkCalendar parse: a good table with a byte-order mark, CRLF and a December day")
{
    auto years = WorkCalendar::parse(u"\ufeff# comment\r\n\r\n2027\tsource\t通知（1号）\r\n"
                                     "2027\t2026-12-31\tholiday\t元旦\r\n"
                                     "2027\t2027-01-01\tholiday\t元旦\r\n"
                                     "2027\t2027-02-20\tworkday\t春节\r\n"_s);
    REQUIRE_OK(years);
    REQUIRE(years->size() == 1);
    CHECK(years->first().year == 2027);
    CHECK(years->first().source == u"通知（1号）"_s);
    REQUIRE(years->first().days.size() == 3);
    CHECK(years->first().days[0].date == d("2026-12-31"));
    CHECK_FALSE(years->first().days[2].holiday);
    CHECK(years->first().days[2].name == u"春节"_s);
}

TEST_CASE("WorkCalendar parse: a bad date, an unknown kind and a day outside its year are named "
          "by line")
{
    const QString badDate = refusal(kHeader + u"2027\t2027-02-30\tholiday\t春节\n"_s);
    CHECK(badDate.contains(u"Line 3:"_s));
    CHECK(badDate.contains(u"\"2027-02-30\" is not a date"_s));

    const QString kind = refusal(kHeader + u"2027\t2027-02-06\tvacation\t春节\n"_s);
    CHECK(kind.contains(u"Line 3:"_s));
    CHECK(kind.contains(u"\"vacation\" is neither holiday nor workday"_s));

    const QString outside = refusal(kHeader + u"2027\t2027-01-01\tholiday\t元旦\n"
                                              "2027\t2026-11-30\tholiday\t元旦\n"_s);
    CHECK(outside.contains(u"Line 4:"_s));
    CHECK(outside.contains(u"2026-11-30 is outside 2027"_s));
    CHECK_FALSE(outside.contains(u"Line 3"_s));
}

TEST_CASE("WorkCalendar parse: a duplicate day names both lines, a year without a source line "
          "its first day")
{
    const QString twice = refusal(kHeader + u"2027\t2027-01-01\tholiday\t元旦\n"
                                            "# again\n"
                                            "2027\t2027-01-01\tholiday\t元旦\n"_s);
    CHECK(twice.contains(u"Line 5: 2027-01-01 is listed twice (first on line 3)"_s));

    const QString unsourced = refusal(kHeader + u"2027\t2027-01-01\tholiday\t元旦\n"
                                                "2028\t2028-01-01\tholiday\t元旦\n"
                                                "2028\t2028-01-29\tholiday\t春节\n"_s);
    CHECK(unsourced.contains(u"Line 4: 2028 has days but no source line"_s));
    CHECK_FALSE(unsourced.contains(u"Line 5"_s));

    const QString empty = refusal(kHeader);
    CHECK(empty.contains(u"Line 2: 2027 has a source line but no days"_s));
}

TEST_CASE("WorkCalendar parse: spaces for tabs, a weekday make-up workday, a bad year and an "
          "empty file are refused")
{
    const QString spaces = refusal(kHeader + u"2027 2027-01-01 holiday 元旦\n"_s);
    CHECK(spaces.contains(u"Line 3:"_s));
    CHECK(spaces.contains(u"tab"_s));
    const QString weekday = refusal(kHeader + u"2027\t2027-02-22\tworkday\t春节\n"_s);
    CHECK(weekday.contains(u"Line 3: 2027-02-22 is a Monday"_s));
    const QString year = refusal(kHeader + u"27\t2027-01-01\tholiday\t元旦\n"_s);
    CHECK(year.contains(u"Line 3: \"27\" is not a year"_s));
    const QString nothing = refusal(u"# only a comment\n\n"_s);
    CHECK(nothing.contains(u"lists no year"_s));
    const QString noName = refusal(kHeader + u"2027\t2027-01-01\tholiday\t \n"_s);
    CHECK(noName.contains(u"Line 3: 2027-01-01 has no name"_s));
}

TEST_CASE("WorkCalendar parse: every bad line is listed, in file order, up to twenty")
{
    QString text = kHeader;
    for (int i = 0; i < 25; ++i)
        text += u"2027\t2027-13-%1\tholiday\tX\n"_s.arg(i + 1, 2, 10, QChar(u'0'));
    const QString message = refusal(text);
    CHECK(message.contains(u"25 problem(s)"_s));
    CHECK(message.contains(u"Line 3:"_s));
    CHECK(message.contains(u"Line 22:"_s));
    CHECK_FALSE(message.contains(u"Line 23:"_s));
    CHECK(message.contains(u"5 more problem(s)"_s));
    CHECK(message.indexOf(u"Line 3:"_s) < message.indexOf(u"Line 4:"_s));
}
