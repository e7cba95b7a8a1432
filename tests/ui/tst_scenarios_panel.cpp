// The Growth dock over the bundled sample site, driven through its real widgets (list, buttons,
// table editors, spin boxes, Run and Cancel) and checked against the document and against core:
// every scenario edit is one undo step, what core refuses changes nothing, the base site is never
// touched, and what the chart and the summary show is runGrowth()'s result, figure for figure.
#include "growth/growth_chart.h"
#include "growth/growth_comparison_table.h"
#include "growth/growth_outlook_view.h"
#include "growth/growth_run_bar.h"
#include "growth/growth_text.h"
#include "dashboard/qcustomplot_include.h"
#include "growth/month_axis_ticker.h"
#include "growth/prospect_table_model.h"
#include "growth/scenario_list_model.h"
#include "growth/scenario_settings_form.h"
#include "growth/scenario_table_panel.h"
#include "growth/scenarios_panel.h"
#include "models/table_roles.h"
#include "session/document_session.h"
#include "window/main_window.h"

#include "growth/growth_csv.h"
#include "growth/growth_engine.h"
#include "io/sample_site.h"
#include "model/model_validation.h"
#include "store/document.h"

#include "language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace hectare;
using namespace hectare::ui;
using Line = GrowthChart::Line;
using Marker = GrowthChart::Marker;

namespace {

const QString kBase = QStringLiteral("Base");
const QString kBank = QStringLiteral("Bank + telco anchor tenant");
const QString kBankProspect = QStringLiteral("Banque régionale (ancre, fictive)");

const Scenario &scenarioNamed(const SiteModel &model, const QString &name)
{
    const Scenario *scenario = model.scenarioByName(name);
    if (!scenario)
        qFatal("no scenario named %s", qPrintable(name));
    return *scenario;
}

Prospect &prospectNamed(Scenario &scenario, const QString &name)
{
    for (Prospect &p : scenario.prospects)
        if (p.name == name)
            return p;
    qFatal("no prospect named %s", qPrintable(name));
}

const Prospect &prospectNamed(const Scenario &scenario, const QString &name)
{
    return prospectNamed(const_cast<Scenario &>(scenario), name);
}

QStringList listedNames(const ScenariosPanel &panel)
{
    QStringList names;
    const QAbstractItemModel *model = panel.scenarioList()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data().toString();
    return names;
}

// The view's index of an item's row (by id) in `column`.
QModelIndex viewIndex(const TablePanel &panel, Id id, int column)
{
    const QAbstractItemModel *model = panel.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(kIdRole).value<Id>() == id)
            return model->index(row, column);
    return {};
}

// Opens the view's editor on `index`, types `text` over it and presses Enter.
void typeIntoCell(QTableView *view, const QModelIndex &index, const QString &text)
{
    view->setCurrentIndex(index);
    view->edit(index);
    QWidget *editor = view->viewport()->findChild<QAbstractSpinBox *>();
    if (!editor)
        editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY2(editor, "no editor opened");
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        spin->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

void typeIntoSpinBox(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

QVector<double> toVector(const std::vector<double> &values) { return QVector<double>(values.begin(), values.end()); }

const ScopeOutlook &scopeNamed(const GrowthResult &result, const QString &hallName)
{
    if (hallName.isEmpty())
        return result.site;
    for (const ScopeOutlook &hall : result.halls)
        if (hall.name == hallName)
            return hall;
    qFatal("no hall %s in the result", qPrintable(hallName));
}

GrowthResult runDirectly(const SiteModel &model, const Scenario &scenario, int runs, quint64 seed)
{
    GrowthOptions options;
    options.runs = runs;
    options.seed = seed;
    options.threads = 1;   // the panel uses every core: the result must not depend on it
    Result<GrowthResult> result = runGrowth(model, scenario, options);
    if (!result)
        qFatal("runGrowth failed: %s", qPrintable(result.error().text()));
    return std::move(result.value());
}

} // namespace

class TestScenariosPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DocumentSession> m_session;
    std::unique_ptr<ScenariosPanel> m_panel;

    const SiteModel &model() const { return m_session->model(); }
    QUndoStack *undo() const { return m_session->undoStack(); }
    GrowthOutlookView *outlook() const { return m_panel->outlook(); }
    GrowthRunBar *runBar() const { return outlook()->runBar(); }

    void makePanel()
    {
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error().text()));
        Result<std::unique_ptr<Document>> doc = Document::createInMemory(sample.value());
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        m_session = std::make_unique<DocumentSession>(std::move(doc.value()), true);
        m_panel = std::make_unique<ScenariosPanel>();
        m_panel->setSession(m_session.get());
        m_panel->resize(1600, 640);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void selectInList(const QString &name)
    {
        const Scenario &scenario = scenarioNamed(model(), name);
        const int row = m_panel->scenarioModel()->rowOfId(scenario.id);
        QVERIFY(row >= 0);
        QListView *list = m_panel->scenarioList();
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_panel->currentScenarioId(), scenario.id);
    }

    // Sets runs and seed in the run bar, presses Run and waits for the end.
    void runFromTheBar(int runs, quint64 seed)
    {
        typeIntoSpinBox(runBar()->runsBox(), QString::number(runs));
        typeIntoSpinBox(runBar()->seedBox(), QString::number(seed));
        QCOMPARE(runBar()->runs(), runs);
        QCOMPARE(runBar()->seed(), seed);
        QSignalSpy finished(outlook(), &GrowthOutlookView::runFinished);
        QTest::mouseClick(runBar()->runButton(), Qt::LeftButton);
        QVERIFY(outlook()->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!outlook()->isRunning());
    }

    // What no scenario edit or run may change.
    struct Base
    {
        std::vector<Tenant> tenants;
        std::vector<Contract> contracts;
        std::vector<Rack> racks;
        std::vector<Hall> halls;
        bool operator==(const Base &) const = default;
    };
    Base base() const { return {model().tenants, model().contracts, model().racks, model().halls}; }

private Q_SLOTS:
    void init() { makePanel(); }

    void cleanup()
    {
        m_panel.reset();
        m_session.reset();
    }

    void listsTheSampleScenarios()
    {
        QCOMPARE(listedNames(*m_panel), QStringList({kBase, kBank}));
        QCOMPARE(m_panel->currentScenarioId(), scenarioNamed(model(), kBase).id);
        // The assumption tables follow the selection: Base has 5 prospects, the bank scenario 7.
        QCOMPARE(m_panel->prospectsPanel()->view()->model()->rowCount(), 5);
        selectInList(kBank);
        QCOMPARE(m_panel->prospectsPanel()->view()->model()->rowCount(), 7);
        QCOMPARE(m_panel->expansionsPanel()->view()->model()->rowCount(), 2);
        QCOMPARE(m_panel->tenantGrowthPanel()->view()->model()->rowCount(), 3);
        QCOMPARE(m_panel->settingsForm()->horizonBox()->value(), 120);
    }

    void duplicateIsOneUndoStep()
    {
        const Base before = base();
        const Scenario source = scenarioNamed(model(), kBank);
        selectInList(kBank);
        QTest::mouseClick(m_panel->duplicateButton(), Qt::LeftButton);

        const QString copyName = kBank + QStringLiteral(" (copy)");
        QCOMPARE(model().scenarios.size(), std::size_t(3));
        QVERIFY(listedNames(*m_panel).contains(copyName));
        const Scenario copy = scenarioNamed(model(), copyName);
        QCOMPARE(m_panel->currentScenarioId(), copy.id);
        QVERIFY(copy.id != source.id);
        QCOMPARE(copy.prospects.size(), source.prospects.size());
        for (std::size_t i = 0; i < copy.prospects.size(); ++i) {
            Prospect renumbered = copy.prospects[i];
            renumbered.id = source.prospects[i].id;
            QCOMPARE(renumbered, source.prospects[i]);   // the same assumptions under fresh ids
        }
        QCOMPARE(undo()->count(), 1);

        undo()->undo();
        QCOMPARE(model().scenarios.size(), std::size_t(2));
        QVERIFY(!listedNames(*m_panel).contains(copyName));
        QVERIFY(m_panel->currentScenarioId() != copy.id);   // the selection moved to a scenario that exists
        QVERIFY(model().scenarioByName(kBase));

        undo()->redo();
        QCOMPARE(scenarioNamed(model(), copyName), copy);
        QVERIFY(listedNames(*m_panel).contains(copyName));
        QVERIFY(base() == before);

        // A second duplicate of the same scenario takes the next free name.
        selectInList(kBank);
        QTest::mouseClick(m_panel->duplicateButton(), Qt::LeftButton);
        QVERIFY(model().scenarioByName(kBank + QStringLiteral(" (copy 2)")));
    }

    void removeAndRename()
    {
        const Scenario bank = scenarioNamed(model(), kBank);
        selectInList(kBank);
        QTest::mouseClick(m_panel->removeButton(), Qt::LeftButton);
        QCOMPARE(listedNames(*m_panel), QStringList({kBase}));
        QCOMPARE(m_panel->currentScenarioId(), scenarioNamed(model(), kBase).id);
        undo()->undo();
        QCOMPARE(scenarioNamed(model(), kBank), bank);   // back with its ids and children

        // Rename through the list's editor; a taken name is refused with core's message.
        selectInList(kBank);
        QTest::mouseClick(m_panel->renameButton(), Qt::LeftButton);
        auto *editor = m_panel->scenarioList()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Anchor tenants"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QVERIFY(model().scenarioByName(QStringLiteral("Anchor tenants")));
        QCOMPARE(undo()->undoText(), QStringLiteral("Rename scenario \"%1\" to \"Anchor tenants\"").arg(kBank));

        const SiteModel before = model();
        QSignalSpy rejected(m_panel.get(), &ScenariosPanel::editRejected);
        const QModelIndex row = m_panel->scenarioModel()->index(m_panel->scenarioModel()->rowOfId(bank.id), 0);
        QVERIFY(!m_panel->scenarioModel()->setData(row, kBase));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(rejected.first().first().toString().contains(QStringLiteral("another scenario has the same name")));
        QVERIFY(model() == before);
        QCOMPARE(m_panel->statusText(), rejected.first().first().toString());
    }

    void anImpossibleProbabilityIsRefusedWithCoresMessage()
    {
        selectInList(kBank);
        const SiteModel before = model();
        const int undoCount = undo()->count();
        // What core says about that value, worked out on a copy of the model.
        SiteModel edited = before;
        Scenario &scenario = *std::find_if(edited.scenarios.begin(), edited.scenarios.end(),
                                           [](const Scenario &s) { return s.name == kBank; });
        Prospect &bank = prospectNamed(scenario, kBankProspect);
        bank.probability = 1.4;
        const std::vector<Error> errors = validateModel(edited, 1);
        QCOMPARE(errors.size(), std::size_t(1));
        const QString expected = errors.front().text();
        QVERIFY(expected.contains(QStringLiteral("probability")));

        QSignalSpy rejected(m_panel.get(), &ScenariosPanel::editRejected);
        m_panel->assumptionTabs()->setCurrentWidget(m_panel->prospectsPanel());
        const QModelIndex cell = viewIndex(*m_panel->prospectsPanel(), bank.id, ProspectTableModel::ProbabilityColumn);
        QVERIFY(cell.isValid());
        typeIntoCell(m_panel->prospectsPanel()->view(), cell, QLocale().toString(1.4));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.first().first().toString(), expected);
        QCOMPARE(m_panel->prospectsPanel()->statusText(), expected);
        QVERIFY(model() == before);
        QCOMPARE(undo()->count(), undoCount);
        QCOMPARE(cell.data(Qt::EditRole).toDouble(), 0.6);   // the table shows the document's value
    }

    void validEditsChangeTheScenarioAndUndoRestoresIt()
    {
        selectInList(kBank);
        const SiteModel before = model();
        const Base baseBefore = base();
        const Id bankId = prospectNamed(scenarioNamed(model(), kBank), kBankProspect).id;

        // A prospect's probability, in the table.
        m_panel->assumptionTabs()->setCurrentWidget(m_panel->prospectsPanel());
        const QModelIndex cell = viewIndex(*m_panel->prospectsPanel(), bankId, ProspectTableModel::ProbabilityColumn);
        typeIntoCell(m_panel->prospectsPanel()->view(), cell, QLocale().toString(0.9));
        Scenario after = scenarioNamed(model(), kBank);
        QCOMPARE(prospectNamed(after, kBankProspect).probability, 0.9);
        QCOMPARE(undo()->undoText(), QStringLiteral("Change prospect \"%1\" probability").arg(kBankProspect));
        Scenario expected = scenarioNamed(before, kBank);
        prospectNamed(expected, kBankProspect).probability = 0.9;
        QCOMPARE(after, expected);   // that field and nothing else

        // The horizon, in the general form.
        m_panel->assumptionTabs()->setCurrentIndex(0);
        typeIntoSpinBox(m_panel->settingsForm()->horizonBox(), QStringLiteral("60"));
        QCOMPARE(scenarioNamed(model(), kBank).horizonMonths, 60);
        // Two arrow steps of the default growth are one undo step (4 → 6 % per year).
        const int steps = undo()->count();
        QDoubleSpinBox *growth = m_panel->settingsForm()->growthBox();
        growth->setFocus();
        QTest::keyClick(growth, Qt::Key_Up);
        QTest::keyClick(growth, Qt::Key_Up);
        QCOMPARE(scenarioNamed(model(), kBank).growthPctPerYear, 6.0);
        QCOMPARE(undo()->count(), steps + 1);
        QVERIFY(base() == baseBefore);

        undo()->undo();
        QCOMPARE(scenarioNamed(model(), kBank).growthPctPerYear, 4.0);
        QCOMPARE(growth->value(), 4.0);   // the form follows the document
        undo()->undo();
        undo()->undo();
        QVERIFY(model() == before);
        QCOMPARE(m_panel->settingsForm()->horizonBox()->value(), 120);
    }

    void tablesAddAndRemoveItems()
    {
        selectInList(kBase);
        const SiteModel before = model();
        m_panel->assumptionTabs()->setCurrentWidget(m_panel->expansionsPanel());
        QTest::mouseClick(m_panel->expansionsPanel()->addButton(), Qt::LeftButton);
        QCOMPARE(scenarioNamed(model(), kBase).expansions.size(), std::size_t(1));
        QCOMPARE(m_panel->expansionsPanel()->view()->model()->rowCount(), 1);
        m_panel->assumptionTabs()->setCurrentWidget(m_panel->tenantGrowthPanel());
        m_panel->tenantGrowthPanel()->view()->selectRow(0);
        QTest::mouseClick(m_panel->tenantGrowthPanel()->removeButton(), Qt::LeftButton);
        QCOMPARE(scenarioNamed(model(), kBase).tenantGrowth.size(), std::size_t(2));
        QVERIFY(model().tenants == before.tenants && model().contracts == before.contracts);
        undo()->undo();
        undo()->undo();
        QVERIFY(model() == before);
    }

    void runMatchesCoreAndMarksTheDecision()
    {
        selectInList(kBank);
        const Base before = base();
        runFromTheBar(500, 7);
        QCOMPARE(runBar()->progressBar()->value(), runBar()->progressBar()->maximum());
        const Scenario &scenario = scenarioNamed(model(), kBank);
        const GrowthResult direct = runDirectly(model(), scenario, 500, 7);
        QVERIFY(base() == before);   // running reads the site, never writes it

        // The site's power, as shown first.
        QCOMPARE(outlook()->scope(), kNoId);
        QCOMPARE(outlook()->resource(), Resource::Power);
        GrowthChart *chart = outlook()->chart();
        const ResourceOutlook &power = *direct.site.resource(Resource::Power);
        QCOMPARE(chart->seriesCount(), 1);
        QCOMPARE(chart->plottedValues(0, Line::P50), toVector(power.p50));
        QCOMPARE(chart->plottedValues(0, Line::P10), toVector(power.p10));
        QCOMPARE(chart->plottedValues(0, Line::P90), toVector(power.p90));
        QCOMPARE(chart->plottedValues(0, Line::Capacity), toVector(power.capacity));
        QCOMPARE(chart->plottedValues(0, Line::Expected), toVector(power.expected));
        const QVector<double> keys = chart->plottedKeys(0, Line::P50);
        QCOMPARE(keys.size(), direct.months);
        QCOMPARE(keys.front(), monthKey(QDate(2026, 1, 1)));
        QCOMPARE(keys.back(), monthKey(QDate(2035, 12, 1)));

        // Colocation's positions run out in this scenario: its markers sit at the result's months.
        const ScopeOutlook &colocation = scopeNamed(direct, QStringLiteral("Colocation"));
        const ResourceOutlook &space = *colocation.resource(Resource::Space);
        QVERIFY2(space.decisionMonth && space.exhaustionP10, "the sample's bank scenario runs Colocation out of space");
        outlook()->setScope(colocation.hallId);
        outlook()->setResource(Resource::Space);
        QCOMPARE(chart->plottedValues(0, Line::P50), toVector(space.p50));
        QCOMPARE(chart->markerKey(0, Marker::Decision),
                 std::optional(monthKey(direct.monthDate(*space.decisionMonth))));
        QCOMPARE(chart->markerKey(0, Marker::ExhaustionP10),
                 std::optional(monthKey(direct.monthDate(*space.exhaustionP10))));
        const std::optional<double> p50Key
            = space.exhaustionP50 ? std::optional(monthKey(direct.monthDate(*space.exhaustionP50))) : std::nullopt;
        QCOMPARE(chart->markerKey(0, Marker::ExhaustionP50), p50Key);
        QVERIFY(chart->markerText(0, Marker::Decision).contains(monthText(direct.monthDate(*space.decisionMonth))));

        // The summary says when to decide, for that hall, in the result's month.
        const QString summary = outlook()->summaryText();
        QVERIFY2(
            summary.contains(QStringLiteral("decide by %1").arg(monthText(direct.monthDate(*space.decisionMonth)))),
            qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Colocation")));
        // Hovering a month gives that month's figures.
        const int month = 40;
        const QString tip = chart->toolTipAt(monthKey(direct.monthDate(month)) + 3600);
        QVERIFY(tip.contains(monthText(direct.monthDate(month))));
        QVERIFY2(tip.contains(QLocale().toString(space.p50[month], 'f', 0)), qPrintable(tip));
        // …and the mouse brings it up.
        QCustomPlot *plot = chart->plot();
        plot->replot();
        const QPoint at(int(plot->xAxis->coordToPixel(monthKey(direct.monthDate(month)))),
                        plot->axisRect()->rect().center().y());
        QTest::mouseMove(plot, at);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), tip);
        QVERIFY(outlook()->noticeText().isEmpty());

        // An edit after the run marks the result out of date.
        typeIntoSpinBox(m_panel->settingsForm()->horizonBox(), QStringLiteral("100"));
        QVERIFY(outlook()->noticeText().contains(QStringLiteral("run again")));
    }

    void cancelStopsALargeRun()
    {
        selectInList(kBase);
        typeIntoSpinBox(runBar()->runsBox(), QStringLiteral("200000"));
        QCOMPARE(runBar()->runs(), 200000);
        QSignalSpy finished(outlook(), &GrowthOutlookView::runFinished);
        QSignalSpy cancelled(outlook(), &GrowthOutlookView::runCancelled);
        QTest::mouseClick(runBar()->runButton(), Qt::LeftButton);
        QVERIFY(outlook()->isRunning());
        QVERIFY(!runBar()->runButton()->isEnabled());
        // The window keeps turning: progress arrives while the runs go on.
        QTRY_VERIFY_WITH_TIMEOUT(runBar()->progressBar()->value() > 0, 30000);
        QVERIFY(runBar()->progressBar()->value() < runBar()->progressBar()->maximum());
        QTest::mouseClick(runBar()->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 30000);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!outlook()->isRunning());
        QVERIFY(runBar()->statusText().contains(QStringLiteral("cancelled")));
        QVERIFY(!outlook()->result(m_panel->currentScenarioId()));
        QVERIFY(runBar()->runButton()->isEnabled());
    }

    void compareShowsBothScenarios()
    {
        selectInList(kBase);
        QTest::mouseClick(outlook()->compareBox(), Qt::LeftButton);
        QVERIFY(outlook()->compareBox()->isChecked());
        QCOMPARE(outlook()->compareCombo()->currentText(), kBank);
        runFromTheBar(500, 3);
        const GrowthResult base = runDirectly(model(), scenarioNamed(model(), kBase), 500, 3);
        const GrowthResult bank = runDirectly(model(), scenarioNamed(model(), kBank), 500, 3);

        outlook()->setResource(Resource::Generator);
        GrowthChart *chart = outlook()->chart();
        QCOMPARE(chart->seriesCount(), 2);
        QCOMPARE(chart->plottedValues(0, Line::P50), toVector(base.site.resource(Resource::Generator)->p50));
        QCOMPARE(chart->plottedValues(1, Line::P50), toVector(bank.site.resource(Resource::Generator)->p50));
        // The bank scenario's third generator comes online: its capacity steps up, Base's does not.
        QCOMPARE(chart->plottedValues(1, Line::Capacity), toVector(bank.site.resource(Resource::Generator)->capacity));
        QVERIFY(chart->plottedValues(1, Line::Capacity).back() > chart->plottedValues(0, Line::Capacity).back());
        QVERIFY(chart->title().contains(kBase) && chart->title().contains(kBank));

        GrowthComparisonTable *table = outlook()->comparisonTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->item(0, GrowthComparisonTable::AP10Column)->text(), kBase);   // row 0 names them
        QCOMPARE(table->item(0, GrowthComparisonTable::BP10Column)->text(), kBank);
        const ResourceOutlook &baseGenerators = *base.site.resource(Resource::Generator);
        QVERIFY(baseGenerators.exhaustionP10);
        bool found = false;
        for (int row = 1; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == QStringLiteral("Site")
                && table->item(row, 1)->text() == resourceDisplayName(Resource::Generator)) {
                QCOMPARE(table->item(row, GrowthComparisonTable::AP10Column)->text(),
                         monthText(base.monthDate(*baseGenerators.exhaustionP10)));
                found = true;
            }
        QVERIFY(found);

        // Turning Compare off shows the one scenario again.
        QTest::mouseClick(outlook()->compareBox(), Qt::LeftButton);
        QCOMPARE(chart->seriesCount(), 1);
        QVERIFY(!table->isVisible());
    }

    void exportsWriteCoresCsvAndTheChart()
    {
        selectInList(kBank);
        QTemporaryDir dir;
        QVERIFY(!outlook()->exportCsv(dir.filePath(QStringLiteral("none.csv"))));   // nothing run yet
        runFromTheBar(500, 11);
        const GrowthResult direct = runDirectly(model(), scenarioNamed(model(), kBank), 500, 11);

        const QString csvPath = dir.filePath(QStringLiteral("series.csv"));
        QVERIFY(outlook()->exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), growthCsv({&direct}));

        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(outlook()->exportChart(png));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 700));
        const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(outlook()->exportChart(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
    }

    void theWindowHasAGrowthDock()
    {
        MainWindow window;
        window.openSample();
        auto *growthDock = window.findChild<QDockWidget *>(QStringLiteral("growthDock"));
        auto *tenantsDock = window.findChild<QDockWidget *>(QStringLiteral("tenantsDock"));
        QVERIFY(growthDock && tenantsDock);
        QCOMPARE(growthDock->widget(), window.scenariosPanel());
        QVERIFY(window.tabifiedDockWidgets(tenantsDock).contains(growthDock));
        ScenariosPanel *panel = window.scenariosPanel();
        QCOMPARE(listedNames(*panel), QStringList({kBase, kBank}));

        // Its refusals are shown like the other panels'.
        const QModelIndex row = panel->scenarioModel()->index(1, 0);
        QVERIFY(!panel->scenarioModel()->setData(row, QString()));
        QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("errorDialog")));

        // A scenario edit is on the window's undo stack; a new document gives the panel its session.
        panel->duplicateSelectedScenario();
        QCOMPARE(listedNames(*panel).size(), 3);
        QVERIFY(window.undoAction()->isEnabled());
        window.openSample();
        QCOMPARE(listedNames(*panel), QStringList({kBase, kBank}));
        QCOMPARE(panel->currentScenarioId(), scenarioNamed(window.session()->model(), kBase).id);
    }

    // Pictures for a person to look at: set HECTARE_SCREENSHOT_DIR to write them.
    void screenshotsEnglish() { screenshots(QStringLiteral("en")); }
    void screenshotsFrench() { screenshots(QStringLiteral("fr")); }

private:
    void screenshots(const QString &language)
    {
        const QString dir = qEnvironmentVariable("HECTARE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("HECTARE_SCREENSHOT_DIR is not set");
        if (language == QLatin1String("fr")) {
            installTranslations(*QCoreApplication::instance(), language);
            cleanup();
            makePanel();   // widgets made after the language is installed
        }
        m_panel->resize(1600, 600);
        selectInList(kBank);
        runFromTheBar(10000, 1);
        const auto save = [&](QWidget *widget, const QString &name) {
            QCoreApplication::processEvents();
            QVERIFY(widget->grab().save(QStringLiteral("%1/%2_%3.png").arg(dir, name, language)));
        };
        outlook()->setScope(kNoId);
        outlook()->setResource(Resource::Power);
        save(m_panel.get(), QStringLiteral("growth_panel"));
        save(outlook()->chart(), QStringLiteral("growth_chart"));
        QVERIFY(outlook()->exportChart(QStringLiteral("%1/growth_chart_export_%2.png").arg(dir, language)));
        outlook()->setResource(Resource::Generator);
        save(outlook()->chart(), QStringLiteral("growth_generators"));
        outlook()->setScope(scenarioNamed(model(), kBank).prospects.front().hallId);   // Colocation
        outlook()->setResource(Resource::Space);
        save(outlook()->chart(), QStringLiteral("growth_space"));
        m_panel->assumptionTabs()->setCurrentWidget(m_panel->prospectsPanel());
        QTest::mouseClick(outlook()->compareBox(), Qt::LeftButton);
        runFromTheBar(10000, 1);
        save(m_panel.get(), QStringLiteral("growth_compare"));
        m_panel->assumptionTabs()->setCurrentWidget(m_panel->expansionsPanel());
        outlook()->setScope(kNoId);
        outlook()->setResource(Resource::Generator);
        save(m_panel.get(), QStringLiteral("growth_compare_generators"));

        MainWindow window;
        window.openSample();
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget *>(QStringLiteral("growthDock"))->raise();
        window.scenariosPanel()->selectScenario(scenarioNamed(window.session()->model(), kBank).id);
        QSignalSpy finished(window.scenariosPanel()->outlook(), &GrowthOutlookView::runFinished);
        window.scenariosPanel()->outlook()->run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        window.scenariosPanel()->outlook()->setResource(Resource::Generator);
        QTest::qWait(200);
        save(&window, QStringLiteral("growth_window"));
    }
};

QTEST_MAIN(TestScenariosPanel)
#include "tst_scenarios_panel.moc"
