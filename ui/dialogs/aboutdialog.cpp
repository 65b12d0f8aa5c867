// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QVBoxLayout>

#include "core/storage/database.h"
#include "ui/icons.h"

namespace lp::ui {

AboutDialog::AboutDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About LinkPoint"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* logo = new QLabel(this);
    logo->setPixmap(icon(Icon::App).pixmap(96, 96));
    logo->setAlignment(Qt::AlignTop);
    auto* text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(false);
    text->setText(
        tr("<h2>LinkPoint %1</h2>"
           "<p>The workbench of a district's political-legal units for their service contact "
           "points: visits to enterprises, problems and their supervision, needs, meetings, "
           "legal services, mediation, typical cases and hearing observations.</p>"
           "<p>Data version %2 · Qt %3</p>"
           "<p>Database file:<br>%4</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion())
            .arg(storage::Database::latestSchemaVersion())
            .arg(QLibraryInfo::version().toString(),
                 QDir::toNativeSeparators(databasePath).toHtmlEscaped()));
    top->addWidget(logo);
    top->addWidget(text, 1);
    layout->addLayout(top);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace lp::ui
