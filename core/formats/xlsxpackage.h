// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The ZIP side of an XLSX workbook: opens the archive through QFile (so any path Qt can open
// works, on Windows too), indexes its directory once, finds parts and their relationships, and
// streams one part at a time into a QXmlStreamReader without holding it in memory. A part is
// refused when its declared uncompressed size is above the limit, and again while inflating when it
// produces more bytes than the limit, so a ZIP whose header lies about a sheet's size cannot fill
// memory or disk. Each part is read to its end, so a damaged one fails its checksum even after a
// complete XML document. Not thread-safe: one package, one thread, one part open at a time.
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>

#include "core/result.h"

class QXmlStreamReader;

namespace lp::formats::xlsx {

// One relationship of a part: Type's last segment ("worksheet", "sharedStrings", "styles") and
// the target resolved to a ZIP entry name ("xl/worksheets/sheet1.xml"); empty when the target
// is external or leaves the package.
struct Relationship {
    QString id;
    QString type;
    QString target;
};

// The part being inflated, for progress and limits.
class PartDevice final : public QIODevice {
public:
    enum class Failure { None, TooLarge, Damaged };

    PartDevice(void* zip, qint64 declaredSize, qint64 limit);
    ~PartDevice() override;
    Q_DISABLE_COPY_MOVE(PartDevice)

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 declaredSize() const { return m_declaredSize; }
    [[nodiscard]] qint64 inflated() const { return m_inflated; }
    [[nodiscard]] Failure failure() const { return m_failure; }
    [[nodiscard]] int zipStatus() const { return m_zipStatus; }
    void drain(); // reads to the end, so the checksum is verified

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    void finish();

    void* m_zip; // minizip's unzFile, with this part open as its current file
    qint64 m_declaredSize;
    qint64 m_limit;
    qint64 m_inflated = 0;
    Failure m_failure = Failure::None;
    int m_zipStatus = 0;
    bool m_finished = false;
};

class XlsxPackage final {
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)
public:
    // Parses a part's XML; the parser reads `xml` to its end (or returns an error of its own).
    using Parser = std::function<Result<void>(QXmlStreamReader& xml, const PartDevice& device)>;

    XlsxPackage(QString path, qint64 maxPartBytes);
    ~XlsxPackage();
    Q_DISABLE_COPY_MOVE(XlsxPackage)

    Result<void> open();
    [[nodiscard]] bool contains(const QString& part) const;
    // The workbook part that _rels/.rels names, else xl/workbook.xml.
    Result<QString> workbookPart();
    // The relationships of `part` (from its _rels/NAME.rels); none when that part is missing.
    Result<QList<Relationship>> relationships(const QString& part);
    // Streams `part` into `parser`. Errors of the archive (too large, damaged) come before the
    // XML errors they cause; a malformed document is reported with its part and line.
    Result<void> parse(const QString& part, const Parser& parser);

    // Lists in workbook-level parts (sheets, relationships, styles) are cut off here, so a
    // hostile part cannot spend memory on millions of tiny entries.
    static constexpr qsizetype kMaxEntries = 100'000;
    [[nodiscard]] Error tooManyEntries(const QString& part) const;

    [[nodiscard]] QString displayPath() const;
    // A name from the file (a part, a sheet) cut to a length a message can show.
    static QString elided(const QString& name);
    // A target resolved against the folder of `sourcePart`, as a ZIP entry name; empty when it
    // leaves the package.
    static QString resolveTarget(const QString& sourcePart, const QString& target);

private:
    Error damaged(const QString& part, const QString& detail) const;

    Result<void> indexEntries();

    // Where an entry's record is in the ZIP directory (minizip's unz64_file_pos).
    struct EntryPosition {
        quint64 directoryOffset = 0;
        quint64 number = 0;
    };

    QString m_path;
    qint64 m_maxPartBytes;
    void* m_zip = nullptr;                   // minizip's unzFile
    QHash<QString, EntryPosition> m_entries; // by lowercase name: parts are case-insensitive
};

} // namespace lp::formats::xlsx
