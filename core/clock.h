// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The clock is injected everywhere time matters (record timestamps, deadlines, backups), so tests
// can fix and move time. Timestamps are stored as UTC ISO-8601 with milliseconds.
#pragma once

#include <QDate>
#include <QDateTime>

namespace lp {

class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0; // always UTC
    [[nodiscard]] QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at)
        : m_now(at.toUTC())
    {}
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(const QDateTime& at) { m_now = at.toUTC(); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

// "2026-11-22T08:43:00.123Z"
[[nodiscard]] QString toStoredTimestamp(const QDateTime& at);
[[nodiscard]] QDateTime fromStoredTimestamp(const QString& text);

} // namespace lp
