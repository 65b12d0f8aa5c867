// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clioutput.h"

#include <cstdio>

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lp::cli {

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

CliOutput::CliOutput(QString* out, QString* err)
    : m_out(out)
    , m_err(err)
{}

void CliOutput::line(const QString& text)
{
    m_out << text << '\n';
    m_out.flush();
}

void CliOutput::error(const QString& text)
{
    m_err << u"linkpoint-cli: "_s << text << '\n';
    m_err.flush();
}

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace lp::cli
