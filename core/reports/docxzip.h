// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A ZIP archive written entry by entry with minizip (deflate), as an OOXML package needs.
// close() is explicit so its result is checked; the destructor only releases the handle of an
// archive abandoned after an error (its file is then a temporary the caller removes).
#pragma once

#include <QByteArray>
#include <QString>

#include "core/result.h"

namespace lp::reports::docx {

class ZipWriter final {
public:
    explicit ZipWriter(QString path);
    ~ZipWriter();
    Q_DISABLE_COPY_MOVE(ZipWriter)

    Result<void> open();
    Result<void> add(const char* name, const QByteArray& data); // one whole entry
    Result<void> beginEntry(const char* name);
    Result<void> write(const QByteArray& data);
    Result<void> endEntry();
    Result<void> close();

private:
    [[nodiscard]] Result<void> check(int status, const char* call) const;

    QString m_path;
    void* m_zip = nullptr; // minizip's zipFile
    QByteArray m_entry;    // the entry being written, for messages
};

} // namespace lp::reports::docx
