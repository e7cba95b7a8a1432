// The desktop shell driven as a user would, offscreen: open the sample, pick a hall in the
// tree, click a rack on the plan, change its state, undo, redo; a bad file; a held file.
#include "dashboard/budget_chart.h"
#include "dashboard/budget_section.h"
#include "dashboard/capacity_dashboard.h"
#include "plan/hall_plan_view.h"
#include "plan/hall_scene.h"
#include "plan/rack_item.h"
#include "rack/rack_properties_panel.h"
#include "session/document_session.h"
#include "tree/site_tree_model.h"
#include "window/main_window.h"

#include "io/sample_site.h"
#include "store/document.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QUndoStack>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace hectare;
using namespace hectare::ui;

namespace {

const Rack &rackById(const SiteModel &model, Id id)
{
    return *std::find_if(model.racks.begin(), model.racks.end(), [id](const Rack &r) { return r.id == id; });
}

// The first free position of a hall, as the sample site has them.
Id firstFreeRack(const SiteModel &model, Id hallId)
{
    for (const Rack &rack : model.racks)
        if (rack.state == RackState::Free && model.hallOfRack(rack) == hallId)
            return rack.id;
    return kNoId;
}

void clickTreeItem(QTreeView *tree, const QModelIndex &index)
{
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // recent files go to a throw-away settings file
        QCoreApplication::setOrganizationName(QStringLiteral("HectareTest"));
    }

    void sampleOpensOnItsFirstHall()
    {
        MainWindow window;
        window.openSample();
        QVERIFY(window.session());
        QVERIFY(window.session()->isSample());
        QCOMPARE(window.session()->model().racks.size(), std::size_t(200));
        QCOMPARE(window.currentHallId(), window.session()->model().halls.front().id);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sample site")));
        QCOMPARE(window.planView()->hallScene()->rackItems().size(), std::size_t(160));
    }

    void editARackOnThePlanWithUndoAndRedo()
    {
        MainWindow window;
        window.openSample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DocumentSession *session = window.session();
        const Hall *government = session->model().hallByName(QStringLiteral("Government"));
        QVERIFY(government);

        // Pick the hall in the site tree.
        auto *tree = static_cast<SiteTreeModel *>(window.siteTree()->model());
        clickTreeItem(window.siteTree(), tree->indexOfHall(government->id));
        QCOMPARE(window.currentHallId(), government->id);
        QCOMPARE(window.dashboard()->hallId(), government->id);
        QCOMPARE(window.planView()->hallScene()->rackItems().size(), std::size_t(40));

        // Click a free rack on the plan: the properties panel shows it.
        const Id rackId = firstFreeRack(session->model(), government->id);
        QVERIFY(rackId != kNoId);
        RackItem *item = window.planView()->hallScene()->rackItem(rackId);
        QVERIFY(item);
        window.planView()->centerOn(item);
        const QPoint at = window.planView()->mapFromScene(item->sceneBoundingRect().center());
        QTest::mouseClick(window.planView()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.rackPanel()->rackId(), rackId);

        const double usableBefore = session->report().halls[1].space.usable;
        const double committed = session->report().halls[1].space.committed;
        const BudgetChart *chart = window.dashboard()->hallSection()->chart();
        QCOMPARE(chart->plottedPct(Resource::Space, BudgetChart::Series::Committed), 100.0 * committed / usableBefore);

        // Block it with the keyboard on the state combo (End = the last state, "blocked").
        QComboBox *state = window.rackPanel()->stateCombo();
        QVERIFY(state->isEnabled());
        state->setFocus();
        QTest::keyClick(state, Qt::Key_End);
        const QString name = rackById(session->model(), rackId).name;
        QCOMPARE(rackById(session->model(), rackId).state, RackState::Blocked);
        QCOMPARE(session->report().halls[1].space.usable, usableBefore - 1);
        QCOMPARE(chart->plottedPct(Resource::Space, BudgetChart::Series::Committed),
                 100.0 * committed / (usableBefore - 1));
        // The menu reads "Undo Change rack G4-02 state" (& marks the mnemonic).
        QCOMPARE(window.undoAction()->text().remove(QLatin1Char('&')), QStringLiteral("Undo Change rack %1 state").arg(name));

        window.undoAction()->trigger();
        QCOMPARE(rackById(session->model(), rackId).state, RackState::Free);
        QCOMPARE(session->report().halls[1].space.usable, usableBefore);
        QCOMPARE(chart->plottedPct(Resource::Space, BudgetChart::Series::Committed), 100.0 * committed / usableBefore);
        QCOMPARE(state->currentData().toInt(), int(RackState::Free));

        window.redoAction()->trigger();
        QCOMPARE(rackById(session->model(), rackId).state, RackState::Blocked);
        QCOMPARE(session->report().halls[1].space.usable, usableBefore - 1);
    }

    void anImpossibleEditIsRefusedAndChangesNothing()
    {
        MainWindow window;
        window.openSample();
        window.show();
        DocumentSession *session = window.session();
        const Id rackId = firstFreeRack(session->model(), window.currentHallId());
        window.planView()->selectRack(rackId);
        QCOMPARE(window.rackPanel()->rackId(), rackId);
        const SiteModel before = session->model();
        // "Reserved" with no tenant: core refuses, the panel shows the document again.
        QComboBox *state = window.rackPanel()->stateCombo();
        state->setFocus();
        QTest::keyClick(state, Qt::Key_Down);
        QVERIFY(session->model() == before);
        QCOMPARE(session->undoStack()->count(), 0);
        QCOMPARE(state->currentData().toInt(), int(RackState::Free));
        auto *dialog = window.findChild<QMessageBox *>(QStringLiteral("errorDialog"));
        QVERIFY(dialog);
        QVERIFY2(dialog->text().contains(QStringLiteral("tenant")), qPrintable(dialog->text()));
    }

    void aBadFileIsReportedAndTheCurrentDocumentKept()
    {
        MainWindow window;
        window.openSample();
        window.show();
        DocumentSession *before = window.session();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.hectare"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a site\n");
        file.close();
        QVERIFY(!window.openDocument(path));
        QCOMPARE(window.session(), before);
        auto *dialog = window.findChild<QMessageBox *>(QStringLiteral("errorDialog"));
        QVERIFY(dialog);
        QVERIFY2(dialog->text().contains(path), qPrintable(dialog->text()));
        QVERIFY2(dialog->text().contains(QStringLiteral("not an SQLite database")), qPrintable(dialog->text()));
    }

    void aFileHeldElsewhereOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("held.hectare"));
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample.ok());
        Result<std::unique_ptr<Document>> holder = Document::create(path, sample.value());
        QVERIFY(holder.ok());

        MainWindow window;
        QVERIFY(window.openDocument(path));
        QVERIFY(window.session()->isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        window.planView()->selectRack(window.session()->model().racks.front().id);
        QVERIFY(!window.rackPanel()->stateCombo()->isEnabled());
    }

    void exportAndImportJsonThroughTheWindow()
    {
        MainWindow window;
        window.openSample();
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("site.json"));
        const QString documentPath = dir.filePath(QStringLiteral("imported.hectare"));
        QVERIFY(window.exportJson(json));
        QVERIFY(window.importJson(json, documentPath));
        QCOMPARE(window.session()->path(), QFileInfo(documentPath).absoluteFilePath());
        QVERIFY(!window.session()->isSample());
        QCOMPARE(window.session()->model().racks.size(), std::size_t(200));
        QVERIFY(window.windowTitle().contains(QStringLiteral("imported.hectare")));
        // Importing over an existing file is refused and the document stays.
        DocumentSession *current = window.session();
        QVERIFY(!window.importJson(json, documentPath));
        QCOMPARE(window.session(), current);
        QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("errorDialog")));
    }

    void selectingARowInTheTreeSelectsItsRacksOnThePlan()
    {
        MainWindow window;
        window.openSample();
        window.show();
        const SiteModel &model = window.session()->model();
        const Row &row = model.rows[2];
        auto *tree = static_cast<SiteTreeModel *>(window.siteTree()->model());
        clickTreeItem(window.siteTree(), tree->indexOfRow(row.id));
        int selected = 0;
        for (QGraphicsItem *item : window.planView()->hallScene()->selectedItems()) {
            auto *rack = dynamic_cast<RackItem *>(item);
            QVERIFY(rack);
            QCOMPARE(rack->rack().rowId, row.id);
            ++selected;
        }
        QCOMPARE(selected, 20);   // a colocation row holds 20 positions
        // The tree shows the row's counts: 20 positions, of which the free ones.
        const QModelIndex index = tree->indexOfRow(row.id);
        QCOMPARE(index.siblingAtColumn(1).data().toString(), QStringLiteral("20"));
    }

    void editsGoStraightIntoTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.hectare"));
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(Document::create(path, sample.value()).ok());
        Id rackId = kNoId;
        {
            MainWindow window;
            QVERIFY(window.openDocument(path));
            QVERIFY(!window.session()->isReadOnly());
            rackId = firstFreeRack(window.session()->model(), window.currentHallId());
            window.planView()->selectRack(rackId);
            window.rackPanel()->designKwSpin()->setValue(7.5);
            Q_EMIT window.rackPanel()->designKwSpin()->editingFinished();
            QCOMPARE(rackById(window.session()->model(), rackId).designKw, 7.5);
        }
        Result<std::unique_ptr<Document>> reopened = Document::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(rackById(reopened.value()->model(), rackId).designKw, 7.5);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
