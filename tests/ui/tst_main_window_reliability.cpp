// The Reliability menu in the main window (issue 6), driven as an engineer would: open a site
// whose side B has no PDUs, open the Tier III check from the menu, pick a violation, and find its
// racks selected on the hall plan; the failure scenarios of the sample are listed in their dock.
// Set HECTARE_RELIABILITY_SNAPSHOTS to a folder to save the window with each dock as PNGs.
#include "plan/hall_plan_view.h"
#include "reliability/availability_panel.h"
#include "reliability/scenario_panel.h"
#include "reliability/tier3_findings_model.h"
#include "reliability/tier3_panel.h"
#include "reliability/topology_view.h"
#include "session/document_session.h"
#include "window/main_window.h"

#include "reliability_session.h"

#include "io/sample_site.h"
#include "store/document.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <algorithm>

using namespace hectare;
using namespace hectare::ui;

namespace {

QString writeSite(const QTemporaryDir &dir, const SiteModel &model, const QString &name)
{
    const QString path = dir.filePath(name);
    Result<std::unique_ptr<Document>> document = Document::create(path, model);
    return document ? path : QString();
}

QMenu *menuNamed(MainWindow &window, const QString &objectName)
{
    for (QAction *action : window.menuBar()->actions())
        if (action->menu() && action->menu()->objectName() == objectName)
            return action->menu();
    return nullptr;
}

void snapshot(MainWindow &window, const QString &name)
{
    const QString folder = testing::snapshotFolder();
    if (folder.isEmpty())
        return;
    window.grab().save(folder + QLatin1Char('/') + name);
}

} // namespace

class TestMainWindowReliability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HectareTest"));
    }

    void theMenuOpensEachDock()
    {
        MainWindow window;
        window.openSample();
        QMenu *menu = menuNamed(window, QStringLiteral("reliabilityMenu"));
        QVERIFY(menu);
        const std::pair<const char *, QDockWidget *> actions[] = {{"tier3Action", window.tier3Dock()},
                                                                  {"topologyAction", window.topologyDock()},
                                                                  {"scenarioAction", window.scenarioDock()},
                                                                  {"availabilityAction", window.availabilityDock()}};
        for (const auto &[name, dock] : actions) {
            QAction *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && menu->actions().contains(action), name);
            QVERIFY(action->isEnabled());
            dock->hide();
            action->trigger();
            QVERIFY2(dock->isVisibleTo(&window), name);
        }
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("tier3Action"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+T")));
        // The sample passes at the contracted load.
        QVERIFY(window.tier3Panel()->verdictText().startsWith(QStringLiteral("Passes")));
    }

    void aViolationSelectsItsRacksOnThePlan()
    {
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample);
        SiteModel model = sample.value();
        testing::removeSideBPdus(model);
        QTemporaryDir dir;
        const QString path = writeSite(dir, model, QStringLiteral("no-side-b.hectare"));
        QVERIFY(!path.isEmpty());

        MainWindow window;
        window.resize(1600, 1000);
        QVERIFY(window.openDocument(path));
        window.findChild<QAction *>(QStringLiteral("tier3Action"))->trigger();
        Tier3Panel *panel = window.tier3Panel();
        QVERIFY(panel->verdictText().startsWith(QStringLiteral("Fails")));

        // The first violation whose racks are in the Government hall (the window shows Colocation
        // first), so that showing it also switches the hall.
        Tier3FindingsModel *findings = panel->findingsModel();
        const QModelIndex violations = findings->index(0, 0);
        QVERIFY(findings->rowCount(violations) > 0);
        QSignalSpy shown(panel, &Tier3Panel::showRacks);
        QModelIndex chosen;
        for (int row = 0; row < findings->rowCount(violations) && !chosen.isValid(); ++row) {
            panel->findingsView()->setCurrentIndex(findings->index(row, 0, violations));
            if (!shown.isEmpty() && shown.last().at(0).value<Id>() == 2)
                chosen = findings->index(row, 0, violations);
        }
        QVERIFY2(chosen.isValid(), "no violation drops the Government hall's racks alone");
        const std::vector<Id> racks = shown.last().at(1).value<std::vector<Id>>();
        QVERIFY(!racks.empty());
        QCOMPARE(window.currentHallId(), Id(2));
        std::vector<Id> selected;
        for (const LayoutObjectRef &ref : window.planView()->selectedRefs())
            if (ref.kind == LayoutObjectRef::Kind::Rack)
                selected.push_back(ref.id);
        std::ranges::sort(selected);
        QCOMPARE(selected, racks);
        snapshot(window, QStringLiteral("window_tier3_no_side_b.png"));

        window.findChild<QAction *>(QStringLiteral("topologyAction"))->trigger();
        snapshot(window, QStringLiteral("window_topology_no_side_b.png"));
    }

    void theSamplesScenariosAreListed()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.openSample();
        window.findChild<QAction *>(QStringLiteral("scenarioAction"))->trigger();
        auto *combo = window.scenarioPanel()->findChild<QComboBox *>();
        QVERIFY(combo);
        QStringList names;
        for (const FailureScenarioSpec &spec : window.session()->model().failureScenarios)
            names << spec.name;
        QCOMPARE(names.size(), 3);
        for (const QString &name : names)
            QVERIFY2(window.scenarioPanel()->selectScenario(name), qPrintable(name));
        QVERIFY(window.scenarioPanel()->selectScenario(names.front()));
        snapshot(window, QStringLiteral("window_scenario_sample.png"));
    }

    // Closing the document while the Monte Carlo runs cancels it and leaves nothing behind.
    void closingDuringARunCancelsIt()
    {
        MainWindow window;
        window.openSample();
        AvailabilityPanel *panel = window.availabilityPanel();
        auto *years = panel->findChild<QSpinBox *>(QStringLiteral("years"));
        QVERIFY(years);
        years->setValue(years->maximum());
        panel->run();
        QVERIFY(panel->isRunning());
        window.newEmptySite();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 10000);
    }
};

QTEST_MAIN(TestMainWindowReliability)
#include "tst_main_window_reliability.moc"
