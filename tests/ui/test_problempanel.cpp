// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

#include "core/services/changehub.h"
#include "core/services/problemservice.h"
#include "core/settings/appsettings.h"
#include "core/settings/translations.h"
#include "core/storage/problemrepository.h"
#include "core/storage/tables.h"
#include "tests/core/problemfixtures.h"
#include "tests/testsupport.h"
#include "tests/ui/scriptedprompts.h"
#include "ui/dialogs/historydialog.h"
#include "ui/dialogs/problemactiondialog.h"
#include "ui/session.h"
#include "ui/widgets/choices.h"
#include "ui/widgets/problempanel.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;
using domain::ProblemAction;
using domain::ProblemStatus;

namespace {

const QList<ProblemAction> kActions{ProblemAction::Start,        ProblemAction::Transfer,
                                    ProblemAction::AddMeasure,   ProblemAction::IssueSupervision,
                                    ProblemAction::RecordResult, ProblemAction::RecordFeedback,
                                    ProblemAction::Close,        ProblemAction::Reopen};

// The problem world of the core tests in a window session; today is 2026-11-22 (testNow).
struct PanelWorld {
    Workspace ws;
    std::unique_ptr<storage::Database> db = ws.open();
    ProblemWorld world = createProblemWorld(*db);
    settings::AppSettings settings{ws.path(u"settings.ini"_s)};
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{*db, settings, prompts, ws.clock, u"高新区"_s, std::nullopt, changes};

    // A problem of `category` found on a visit of `found`, not triaged (registered).
    domain::Problem registered(const QDate& found, const QString& category = u"approval"_s)
    {
        return saveVisit(*db, makeVisit(world, found),
                         {makeProblem(world, category, u"厂房消防验收久拖未决"_s)})
            .first();
    }
    domain::Problem stored(const QString& id)
    {
        auto found = storage::ProblemRepository(db->connection()).findById(id);
        REQUIRE_OK(found);
        REQUIRE(found->has_value());
        return **found;
    }
    QString status(const QString& id)
    {
        return scalar(*db, u"SELECT status FROM problems WHERE id = '%1'"_s.arg(id)).toString();
    }
    int historyEntries(const domain::Problem& problem)
    {
        ui::HistoryDialog dialog(session, storage::tables::problems(), problem.id, problem.number);
        return dialog.entryCount();
    }
};

template <typename Widget>
Widget* field(QWidget& parent, const QString& name)
{
    auto* widget = parent.findChild<Widget*>(name);
    REQUIRE(widget);
    return widget;
}

std::unique_ptr<ui::ProblemActionDialog> dialogFor(PanelWorld& w, const domain::Problem& problem,
                                                   ProblemAction action)
{
    auto dialog = ui::createProblemActionDialog(w.session, problem, action);
    REQUIRE(dialog);
    return dialog;
}

void chooseId(QComboBox* combo, const QString& id)
{
    const int index = combo->findData(id);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// Each step button is enabled exactly when ProblemFlow allows the step, its tooltip and the
// why-not line give the reason when it does not.
void checkButtonsFollowTheFlow(const ui::ProblemPanel& panel, const domain::Problem& problem)
{
    for (ProblemAction action : kActions) {
        INFO(domain::ProblemFlow::actionName(action).toStdString());
        const auto allowed = domain::ProblemFlow::check(problem, action);
        QPushButton* button = panel.actionButton(action);
        REQUIRE(button);
        CHECK(button->isEnabled() == allowed.has_value());
        if (!allowed) {
            CHECK(button->toolTip() == allowed.error().message);
            CHECK(panel.whyNotText().contains(allowed.error().message));
        } else {
            CHECK(button->toolTip().isEmpty());
        }
    }
}

} // namespace

TEST_CASE("ProblemPanel: shows the number, the status and the deadline in red when overdue, in "
          "amber when due soon")
{
    PanelWorld w;
    ui::ProblemPanel panel(w.session);
    CHECK(panel.problemId().isEmpty());
    CHECK_FALSE(panel.actionButton(ProblemAction::Start)->isEnabled());

    // Approval problems have 15 days: found 10-09, overdue on 11-22.
    const domain::Problem late = w.registered(QDate(2026, 10, 9));
    panel.showProblem(late.id);
    CHECK(panel.problemId() == late.id);
    CHECK(field<QLabel>(panel, u"heading"_s)->text().contains(late.number));
    CHECK(field<QLabel>(panel, u"status"_s)->text() ==
          domain::ProblemNames::displayName(ProblemStatus::Registered));
    CHECK(field<QLabel>(panel, u"description"_s)->text() == u"厂房消防验收久拖未决"_s);
    CHECK(field<QLabel>(panel, u"enterprise"_s)->text() == u"西安锦业科技有限公司"_s);
    auto* deadline = field<QLabel>(panel, u"deadline"_s);
    const int daysLate = static_cast<int>(late.deadline.daysTo(QDate(2026, 11, 22)));
    REQUIRE(daysLate > 0);
    CHECK(deadline->text().contains(late.deadline.toString(Qt::ISODate)));
    CHECK(deadline->text().contains(u"overdue by %1"_s.arg(daysLate)));
    CHECK(deadline->styleSheet().contains(u"#c62828"_s));

    // Found 11-09: due 11-24, in two days.
    const domain::Problem soon = w.registered(QDate(2026, 11, 9));
    REQUIRE(QDate(2026, 11, 22).daysTo(soon.deadline) == 2);
    panel.showProblem(soon.id);
    CHECK(deadline->text().contains(u"due in 2"_s));
    CHECK(deadline->styleSheet().contains(u"#b26a00"_s));

    // Found 11-20: due 12-05, nothing to warn about.
    const domain::Problem fresh = w.registered(QDate(2026, 11, 20));
    panel.showProblem(fresh.id);
    CHECK(deadline->text() == fresh.deadline.toString(Qt::ISODate));
    CHECK(deadline->styleSheet().isEmpty());

    panel.showProblem({});
    CHECK(panel.problemId().isEmpty());
    CHECK_FALSE(panel.actionButton(ProblemAction::Transfer)->isEnabled());
}

TEST_CASE("ProblemPanel: the buttons follow ProblemFlow for a registered, an in-progress, a "
          "transferred and a closed problem, and the why-not line says why")
{
    PanelWorld w;
    ui::ProblemPanel panel(w.session);
    services::ProblemService service(*w.db, Actor::system());

    const domain::Problem registered = w.registered(QDate(2026, 11, 2));
    panel.showProblem(registered.id);
    checkButtonsFollowTheFlow(panel, registered);
    CHECK(panel.actionButton(ProblemAction::Start)->isEnabled());
    CHECK_FALSE(panel.actionButton(ProblemAction::Close)->isEnabled());
    CHECK(panel.whyNotText().contains(u"cannot be closed yet"_s));
    CHECK_FALSE(field<QPushButton>(panel, u"printTransferLetter"_s)->isEnabled());

    auto inProgress = service.start(registered, {});
    REQUIRE_OK(inProgress);
    panel.showProblem(inProgress->id);
    CHECK(field<QLabel>(panel, u"status"_s)->text() ==
          domain::ProblemNames::displayName(ProblemStatus::InProgress));
    checkButtonsFollowTheFlow(panel, *inProgress);
    CHECK(panel.actionButton(ProblemAction::AddMeasure)->isEnabled());
    CHECK_FALSE(panel.actionButton(ProblemAction::Start)->isEnabled());
    CHECK(panel.whyNotText().contains(u"already being handled"_s));

    const domain::Problem other = w.registered(QDate(2026, 11, 3));
    domain::Transfer transfer;
    transfer.departmentId = w.world.departments.value(u"zjj"_s);
    transfer.transferredOn = QDate(2026, 11, 4);
    transfer.note = u"请于月底前办结"_s;
    auto transferred = service.transfer(other, transfer);
    REQUIRE_OK(transferred);
    panel.showProblem(transferred->id);
    checkButtonsFollowTheFlow(panel, *transferred);
    CHECK(panel.actionButton(ProblemAction::IssueSupervision)->isEnabled());
    CHECK(field<QLabel>(panel, u"responsible"_s)->text().contains(u"区住房和城乡建设局"_s));
    CHECK(field<QLabel>(panel, u"trail"_s)->text().contains(u"〔2026〕1号"_s));
    CHECK(field<QPushButton>(panel, u"printTransferLetter"_s)->isEnabled());
    CHECK_FALSE(field<QPushButton>(panel, u"printSupervisionOrder"_s)->isEnabled());

    auto step = service.recordResult(*inProgress, u"已调解"_s, QDate(2026, 11, 20));
    REQUIRE_OK(step);
    domain::Feedback feedback;
    feedback.givenOn = QDate(2026, 11, 21);
    feedback.content = u"电话告知企业"_s;
    step = service.recordFeedback(*step, feedback);
    REQUIRE_OK(step);
    step = service.close(*step, QDate(2026, 11, 22));
    REQUIRE_OK(step);
    panel.showProblem(step->id);
    checkButtonsFollowTheFlow(panel, *step);
    CHECK(panel.actionButton(ProblemAction::Reopen)->isEnabled());
    CHECK_FALSE(panel.actionButton(ProblemAction::RecordFeedback)->isEnabled());
    CHECK(panel.whyNotText().contains(u"is already closed"_s));
    const QString trail = field<QLabel>(panel, u"trail"_s)->text();
    CHECK(trail.indexOf(u"已调解"_s) < trail.indexOf(u"电话告知企业"_s)); // in date order
}

TEST_CASE("Problem action dialogs: each accepted step moves the problem, the panel follows and "
          "the history grows")
{
    PanelWorld w;
    ui::ProblemPanel panel(w.session);
    const domain::Problem registered = w.registered(QDate(2026, 11, 2));
    panel.showProblem(registered.id);
    QStringList changed;
    QObject::connect(&panel, &ui::ProblemPanel::problemChanged,
                     [&](const QString& id) { changed.append(id); });
    int history = w.historyEntries(registered);
    auto grew = [&] {
        const int now = w.historyEntries(w.stored(registered.id));
        const bool more = now > history;
        history = now;
        return more;
    };

    auto start = dialogFor(w, *panel.problem(), ProblemAction::Start);
    field<QComboBox>(*start, u"triage"_s)->setCurrentIndex(1); // cross-unit
    ui::setCheckedIds(field<QListWidget>(*start, u"partner_units"_s),
                      {w.world.units.value(u"jcy"_s)});
    REQUIRE(start->submit());
    CHECK(start->result() == QDialog::Accepted);
    CHECK(w.status(registered.id) == u"in_progress"_s);
    CHECK(field<QLabel>(panel, u"status"_s)->text() ==
          domain::ProblemNames::displayName(ProblemStatus::InProgress));
    CHECK(grew());

    auto measure = dialogFor(w, *panel.problem(), ProblemAction::AddMeasure);
    field<QPlainTextEdit>(*measure, u"content"_s)->setPlainText(u"约谈双方"_s);
    chooseId(field<QComboBox>(*measure, u"officer_id"_s), w.world.org.officerId);
    field<QDateEdit>(*measure, u"taken_on"_s)->setDate(QDate(2026, 11, 5));
    REQUIRE(measure->submit());
    CHECK(scalar(*w.db, u"SELECT count(*) FROM measures"_s).toInt() == 1);
    CHECK(field<QLabel>(panel, u"trail"_s)->text().contains(u"约谈双方"_s));

    auto order = dialogFor(w, *panel.problem(), ProblemAction::IssueSupervision);
    field<QPlainTextEdit>(*order, u"requirement"_s)->setPlainText(u"请于月底前办结"_s);
    REQUIRE(order->submit());
    CHECK(scalar(*w.db, u"SELECT count(*) FROM supervision_orders"_s).toInt() == 1);
    CHECK(field<QPushButton>(panel, u"printSupervisionOrder"_s)->isEnabled());

    auto result = dialogFor(w, *panel.problem(), ProblemAction::RecordResult);
    field<QPlainTextEdit>(*result, u"result"_s)->setPlainText(u"企业已足额支付"_s);
    REQUIRE(result->submit());
    CHECK(w.status(registered.id) == u"result_received"_s);
    CHECK(grew());

    auto feedback = dialogFor(w, *panel.problem(), ProblemAction::RecordFeedback);
    field<QPlainTextEdit>(*feedback, u"content"_s)->setPlainText(u"企业表示满意"_s);
    REQUIRE(feedback->submit());
    CHECK(w.status(registered.id) == u"feedback_given"_s);
    CHECK(grew());
    CHECK(panel.actionButton(ProblemAction::Close)->isEnabled());

    auto close = dialogFor(w, *panel.problem(), ProblemAction::Close);
    REQUIRE(close->submit());
    CHECK(w.status(registered.id) == u"closed"_s);
    CHECK(grew());
    CHECK(panel.actionButton(ProblemAction::Reopen)->isEnabled());

    auto reopen = dialogFor(w, *panel.problem(), ProblemAction::Reopen);
    REQUIRE(reopen->submit());
    CHECK(w.status(registered.id) == u"in_progress"_s);
    CHECK(grew());
    CHECK(changed.isEmpty()); // steps taken outside the panel's own buttons
}

TEST_CASE("Problem action dialogs: a transfer moves the problem to the department")
{
    PanelWorld w;
    const domain::Problem registered = w.registered(QDate(2026, 11, 2));
    auto transfer = dialogFor(w, registered, ProblemAction::Transfer);
    field<QPlainTextEdit>(*transfer, u"note"_s)->setPlainText(u"请核查"_s);
    REQUIRE_FALSE(transfer->submit()); // no department chosen
    CHECK(transfer->fieldMessage(u"department_id"_s).contains(u"Department"_s));
    CHECK(field<QLabel>(*transfer, u"department_idIssue"_s)->text() ==
          transfer->fieldMessage(u"department_id"_s));
    CHECK(field<QPlainTextEdit>(*transfer, u"note"_s)->toPlainText() == u"请核查"_s);
    CHECK(w.status(registered.id) == u"registered"_s);

    chooseId(field<QComboBox>(*transfer, u"department_id"_s), w.world.departments.value(u"zjj"_s));
    REQUIRE(transfer->submit());
    CHECK(w.status(registered.id) == u"transferred"_s);
    CHECK(transfer->fieldMessage(u"department_id"_s).isEmpty());
    CHECK(scalar(*w.db, u"SELECT note FROM transfers"_s).toString() == u"请核查"_s);
}

TEST_CASE("Problem action dialogs: a refused step keeps the dialog open with what was typed and "
          "says why")
{
    PanelWorld w;
    services::ProblemService service(*w.db, Actor::system());
    auto started = service.start(w.registered(QDate(2026, 11, 2)), {});
    REQUIRE_OK(started);

    SECTION("a measure dated in the future")
    {
        auto dialog = dialogFor(w, *started, ProblemAction::AddMeasure);
        field<QPlainTextEdit>(*dialog, u"content"_s)->setPlainText(u"约谈双方"_s);
        field<QLineEdit>(*dialog, u"done_by"_s)->setText(u"区人社局"_s);
        field<QDateEdit>(*dialog, u"taken_on"_s)->setDate(QDate(2026, 11, 30));
        CHECK_FALSE(dialog->submit());
        CHECK(dialog->result() != QDialog::Accepted);
        CHECK(dialog->fieldMessage(u"taken_on"_s).contains(u"in the future"_s));
        CHECK(field<QPlainTextEdit>(*dialog, u"content"_s)->toPlainText() == u"约谈双方"_s);
        CHECK(field<QLineEdit>(*dialog, u"done_by"_s)->text() == u"区人社局"_s);
        CHECK(field<QDateEdit>(*dialog, u"taken_on"_s)->date() == QDate(2026, 11, 30));
        CHECK(scalar(*w.db, u"SELECT count(*) FROM measures"_s).toInt() == 0);
    }
    SECTION("a measure dated before the problem was found")
    {
        auto dialog = dialogFor(w, *started, ProblemAction::AddMeasure);
        field<QPlainTextEdit>(*dialog, u"content"_s)->setPlainText(u"约谈双方"_s);
        field<QLineEdit>(*dialog, u"done_by"_s)->setText(u"区人社局"_s);
        field<QDateEdit>(*dialog, u"taken_on"_s)->setDate(QDate(2026, 10, 30));
        CHECK_FALSE(dialog->submit());
        CHECK(dialog->fieldMessage(u"taken_on"_s).contains(u"2026-11-02"_s));
        CHECK(field<QPlainTextEdit>(*dialog, u"content"_s)->toPlainText() == u"约谈双方"_s);

        field<QDateEdit>(*dialog, u"taken_on"_s)->setDate(QDate(2026, 11, 3));
        CHECK(dialog->submit());
        CHECK(dialog->fieldMessage(u"taken_on"_s).isEmpty());
        CHECK(scalar(*w.db, u"SELECT count(*) FROM measures"_s).toInt() == 1);
    }
    SECTION("a measure without content names the field")
    {
        auto dialog = dialogFor(w, *started, ProblemAction::AddMeasure);
        field<QLineEdit>(*dialog, u"done_by"_s)->setText(u"区人社局"_s);
        CHECK_FALSE(dialog->submit());
        CHECK_FALSE(dialog->fieldMessage(u"content"_s).isEmpty());
        CHECK(dialog->fieldMessage(u"taken_on"_s).isEmpty());
        CHECK(field<QLineEdit>(*dialog, u"done_by"_s)->text() == u"区人社局"_s);
    }
    SECTION("closing without feedback is not offered, and refused at the top if tried")
    {
        auto result = service.recordResult(*started, u"已调解"_s, QDate(2026, 11, 20));
        REQUIRE_OK(result);
        ui::ProblemPanel panel(w.session);
        panel.showProblem(result->id);
        CHECK_FALSE(panel.actionButton(ProblemAction::Close)->isEnabled());
        CHECK(panel.whyNotText().contains(
            domain::ProblemFlow::check(*result, ProblemAction::Close).error().message));

        auto dialog = dialogFor(w, *result, ProblemAction::Close);
        field<QDateEdit>(*dialog, u"closed_on"_s)->setDate(QDate(2026, 11, 21));
        CHECK_FALSE(dialog->submit());
        CHECK(dialog->topMessage().contains(u"cannot be closed yet"_s));
        CHECK(field<QDateEdit>(*dialog, u"closed_on"_s)->date() == QDate(2026, 11, 21));
        CHECK(w.status(result->id) == u"result_received"_s);
    }
    SECTION("a stale copy: someone else moved the problem on")
    {
        auto first = dialogFor(w, *started, ProblemAction::RecordResult);
        auto second = dialogFor(w, *started, ProblemAction::RecordResult);
        field<QPlainTextEdit>(*first, u"result"_s)->setPlainText(u"已调解"_s);
        REQUIRE(first->submit());
        field<QPlainTextEdit>(*second, u"result"_s)->setPlainText(u"企业已撤回诉求"_s);
        CHECK_FALSE(second->submit());
        CHECK(second->topMessage().contains(u"changed by someone else"_s));
        CHECK(field<QPlainTextEdit>(*second, u"result"_s)->toPlainText() == u"企业已撤回诉求"_s);
        CHECK(w.stored(started->id).result == u"已调解"_s);
    }
}

TEST_CASE("Problem action dialogs: in Chinese a refusal still lands beside the field it names")
{
    PanelWorld w;
    struct Restore {
        QLocale locale;
        ~Restore() { QLocale::setDefault(locale); } // after the translators are removed
    } restore{QLocale()};
    settings::Translations translations;
    REQUIRE(translations.apply(settings::Language::Chinese));
    services::ProblemService service(*w.db, Actor::system());
    auto started = service.start(w.registered(QDate(2026, 11, 2)), {});
    REQUIRE_OK(started);

    auto dialog = dialogFor(w, *started, ProblemAction::AddMeasure);
    field<QLineEdit>(*dialog, u"done_by"_s)->setText(u"区人社局"_s);
    field<QDateEdit>(*dialog, u"taken_on"_s)->setDate(QDate(2026, 11, 30));
    field<QPlainTextEdit>(*dialog, u"content"_s)->setPlainText(u"约谈双方"_s);
    CHECK_FALSE(dialog->submit());
    const QString message = dialog->fieldMessage(u"taken_on"_s);
    CHECK_FALSE(message.isEmpty());
    CHECK_FALSE(message.startsWith(u"Measure date"_s)); // the translated message
    CHECK(dialog->topMessage().isEmpty());

    field<QDateEdit>(*dialog, u"taken_on"_s)->setDate(QDate(2026, 11, 3));
    field<QPlainTextEdit>(*dialog, u"content"_s)->clear();
    CHECK_FALSE(dialog->submit());
    CHECK_FALSE(dialog->fieldMessage(u"content"_s).isEmpty());
    CHECK(dialog->fieldMessage(u"taken_on"_s).isEmpty());
}

TEST_CASE("ProblemPanel: a file open read-only offers no step and says why")
{
    Workspace ws;
    QString path;
    QString id;
    {
        auto db = ws.open();
        const ProblemWorld world = createProblemWorld(*db);
        id = saveVisit(*db, makeVisit(world, QDate(2026, 11, 2)),
                       {makeProblem(world, u"labour"_s, u"拖欠工资"_s)})
                 .first()
                 .id;
        path = db->path();
    }
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    storage::DatabaseOptions options;
    options.path = path;
    auto db = storage::Database::open(options, ws.clock);
    REQUIRE_OK(db);
    REQUIRE((*db)->isReadOnly());
    settings::AppSettings settings(ws.path(u"settings.ini"_s));
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{**db, settings, prompts, ws.clock, {}, std::nullopt, changes};
    ui::ProblemPanel panel(session);
    panel.showProblem(id);
    REQUIRE(panel.problemId() == id);
    for (ProblemAction action : kActions)
        CHECK_FALSE(panel.actionButton(action)->isEnabled());
    CHECK(panel.actionButton(ProblemAction::Start)->toolTip().contains(u"read-only"_s));
    CHECK(panel.whyNotText().contains(u"read-only"_s));
    CHECK(field<QPushButton>(panel, u"history"_s)->isEnabled());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}
