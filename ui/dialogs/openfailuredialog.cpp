// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/openfailuredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/icons.h"

namespace lp::ui {

OpenFailureDialog::OpenFailureDialog(const Error& error, const QString& path, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("LinkPoint cannot open the database"));
    setWindowIcon(icon(Icon::App));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* symbol = new QLabel(this);
    symbol->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    symbol->setAlignment(Qt::AlignTop);
    auto* message = new QLabel(error.message, this);
    message->setObjectName(QStringLiteral("message"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->setMinimumWidth(420);
    row->addWidget(symbol);
    row->addWidget(message, 1);
    layout->addLayout(row);
    auto* hint = new QLabel(tr("The file %1 was not changed. You can open another file, or restore "
                               "a backup in its place (the file is then kept beside it).")
                                .arg(QDir::toNativeSeparators(path)),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* another =
        buttons->addButton(tr("Open &another file…"), QDialogButtonBox::AcceptRole);
    another->setIcon(icon(Icon::Open));
    QPushButton* restore =
        buttons->addButton(tr("&Restore a backup…"), QDialogButtonBox::ActionRole);
    restore->setIcon(icon(Icon::Restore));
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    another->setDefault(true);

    connect(another, &QPushButton::clicked, this, [this] {
        m_choice = OpenFailureChoice::ChooseAnother;
        accept();
    });
    connect(restore, &QPushButton::clicked, this, [this] {
        m_choice = OpenFailureChoice::RestoreBackup;
        accept();
    });
    connect(quit, &QPushButton::clicked, this, [this] {
        m_choice = OpenFailureChoice::Quit;
        reject();
    });
}

} // namespace lp::ui
