// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appcontroller.h"

#include <QDir>
#include <QFileInfo>

#include "core/appinfo.h"
#include "core/clock.h"
#include "core/demo/demogenerator.h"
#include "core/services/calendarservice.h"
#include "core/services/changehub.h"
#include "core/services/setupservice.h"
#include "core/settings/translations.h"
#include "core/storage/backups.h"
#include "core/storage/database.h"
#include "core/storage/districtrepository.h"
#include "core/storage/officerrepository.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/mainwindow.h"
#include "ui/prompts.h"
#include "ui/session.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

AppController::AppController(settings::AppSettings& settings, settings::Translations& translations,
                             Prompts& prompts, const Clock& clock)
    : m_settings(settings)
    , m_translations(translations)
    , m_prompts(prompts)
    , m_clock(clock)
{}

AppController::~AppController()
{
    m_window.reset();
    m_session.reset();
    m_database.reset();
}

bool AppController::start(const QString& databaseOverride)
{
    m_translations.apply(m_settings.language());
    QString path = databaseOverride;
    if (path.isEmpty())
        path = m_settings.databasePath();
    if (path.isEmpty())
        path = defaultDatabasePath();
    auto database = openWithRecovery(path);
    if (!database || !runFirstStart(*database))
        return false;
    if (databaseOverride.isEmpty())
        m_settings.setDatabasePath(database->path());
    adopt(std::move(database));
    return true;
}

std::unique_ptr<storage::Database> AppController::openWithRecovery(QString path)
{
    for (;;) {
        storage::DatabaseOptions options;
        options.path = path;
        auto opened = storage::Database::open(options, m_clock);
        if (opened)
            return std::move(*opened);

        switch (m_prompts.openFailed(opened.error(), path)) {
        case OpenFailureChoice::Quit:
            return nullptr;
        case OpenFailureChoice::ChooseAnother: {
            const QString chosen = m_prompts.chooseDatabaseFile(nullptr, path);
            if (!chosen.isEmpty())
                path = chosen;
            break;
        }
        case OpenFailureChoice::RestoreBackup: {
            const QString backup =
                m_prompts.chooseBackupToRestore(nullptr, QFileInfo(path).absolutePath());
            if (backup.isEmpty())
                break;
            auto restored = storage::Backups::restoreOver(path, backup, m_clock);
            if (!restored) {
                m_prompts.warn(nullptr, tr("Restore failed"), restored.error().message);
            } else if (!restored->isEmpty()) {
                m_prompts.inform(nullptr, tr("Backup restored"),
                                 tr("The backup was restored. The file that could not be opened "
                                    "was kept as %1.")
                                     .arg(QDir::toNativeSeparators(*restored)));
            }
            break;
        }
        }
    }
}

bool AppController::runFirstStart(storage::Database& database)
{
    services::SetupService setup(database);
    auto needed = setup.needsFirstStart();
    if (!needed || !*needed || database.isReadOnly())
        return true; // a read error shows on the pages; a read-only file cannot be set up
    if (offerDemo(database))
        return true;
    auto units = setup.proposedUnits();
    services::FirstStartInput proposal;
    proposal.units = units ? *units : domain::defaultDistrictUnits();
    QString problem;
    for (;;) {
        auto answers = m_prompts.firstStart(proposal, problem);
        if (!answers)
            return false;
        auto officer = setup.completeFirstStart(*answers);
        if (officer) {
            m_settings.setCurrentOfficer(database.path(), officer->id);
            return true;
        }
        proposal = *answers;
        problem = officer.error().message;
    }
}

bool AppController::offerDemo(storage::Database& database)
{
    auto empty = demo::DemoGenerator::canFill(database);
    if (!empty || !*empty || !m_prompts.offerDemoData())
        return false;
    demo::DemoOptions options;
    options.today = m_clock.today();
    auto made = demo::DemoGenerator::create(database, options, Actor::system());
    if (!made) {
        m_prompts.warn(nullptr, tr("Demonstration"), made.error().message);
        return false;
    }
    // Work as the committee's first officer, as a new user of the demonstration would.
    auto officer = storage::OfficerRepository(database.connection()).findByCode(u"zfw01"_s);
    if (officer && officer->has_value())
        m_settings.setCurrentOfficer(database.path(), (*officer)->id);
    return true;
}

std::optional<domain::Officer> AppController::resolveOfficer(storage::Database& database)
{
    storage::OfficerRepository officers(database.connection());
    const QString remembered = m_settings.currentOfficer(database.path());
    if (!remembered.isEmpty()) {
        auto found = officers.findById(remembered);
        if (found && found->has_value() && (*found)->active)
            return **found;
    }
    auto all = officers.listActive();
    if (all && all->size() == 1) { // the only officer is the one working here
        m_settings.setCurrentOfficer(database.path(), all->first().id);
        return all->first();
    }
    return std::nullopt;
}

void AppController::adopt(std::unique_ptr<storage::Database> database)
{
    m_window.reset();
    m_session.reset();
    m_changes = std::make_unique<services::ChangeHub>();
    m_database = std::move(database);
    auto district = storage::DistrictRepository(m_database->connection()).current();
    m_session.reset(new Session{*m_database, m_settings, m_prompts, m_clock,
                                district && district->has_value() ? (*district)->name : QString(),
                                resolveOfficer(*m_database), *m_changes});
    rebuildWindow();
}

void AppController::rebuildWindow()
{
    int page = 0;
    QByteArray geometry;
    if (m_window) {
        page = m_window->currentPage();
        geometry = m_window->saveGeometry();
        m_window.reset();
    }
    m_window = std::make_unique<MainWindow>(*m_session);
    // Queued: each of these may replace the window whose action sent it.
    connect(m_window.get(), &MainWindow::settingsRequested, this, &AppController::showSettings,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this,
            &AppController::chooseAndOpenDatabase, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::databaseReplaced, this, &AppController::reopenAfterRestore,
            Qt::QueuedConnection);
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    m_window->showPage(page);
    m_window->show();
}

void AppController::changeLanguage(settings::Language language)
{
    m_settings.setLanguage(language);
    m_translations.apply(language);
    if (m_window)
        rebuildWindow();
}

bool AppController::openDatabase(const QString& path)
{
    storage::DatabaseOptions options;
    options.path = path;
    auto opened = storage::Database::open(options, m_clock);
    if (!opened) {
        m_prompts.warn(m_window.get(), tr("Cannot open the database"), opened.error().message);
        return false;
    }
    if (!runFirstStart(**opened))
        return false;
    m_settings.setDatabasePath((*opened)->path());
    adopt(std::move(*opened));
    return true;
}

void AppController::chooseAndOpenDatabase()
{
    const QString chosen = m_prompts.chooseDatabaseFile(m_window.get(), m_database->path());
    if (!chosen.isEmpty() && QFileInfo(chosen).absoluteFilePath() != m_database->path())
        openDatabase(chosen);
}

void AppController::reopenAfterRestore()
{
    // The restored content may be of an older data version: opening again migrates it.
    openDatabase(m_database->path());
}

Result<DeadlineSettings> AppController::deadlineSettings()
{
    auto counting = services::CalendarService::counting(*m_database);
    if (!counting)
        return fail(counting.error());
    auto calendar = services::CalendarService::calendar(*m_database);
    if (!calendar)
        return fail(calendar.error());
    auto years = services::CalendarService::origins(*m_database);
    if (!years)
        return fail(years.error());
    return DeadlineSettings{*counting, *years,
                            services::CalendarService::coverageWarning(*calendar, m_clock.today()),
                            m_database->readOnlyReason()};
}

void AppController::showSettings()
{
    auto officers = storage::OfficerRepository(m_database->connection()).listActive();
    SettingsChoice current{m_settings.language(),
                           m_database->path(),
                           m_session->officer ? m_session->officer->id : QString(),
                           m_settings.backupFolder(),
                           {}};
    // Without it (a broken file) the dialog still offers the other settings.
    std::optional<DeadlineSettings> deadlines;
    if (auto read = deadlineSettings())
        deadlines = *read;
    else
        qWarning("settings: %s", qPrintable(read.error().toLogString()));
    if (deadlines)
        current.deadlineCounting = deadlines->counting;
    auto importer = [this](const QString& path) -> Result<DeadlineSettings> {
        auto imported = services::CalendarService::importTable(*m_database, path,
                                                               m_session->actor(), m_changes.get());
        if (!imported)
            return fail(imported.error());
        return deadlineSettings();
    };
    std::optional<SettingsChoice> chosen;
    {
        SettingsDialog dialog(current, officers ? *officers : QList<domain::Officer>(), m_prompts,
                              m_window.get(), deadlines, importer);
        if (dialog.exec() == QDialog::Accepted)
            chosen = dialog.choice();
    }
    // Applying may rebuild the window that owns the dialog and sent the request: only after
    // both are done with.
    if (chosen) {
        QMetaObject::invokeMethod(
            this, [this, choice = *chosen] { applySettings(choice); }, Qt::QueuedConnection);
    }
}

void AppController::applySettings(const SettingsChoice& choice)
{
    m_settings.setBackupFolder(choice.backupFolder);
    // The counting belongs to the file that was open when the dialog was shown: set it before
    // another file may be opened below.
    if (choice.deadlineCounting) {
        auto set = services::CalendarService::setCounting(*m_database, *choice.deadlineCounting,
                                                          m_session->actor(), m_changes.get());
        if (!set)
            m_prompts.warn(m_window.get(), tr("Deadlines not changed"), set.error().message);
    }
    if (!choice.officerId.isEmpty()) {
        m_settings.setCurrentOfficer(m_database->path(), choice.officerId);
        m_session->officer = resolveOfficer(*m_database);
    }
    const bool otherFile = !choice.databasePath.isEmpty() &&
                           QFileInfo(choice.databasePath).absoluteFilePath() != m_database->path();
    if (otherFile && openDatabase(choice.databasePath)) {
        // adopt() rebuilt the window already
    } else if (choice.language == m_settings.language()) {
        m_window->refresh();
    }
    if (choice.language != m_settings.language())
        changeLanguage(choice.language);
}

} // namespace lp::ui
