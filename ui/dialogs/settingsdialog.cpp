// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/settingsdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/icons.h"
#include "ui/prompts.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

QWidget* withBrowseButton(QLineEdit* edit, QPushButton* button)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

// A radio button with its one-line explanation below it, indented to the button's text.
QWidget* explainedChoice(QRadioButton* button, const QString& explanation)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(button);
    auto* label = new QLabel(explanation);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    const int indent = button->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       button->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    label->setContentsMargins(indent, 0, 0, 0);
    layout->addWidget(label);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(const SettingsChoice& current,
                               const QList<domain::Officer>& officers, Prompts& prompts,
                               QWidget* parent, std::optional<DeadlineSettings> deadlines,
                               HolidayTableImporter importer)
    : QDialog(parent)
    , m_prompts(prompts)
    , m_importer(std::move(importer))
{
    setWindowTitle(tr("Settings"));
    setWindowIcon(icon(Icon::Settings));
    auto* form = new QFormLayout(this);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("As the system (Chinese on a Chinese system)"),
                        settings::languageCode(settings::Language::System));
    m_language->addItem(u"中文（简体）"_s, settings::languageCode(settings::Language::Chinese));
    m_language->addItem(u"English"_s, settings::languageCode(settings::Language::English));
    m_language->setCurrentIndex(m_language->findData(settings::languageCode(current.language)));
    form->addRow(tr("&Language:"), m_language);

    m_database = new QLineEdit(QDir::toNativeSeparators(current.databasePath), this);
    m_database->setObjectName(u"databasePath"_s);
    auto* browseDatabase = new QPushButton(tr("&Browse…"), this);
    connect(browseDatabase, &QPushButton::clicked, this, [this, &prompts] {
        const QString chosen = prompts.chooseDatabaseFile(this, m_database->text());
        if (!chosen.isEmpty())
            m_database->setText(QDir::toNativeSeparators(chosen));
    });
    form->addRow(tr("&Database file:"), withBrowseButton(m_database, browseDatabase));

    m_officer = new QComboBox(this);
    m_officer->setObjectName(u"officer"_s);
    for (const domain::Officer& officer : officers)
        m_officer->addItem(tr("%1 (%2)").arg(officer.name, officer.code), officer.id);
    m_officer->setCurrentIndex(std::max(0, m_officer->findData(current.officerId)));
    form->addRow(tr("Current &officer:"), m_officer);

    m_backupFolder = new QLineEdit(QDir::toNativeSeparators(current.backupFolder), this);
    m_backupFolder->setObjectName(u"backupFolder"_s);
    m_backupFolder->setPlaceholderText(tr("the database file's folder"));
    auto* browseFolder = new QPushButton(tr("B&rowse…"), this);
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getExistingDirectory(this, tr("Where backups go"), m_backupFolder->text());
        if (!chosen.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(chosen));
    });
    form->addRow(tr("&Backups go to:"), withBrowseButton(m_backupFolder, browseFolder));

    if (deadlines)
        form->addRow(deadlinesGroup(*deadlines));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    // The wrapped explanations make the height depend on the width.
    resize(620, form->hasHeightForWidth() ? form->totalHeightForWidth(620) : sizeHint().height());
}

QGroupBox* SettingsDialog::deadlinesGroup(const DeadlineSettings& deadlines)
{
    using domain::DeadlineCounting;
    using services::CalendarService;
    auto* group = new QGroupBox(tr("Deadlines"), this);
    group->setObjectName(u"deadlines"_s);
    auto* layout = new QVBoxLayout(group);

    layout->addWidget(new QLabel(tr("A time limit of N days ends on:"), group));
    m_calendarDays =
        new QRadioButton(CalendarService::countingName(DeadlineCounting::CalendarDays), group);
    m_calendarDays->setObjectName(u"countingCalendar"_s);
    m_workingDays =
        new QRadioButton(CalendarService::countingName(DeadlineCounting::WorkingDays), group);
    m_workingDays->setObjectName(u"countingWorking"_s);
    layout->addWidget(explainedChoice(
        m_calendarDays, CalendarService::countingExplanation(DeadlineCounting::CalendarDays)));
    layout->addWidget(explainedChoice(
        m_workingDays, CalendarService::countingExplanation(DeadlineCounting::WorkingDays)));
    // The two buttons sit in separate boxes, so they are made exclusive by a group.
    auto* counting = new QButtonGroup(group);
    counting->addButton(m_calendarDays);
    counting->addButton(m_workingDays);
    (deadlines.counting == DeadlineCounting::WorkingDays ? m_workingDays : m_calendarDays)
        ->setChecked(true);

    m_coverage = new QLabel(group);
    m_coverage->setObjectName(u"holidayCoverage"_s);
    m_coverage->setWordWrap(true);
    m_coverage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addSpacing(6);
    layout->addWidget(m_coverage);

    m_coverageWarning = new QLabel(group);
    m_coverageWarning->setObjectName(u"holidayCoverageWarning"_s);
    m_coverageWarning->setWordWrap(true);
    // The warning stands out in any theme: dark text on a pale amber box with a border.
    m_coverageWarning->setStyleSheet(u"QLabel { color: #5c3b00; background: #fff3cd; "
                                     "border: 1px solid #e0a800; border-radius: 3px; "
                                     "padding: 6px; }"_s);
    layout->addWidget(m_coverageWarning);

    m_import = new QPushButton(tr("&Import holiday table…"), group);
    m_import->setObjectName(u"importHolidays"_s);
    m_import->setToolTip(tr("Read a newer holiday table (a text file in the format of the one "
                            "LinkPoint ships); its years replace those in use."));
    connect(m_import, &QPushButton::clicked, this, &SettingsDialog::importHolidayTable);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_import);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);

    if (!deadlines.readOnlyReason.isEmpty()) {
        for (QWidget* widget :
             {static_cast<QWidget*>(m_calendarDays), static_cast<QWidget*>(m_workingDays),
              static_cast<QWidget*>(m_import)}) {
            widget->setEnabled(false);
            widget->setToolTip(deadlines.readOnlyReason);
        }
    }
    m_import->setVisible(bool(m_importer));
    showDeadlines(deadlines);
    return group;
}

QString SettingsDialog::coverageText(const QList<services::CalendarYearOrigin>& years)
{
    if (years.isEmpty())
        return tr("Holiday table: none. Only Saturdays and Sundays count as days off.");
    QStringList lines;
    // Runs of consecutive years of the shipped table, then each imported year.
    QList<std::pair<int, int>> builtIn;
    for (const services::CalendarYearOrigin& year : years) {
        if (year.imported)
            continue;
        if (!builtIn.isEmpty() && builtIn.last().second + 1 == year.year)
            builtIn.last().second = year.year;
        else
            builtIn.append({year.year, year.year});
    }
    QStringList ranges;
    for (const auto& [first, last] : builtIn)
        ranges.append(first == last ? QString::number(first) : u"%1–%2"_s.arg(first).arg(last));
    lines.append(tr("Holiday table: %1 to %2.").arg(years.first().year).arg(years.last().year));
    if (!ranges.isEmpty()) {
        lines.append(tr("%1: built into LinkPoint, from each year's State Council notice.")
                         .arg(ranges.join(u", "_s)));
    }
    const QLocale locale;
    for (const services::CalendarYearOrigin& year : years) {
        if (!year.imported)
            continue;
        lines.append(
            tr("%1: imported on %2 by %3, from %4.")
                .arg(QString::number(year.year),
                     locale.toString(year.importedAt.toLocalTime().date(), QLocale::ShortFormat),
                     year.importedBy, year.source));
    }
    return lines.join(u'\n');
}

void SettingsDialog::showDeadlines(const DeadlineSettings& deadlines)
{
    m_coverage->setText(coverageText(deadlines.years));
    QStringList sources;
    for (const services::CalendarYearOrigin& year : deadlines.years)
        sources.append(u"%1: %2"_s.arg(QString::number(year.year), year.source));
    m_coverage->setToolTip(sources.join(u'\n'));
    m_coverageWarning->setText(deadlines.warning);
    m_coverageWarning->setVisible(!deadlines.warning.isEmpty());
}

void SettingsDialog::importHolidayTable()
{
    const QString path = m_prompts.chooseHolidayTable(this);
    if (path.isEmpty())
        return;
    auto imported = m_importer(path);
    if (!imported) {
        m_prompts.warn(this, tr("Holiday table not imported"), imported.error().message);
        return;
    }
    showDeadlines(*imported);
    m_prompts.inform(this, tr("Holiday table imported"), coverageText(imported->years));
}

SettingsChoice SettingsDialog::choice() const
{
    std::optional<domain::DeadlineCounting> counting;
    if (m_calendarDays) {
        counting = m_workingDays->isChecked() ? domain::DeadlineCounting::WorkingDays
                                              : domain::DeadlineCounting::CalendarDays;
    }
    return {settings::languageFromCode(m_language->currentData().toString()),
            QDir::fromNativeSeparators(m_database->text().trimmed()),
            m_officer->currentData().toString(),
            QDir::fromNativeSeparators(m_backupFolder->text().trimmed()), counting};
}

} // namespace lp::ui
