// Editing the document's named failure scenarios from the desktop: the add / edit / delete
// commands (one undo step each, through DocumentSession::apply), core refusing a bad scenario with
// a message naming it while the model stays as it was, the Failure Scenarios panel following the
// edits (combo, selection kept across a rename, replay), its New / Edit / Delete actions, the
// editing dialog's spec() and its refusal, and the edits reaching the file.
// Set HECTARE_RELIABILITY_SNAPSHOTS to a folder to also save a PNG of the dialog.
#include "reliability_session.h"

#include "commands/failure_scenario_commands.h"
#include "growth/scenario_ref.h"
#include "reliability/failure_scenario_dialog.h"
#include "reliability/failure_scenario_events_model.h"
#include "reliability/scenario_panel.h"

#include "io/sample_site.h"
#include "reliability/stored_scenario.h"
#include "store/failure_scenario_writer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace hectare;
using namespace hectare::ui;
using hectare::testing::reliabilitySession;

namespace {

const QString kUpsScenario = QStringLiteral("UPS module fails during maintenance");
const QString kGridScenario = QStringLiteral("Grid outage 72 h");

ScenarioEventSpec makeEvent(ScenarioEventKind kind, double at, double hours, const QString &componentKind = {},
                        Id componentId = kNoId, int member = 1)
{
    ScenarioEventSpec e;
    e.kind = kind;
    e.atHours = at;
    e.durationHours = hours;
    e.componentKind = componentKind;
    e.componentId = componentId;
    e.member = member;
    return e;
}

// Chiller 2 of the sample's chiller group serviced while the grid is lost for 3 h.
FailureScenarioSpec chillerMaintenance(const SiteModel &model)
{
    FailureScenarioSpec spec;
    spec.id = nextFailureScenarioId(model);
    spec.name = QStringLiteral("Test: chiller serviced during an outage");
    spec.description = QStringLiteral("Chiller 2 is out for 6 h; the grid drops at 2 h for 3 h.");
    spec.horizonHours = 12;
    spec.ambientC = 36;
    spec.events = {makeEvent(ScenarioEventKind::ComponentInMaintenance, 1, 6, QStringLiteral("chiller"), 1, 2),
                   makeEvent(ScenarioEventKind::GridOutage, 2, 3)};
    return spec;
}

QString writeSite(const QTemporaryDir &dir, const SiteModel &model, const QString &name)
{
    const QString path = dir.filePath(name);
    Result<std::unique_ptr<Document>> document = Document::create(path, model);
    return document ? path : QString();
}

// Runs `step` on the modal window once it is shown (a QMessageBox or the dialog).
void whenModal(const std::function<void(QWidget *)> &step)
{
    QTimer::singleShot(0, [step] {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal);
        step(modal);
    });
}

} // namespace

class TestFailureScenarioEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addUndoRedo()
    {
        auto session = reliabilitySession();
        QVERIFY(session);
        ScenarioPanel panel;
        panel.setSession(session.get());
        const SiteModel before = session->model();
        const FailureScenarioSpec spec = chillerMaintenance(before);
        QSignalSpy reset(session.get(), &DocumentSession::failureScenariosReset);

        const Status added = session->execute(new AddFailureScenarioCommand(session.get(), spec));
        QVERIFY2(added, added ? "" : qPrintable(added.error().text()));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(session->undoStack()->count(), 1);
        QVERIFY(session->model().failureScenarioByName(spec.name));
        QVERIFY(*session->model().failureScenarioByName(spec.name) == spec);
        QCOMPARE(session->model().failureScenarios.size(), before.failureScenarios.size() + 1);
        QVERIFY(panel.scenarioCombo()->findText(spec.name) >= 0);
        QVERIFY2(panel.selectScenario(spec.name), qPrintable(panel.messageText()));
        QCOMPARE(panel.lastRun()->timeline.horizonHours, 12.0);

        session->undoStack()->undo();
        QVERIFY(session->model() == before);
        QCOMPARE(panel.scenarioCombo()->findText(spec.name), -1);
        QCOMPARE(reset.count(), 2);

        session->undoStack()->redo();
        QVERIFY(*session->model().failureScenarioByName(spec.name) == spec);
        QVERIFY(panel.scenarioCombo()->findText(spec.name) >= 0);
    }

    void editThenUndoRestoresTheOriginal()
    {
        auto session = reliabilitySession();
        QVERIFY(session);
        ScenarioPanel panel;
        panel.setSession(session.get());
        QVERIFY(panel.selectScenario(kUpsScenario));
        const SiteModel before = session->model();
        const FailureScenarioSpec original = *before.failureScenarioByName(kUpsScenario);
        FailureScenarioSpec after = original;
        after.name = QStringLiteral("UPS module 3 fails during maintenance");
        after.events.at(1).member = 3;
        after.events.at(1).atHours = 3;

        QVERIFY(session->execute(new EditFailureScenarioCommand(session.get(), original, after)));
        QVERIFY(!session->model().failureScenarioByName(kUpsScenario));
        QVERIFY(*session->model().failureScenarioByName(after.name) == after);
        // The renamed scenario stays chosen, and is replayed as edited.
        QCOMPARE(panel.scenarioCombo()->currentText(), after.name);
        QVERIFY(panel.lastRun());
        QCOMPARE(panel.scenarioCombo()->count(), int(before.failureScenarios.size()));

        session->undoStack()->undo();
        QVERIFY(*session->model().failureScenarioByName(kUpsScenario) == original);
        QVERIFY(session->model() == before);
        QCOMPARE(panel.scenarioCombo()->currentText(), kUpsScenario);
    }

    void deleteThenUndo()
    {
        auto session = reliabilitySession();
        QVERIFY(session);
        const SiteModel before = session->model();
        const FailureScenarioSpec grid = *before.failureScenarioByName(kGridScenario);
        QVERIFY(session->execute(new DeleteFailureScenarioCommand(session.get(), grid)));
        QVERIFY(!session->model().failureScenarioByName(kGridScenario));
        session->undoStack()->undo();
        QVERIFY(session->model() == before);
    }

    void badScenariosAreRefused_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("named");   // what the message must name, besides the scenario
        QTest::newRow("negative horizon") << 0 << QStringLiteral("horizon");
        QTest::newRow("unknown component") << 1 << QStringLiteral("event 1: chiller group 99 does not exist");
        QTest::newRow("duplicate name") << 2 << QStringLiteral("name: another failure scenario has the same name");
        QTest::newRow("unit out of its group") << 3 << QStringLiteral("event 1: member");
    }

    void badScenariosAreRefused()
    {
        QFETCH(int, breakage);
        QFETCH(QString, named);
        auto session = reliabilitySession();
        QVERIFY(session);
        const SiteModel before = session->model();
        FailureScenarioSpec bad = chillerMaintenance(before);
        switch (breakage) {
        case 0: bad.horizonHours = -5; break;
        case 1: bad.events.front().componentId = 99; break;
        case 2: bad.name = kGridScenario; break;
        case 3: bad.events.front().member = 9; break;
        }
        QSignalSpy reset(session.get(), &DocumentSession::failureScenariosReset);
        const Status added = session->execute(new AddFailureScenarioCommand(session.get(), bad));
        QVERIFY(!added);
        const QString message = added.error().text();
        QVERIFY2(message.contains(QStringLiteral("Failure scenario \"%1\"").arg(bad.name)), qPrintable(message));
        QVERIFY2(message.contains(named), qPrintable(message));
        QVERIFY(session->model() == before);
        QCOMPARE(session->undoStack()->count(), 0);
        QCOMPARE(reset.count(), 0);

        // Edited into the same state, an existing scenario is refused the same way.
        FailureScenarioSpec edited = bad;
        edited.id = before.failureScenarioByName(kUpsScenario)->id;
        if (breakage == 2)
            edited.name = kGridScenario;
        QVERIFY(!session->execute(
            new EditFailureScenarioCommand(session.get(), *before.failureScenarioByName(kUpsScenario), edited)));
        QVERIFY(session->model() == before);
    }

    void theDialogBuildsTheSpec()
    {
        auto session = reliabilitySession();
        QVERIFY(session);
        FailureScenarioSpec fresh;
        fresh.id = nextFailureScenarioId(session->model());
        FailureScenarioDialog dialog(session->model(), fresh);
        dialog.nameEdit()->setText(QStringLiteral("  Hot day, chiller 2 fails  "));
        dialog.descriptionEdit()->setPlainText(QStringLiteral("40 °C; the grid drops for 5 h."));
        dialog.horizonSpin()->setValue(24);
        QVERIFY(dialog.designAmbientCheck()->isChecked());
        QVERIFY(!dialog.ambientSpin()->isEnabled());
        dialog.designAmbientCheck()->setChecked(false);
        QVERIFY(dialog.ambientSpin()->isEnabled());
        dialog.ambientSpin()->setValue(40);
        dialog.refuelCheck()->setChecked(false);

        using M = FailureScenarioEventsModel;
        M *events = dialog.eventsModel();
        QVERIFY(!dialog.removeEventButton()->isEnabled());
        dialog.addEventButton()->click();   // a grid outage
        QCOMPARE(events->rowCount(), 1);
        QVERIFY(events->setData(events->index(0, M::KindColumn), int(ScenarioEventKind::ComponentFails)));
        // A failure names a component: the first UPS group by default; the type changes it.
        QCOMPARE(events->events().front().componentKind, QStringLiteral("ups-module"));
        QVERIFY(events->setData(events->index(0, M::TypeColumn), QStringLiteral("chiller")));
        QCOMPARE(events->index(0, M::ComponentColumn).data().toString(), session->model().chillers.front().name);
        QVERIFY(events->index(0, M::ComponentColumn).data(kChoiceValuesRole).toList().size() > 0);
        QCOMPARE(events->index(0, M::MemberColumn).data(M::kUnitsRole).toInt(), session->model().chillers.front().count);
        QVERIFY(events->setData(events->index(0, M::MemberColumn), 2));
        QVERIFY(events->setData(events->index(0, M::AtColumn), 3.0));
        QVERIFY(events->setData(events->index(0, M::DurationColumn), 0.0));
        // A failure repaired in 0 h is repaired in the unit's mean time to repair.
        QCOMPARE(events->index(0, M::DurationColumn).data().toString(), QStringLiteral("MTTR"));
        dialog.addEventButton()->click();   // after the last: at 3 h
        QVERIFY(dialog.removeEventButton()->isEnabled());
        QVERIFY(events->setData(events->index(1, M::AtColumn), 1.0));
        QVERIFY(events->setData(events->index(1, M::DurationColumn), 5.0));
        // A grid outage names no component.
        QVERIFY(!(events->flags(events->index(1, M::ComponentColumn)) & Qt::ItemIsEditable));

        dialog.accept();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        FailureScenarioSpec expected;
        expected.id = fresh.id;
        expected.name = QStringLiteral("Hot day, chiller 2 fails");
        expected.description = QStringLiteral("40 °C; the grid drops for 5 h.");
        expected.horizonHours = 24;
        expected.ambientC = 40;
        expected.refuel = false;
        // Stored by time.
        expected.events = {makeEvent(ScenarioEventKind::GridOutage, 1, 5),
                           makeEvent(ScenarioEventKind::ComponentFails, 3, 0, QStringLiteral("chiller"),
                                 session->model().chillers.front().id, 2)};
        QVERIFY(dialog.spec() == expected);
        QVERIFY(session->execute(new AddFailureScenarioCommand(session.get(), dialog.spec())));
    }

    void theDialogKeepsABadScenarioOpen()
    {
        auto session = reliabilitySession();
        QVERIFY(session);
        FailureScenarioDialog dialog(session->model(), *session->model().failureScenarioByName(kUpsScenario));
        QCOMPARE(dialog.eventsModel()->rowCount(), 2);
        QVERIFY(dialog.spec() == *session->model().failureScenarioByName(kUpsScenario));
        dialog.nameEdit()->setText(kGridScenario);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("another failure scenario has the same name")),
                 qPrintable(dialog.errorText()));
        dialog.nameEdit()->setText(kUpsScenario);
        dialog.eventsTable()->selectRow(0);
        dialog.removeEventButton()->click();
        QCOMPARE(dialog.eventsModel()->rowCount(), 1);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void thePanelActionsEditAndConfirmDeletion()
    {
        auto session = reliabilitySession();
        QVERIFY(session);
        ScenarioPanel panel;
        panel.setSession(session.get());
        QCOMPARE(panel.deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
        QCOMPARE(panel.deleteAction()->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        QVERIFY(panel.newAction()->isEnabled() && panel.editAction()->isEnabled());
        QVERIFY(panel.selectScenario(kGridScenario));

        whenModal([](QWidget *modal) {
            auto *dialog = qobject_cast<FailureScenarioDialog *>(modal);
            QVERIFY(dialog);
            dialog->horizonSpin()->setValue(96);
            dialog->accept();
        });
        panel.editScenario();
        QCOMPARE(session->model().failureScenarioByName(kGridScenario)->horizonHours, 96.0);
        QCOMPARE(session->undoStack()->count(), 1);

        whenModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            box->button(QMessageBox::No)->click();
        });
        panel.deleteScenario();
        QVERIFY(session->model().failureScenarioByName(kGridScenario));
        whenModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        panel.deleteScenario();
        QVERIFY(!session->model().failureScenarioByName(kGridScenario));
        QCOMPARE(panel.scenarioCombo()->findText(kGridScenario), -1);
        QCOMPARE(session->undoStack()->count(), 2);
    }

    void editsReachTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample);
        const QString path = writeSite(dir, sample.value(), QStringLiteral("site.hectare"));
        QVERIFY(!path.isEmpty());
        const FailureScenarioSpec added = chillerMaintenance(sample.value());
        FailureScenarioSpec renamed = *sample->failureScenarioByName(kUpsScenario);
        renamed.name = QStringLiteral("UPS: two modules out");
        renamed.ambientC = 30;
        {
            Result<std::unique_ptr<Document>> document = Document::open(path);
            QVERIFY(document);
            DocumentSession session(std::move(document.value()), false);
            QVERIFY(session.execute(new AddFailureScenarioCommand(&session, added)));
            QVERIFY(session.execute(
                new EditFailureScenarioCommand(&session, *sample->failureScenarioByName(kUpsScenario), renamed)));
            QVERIFY(session.execute(
                new DeleteFailureScenarioCommand(&session, *sample->failureScenarioByName(kGridScenario))));
        }
        Result<std::unique_ptr<Document>> reopened = Document::open(path);
        QVERIFY(reopened);
        const SiteModel &model = reopened.value()->model();
        QVERIFY(model.failureScenarioByName(added.name) && *model.failureScenarioByName(added.name) == added);
        QVERIFY(model.failureScenarioByName(renamed.name) && *model.failureScenarioByName(renamed.name) == renamed);
        QVERIFY(!model.failureScenarioByName(kUpsScenario));
        QVERIFY(!model.failureScenarioByName(kGridScenario));
    }

    void snapshot()
    {
        const QString folder = testing::snapshotFolder();
        if (folder.isEmpty())
            QSKIP("set HECTARE_RELIABILITY_SNAPSHOTS to a folder to save a PNG of the dialog");
        auto session = reliabilitySession();
        QVERIFY(session);
        FailureScenarioDialog dialog(session->model(), *session->model().failureScenarioByName(kUpsScenario));
        dialog.resize(900, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The second event chosen, its component open for editing.
        dialog.eventsTable()->selectRow(1);
        dialog.eventsTable()->edit(dialog.eventsModel()->index(1, FailureScenarioEventsModel::ComponentColumn));
        QCoreApplication::processEvents();
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("failure-scenario-dialog.png"))));
    }
};

QTEST_MAIN(TestFailureScenarioEditing)
#include "tst_failure_scenario_editing.moc"
