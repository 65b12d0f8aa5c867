// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// AppController owns what the window works with — the open Database and the Session — and
// decides what happens on start (open the file, recover from a file that cannot be opened, run
// the first start), on a language change (rebuild the window in the new language) and on a
// change of database file. Ownership: controller → database, session, window; the window and
// its pages only hold references into the session, so the window always goes first.
#pragma once

#include <memory>
#include <optional>

#include <QObject>

#include "core/domain/officer.h"
#include "core/result.h"
#include "core/settings/appsettings.h"

namespace lp {
class Clock;
}
namespace lp::settings {
class Translations;
}
namespace lp::services {
class ChangeHub;
}
namespace lp::storage {
class Database;
}

namespace lp::ui {

class MainWindow;
class Prompts;
struct DeadlineSettings;
struct Session;
struct SettingsChoice;

class AppController final : public QObject {
    Q_OBJECT
public:
    AppController(settings::AppSettings& settings, settings::Translations& translations,
                  Prompts& prompts, const Clock& clock);
    ~AppController() override;
    Q_DISABLE_COPY_MOVE(AppController)

    // Applies the language, opens the database (`databaseOverride`, else the one used last,
    // else the default), runs the first start when the file needs it and shows the window.
    // Returns false when the user chose to quit instead.
    bool start(const QString& databaseOverride = {});

    [[nodiscard]] MainWindow* window() const { return m_window.get(); }
    [[nodiscard]] storage::Database* database() const { return m_database.get(); }
    [[nodiscard]] Session* session() const { return m_session.get(); }

    void changeLanguage(settings::Language language);
    // Switches to another database file; on failure (or if the user gives up) the current one
    // stays open. Returns whether the switch happened.
    bool openDatabase(const QString& path);
    void applySettings(const SettingsChoice& choice);

private:
    std::unique_ptr<storage::Database> openWithRecovery(QString path);
    bool runFirstStart(storage::Database& database);
    // Offers the small demonstration on a new, empty file; true when it was made.
    bool offerDemo(storage::Database& database);
    std::optional<domain::Officer> resolveOfficer(storage::Database& database);
    void adopt(std::unique_ptr<storage::Database> database);
    void rebuildWindow();
    void showSettings();
    // What the settings dialog's Deadlines group shows about the open file.
    [[nodiscard]] Result<DeadlineSettings> deadlineSettings();
    void chooseAndOpenDatabase();
    void reopenAfterRestore();

    settings::AppSettings& m_settings;
    settings::Translations& m_translations;
    Prompts& m_prompts;
    const Clock& m_clock;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<services::ChangeHub> m_changes; // one per open database
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace lp::ui
