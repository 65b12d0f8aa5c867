// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: any bytes given to CsvReader::parse give a table within Excel's limits or
// an error with a message; never a crash, a leak or a hang.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QByteArray>
#include <QString>

#include "core/formats/csvreader.h"

using namespace Qt::StringLiterals;
using lp::formats::CsvReader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto table = CsvReader::parse(bytes, u"fuzz.csv"_s);
    if (!table) {
        if (table.error().message.isEmpty())
            std::abort(); // every refusal explains itself
        return 0;
    }
    if (table->rows.size() > CsvReader::kMaxRows || table->encoding.isEmpty())
        std::abort();
    for (const QStringList& row : table->rows) {
        if (row.size() > CsvReader::kMaxColumns)
            std::abort();
    }
    return 0;
}
