// The availability panel (ui/reliability/availability_panel.h) over the sample site: a small run
// on a worker thread fills the site, hall and tenant rows with exactly runSiteAvailability's
// figures for the same seed (run here on one thread, the panel on two: the result must not
// depend on it), the histogram and the importance chart; Cancel stops a long run within seconds
// and keeps the previous results; changing or destroying the session, or the panel, during a run
// does not crash. Set HECTARE_RELIABILITY_SNAPSHOTS to a folder to also save a PNG of the panel.
#include "reliability/availability_panel.h"
#include "reliability/availability_table_model.h"
#include "reliability/downtime_histogram_chart.h"
#include "reliability/importance_chart.h"
#include "models/table_roles.h"
#include "session/document_session.h"

#include "io/sample_site.h"
#include "reliability/site_availability.h"
#include "reliability/topology_compile.h"
#include "store/document.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QThread>
#include <QtTest>

#include <numeric>

using namespace hectare;
using namespace hectare::ui;
using reliability::AvailabilityRow;
using reliability::SiteAvailability;

namespace {

std::unique_ptr<DocumentSession> sampleSession()
{
    Result<SiteModel> sample = sampleSiteModel();
    if (!sample)
        return nullptr;
    Result<std::unique_ptr<Document>> document = Document::createInMemory(sample.value());
    if (!document)
        return nullptr;
    return std::make_unique<DocumentSession>(std::move(document.value()), true);
}

// What core says for the session's document, on one thread.
Result<SiteAvailability> coreFigures(const DocumentSession &session, int years, quint64 seed)
{
    reliability::CompileOptions compile;
    compile.asOf = session.asOf();
    Result<reliability::CompiledSite> site = reliability::compileSite(session.model(), compile);
    if (!site)
        return site.error();
    reliability::AvailabilityOptions options;
    options.years = years;
    options.seed = seed;
    options.threads = 1;
    return reliability::runSiteAvailability(site.value(), session.model(), options);
}

double figure(const AvailabilityTableModel *model, int row, int column)
{
    return model->index(row, column).data(kSortRole).toDouble();
}

void startRun(AvailabilityPanel &panel, int years, int seed, int threads)
{
    panel.yearsBox()->setValue(years);
    panel.seedBox()->setValue(seed);
    panel.threadsBox()->setValue(threads);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
}

// A run long enough to cancel: the most years the panel takes.
void startLongRun(AvailabilityPanel &panel)
{
    startRun(panel, panel.yearsBox()->maximum(), 3, 2);
}

} // namespace

class TestAvailabilityPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRunShowsCoresFigures()
    {
        auto session = sampleSession();
        QVERIFY(session);
        AvailabilityPanel panel;
        panel.setSession(session.get());
        QCOMPARE(panel.yearsBox()->value(), 20000);
        QCOMPARE(panel.seedBox()->value(), 1);
        QCOMPARE(panel.threadsBox()->value(), std::max(1, QThread::idealThreadCount()));
        QVERIFY(!panel.cancelButton()->isEnabled());

        QSignalSpy finished(&panel, &AvailabilityPanel::finished);
        startRun(panel, 2000, 7, 2);
        QVERIFY(panel.isRunning());
        QVERIFY(!panel.runButton()->isEnabled());
        QVERIFY(panel.cancelButton()->isEnabled());
        QVERIFY(finished.wait(120000));
        QVERIFY(!panel.isRunning());
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Done: %1 years").arg(QLocale().toString(2000))),
                 qPrintable(panel.statusText()));
        QCOMPARE(panel.progressBar()->value(), panel.progressBar()->maximum());
        QVERIFY(panel.result());

        const Result<SiteAvailability> expected = coreFigures(*session, 2000, 7);
        QVERIFY(expected);
        const SiteAvailability &e = expected.value();
        const AvailabilityTableModel *model = panel.tableModel();
        std::vector<const AvailabilityRow *> rows{&e.site};
        for (const AvailabilityRow &r : e.halls)
            rows.push_back(&r);
        for (const AvailabilityRow &r : e.tenants)
            rows.push_back(&r);
        QCOMPARE(model->rowCount(), int(rows.size()));
        QVERIFY(e.halls.size() == 2 && !e.tenants.empty());
        for (int i = 0; i < model->rowCount(); ++i) {
            const AvailabilityRow &r = *rows[std::size_t(i)];
            QCOMPARE(model->index(i, AvailabilityTableModel::NameColumn).data().toString(), r.name);
            QCOMPARE(figure(model, i, AvailabilityTableModel::AvailabilityColumn), r.figures.availability);
            QCOMPARE(figure(model, i, AvailabilityTableModel::MeanDowntimeColumn), r.figures.downtimeHoursPerYear);
            QCOMPARE(figure(model, i, AvailabilityTableModel::P90DowntimeColumn), r.figures.downtimeP90Hours);
            QCOMPARE(figure(model, i, AvailabilityTableModel::NoOutageYearColumn), r.figures.noOutageYearShare);
            QCOMPARE(figure(model, i, AvailabilityTableModel::InterruptionsColumn), r.figures.interruptionsPerYear);
            QCOMPARE(model->index(i, AvailabilityTableModel::Tier3Column).data().toString(),
                     r.meetsTier3() ? QStringLiteral("Meets") : QStringLiteral("Below"));
        }
        QCOMPARE(model->index(0, AvailabilityTableModel::ScopeColumn).data().toString(), QStringLiteral("Site"));
        QCOMPARE(model->index(1, AvailabilityTableModel::ScopeColumn).data().toString(), QStringLiteral("Hall"));
        QCOMPARE(model->index(3, AvailabilityTableModel::ScopeColumn).data().toString(), QStringLiteral("Tenant"));
        // The availability as a percentage to four decimals, e.g. 99.9912 %.
        QCOMPARE(model->index(0, AvailabilityTableModel::AvailabilityColumn).data().toString(),
                 QStringLiteral("%1 %").arg(e.site.figures.availability * 100, 0, 'f', 4));

        // The histogram's bars hold every year with downtime; the importance chart the top ten.
        const qint64 withDowntime = std::accumulate(e.siteDowntimeHistogram.begin(), e.siteDowntimeHistogram.end(), qint64(0));
        const QVector<double> bars = panel.histogram()->plottedValues();
        QCOMPARE(qint64(std::accumulate(bars.begin(), bars.end(), 0.0)), withDowntime);
        QVERIFY2(panel.histogram()->title().contains(QLocale().toString(2000 - withDowntime)),
                 qPrintable(panel.histogram()->title() + QStringLiteral(" / %1").arg(withDowntime)));
        const QStringList names = panel.importance()->plottedNames();
        QCOMPARE(names.size(), std::min<int>(ImportanceChart::kShown, int(e.importance.size())));
        QVERIFY(!names.isEmpty());
        QCOMPARE(names.front(), e.importance.front().name);
        QCOMPARE(panel.importance()->plottedShares().front(), e.importance.front().downtimeShare * 100);
    }

    void cancelStopsALongRunAndKeepsThePreviousResults()
    {
        auto session = sampleSession();
        QVERIFY(session);
        AvailabilityPanel panel;
        panel.setSession(session.get());
        QSignalSpy finished(&panel, &AvailabilityPanel::finished);
        startRun(panel, 500, 1, 2);
        QVERIFY(finished.wait(60000));
        QVERIFY(panel.result());
        const double before = figure(panel.tableModel(), 0, AvailabilityTableModel::MeanDowntimeColumn);
        const int rows = panel.tableModel()->rowCount();

        startLongRun(panel);
        QVERIFY(panel.isRunning());
        // Progress comes back from the worker while it runs.
        QTRY_VERIFY_WITH_TIMEOUT(panel.progressBar()->value() > 0, 30000);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!panel.isRunning());
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Cancelled")), qPrintable(panel.statusText()));
        QVERIFY(panel.progressBar()->value() < panel.progressBar()->maximum());
        QVERIFY(panel.result());
        QCOMPARE(panel.result()->years, 500);
        QCOMPARE(panel.tableModel()->rowCount(), rows);
        QCOMPARE(figure(panel.tableModel(), 0, AvailabilityTableModel::MeanDowntimeColumn), before);
        QVERIFY(panel.runButton()->isEnabled());
    }

    void changingTheSessionDuringARunDropsItsResult()
    {
        auto first = sampleSession();
        auto second = sampleSession();
        QVERIFY(first && second);
        AvailabilityPanel panel;
        panel.setSession(first.get());
        QSignalSpy finished(&panel, &AvailabilityPanel::finished);
        startLongRun(panel);
        QVERIFY(panel.isRunning());
        panel.setSession(second.get());
        first.reset();   // the run works on its own copy of the model
        QVERIFY(finished.wait(5000));
        QVERIFY(!panel.result());
        QCOMPARE(panel.tableModel()->rowCount(), 0);

        // The new session runs as usual.
        startRun(panel, 300, 2, 1);
        QVERIFY(finished.wait(60000));
        QVERIFY(panel.result());
        QCOMPARE(panel.result()->years, 300);

        // An edit after the run marks the results out of date.
        QVERIFY(panel.noticeText().isEmpty());
        Q_EMIT second->capacityChanged();
        QVERIFY(!panel.noticeText().isEmpty());
    }

    void destroyingTheSessionOrThePanelDuringARunIsSafe()
    {
        auto session = sampleSession();
        QVERIFY(session);
        {
            AvailabilityPanel panel;
            panel.setSession(session.get());
            QSignalSpy finished(&panel, &AvailabilityPanel::finished);
            startLongRun(panel);
            session.reset();
            panel.cancel();
            QVERIFY(finished.wait(5000));
            QVERIFY(!panel.result());
            QVERIFY(!panel.runButton()->isEnabled());   // no document left to run
        }
        session = sampleSession();
        auto *panel = new AvailabilityPanel;
        panel->setSession(session.get());
        startLongRun(*panel);
        QVERIFY(panel->isRunning());
        QElapsedTimer clock;
        clock.start();
        delete panel;   // cancels and waits for the worker
        QVERIFY(clock.elapsed() < 5000);
    }

    void snapshot()
    {
        const QString folder = qEnvironmentVariable("HECTARE_RELIABILITY_SNAPSHOTS");
        if (folder.isEmpty())
            QSKIP("set HECTARE_RELIABILITY_SNAPSHOTS to a folder to save a PNG of the panel");
        auto session = sampleSession();
        QVERIFY(session);
        AvailabilityPanel panel;
        panel.resize(1400, 800);
        panel.setSession(session.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy finished(&panel, &AvailabilityPanel::finished);
        QTest::mouseClick(panel.runButton(), Qt::LeftButton);   // the defaults: 20,000 years, seed 1
        QVERIFY(finished.wait(600000));
        QVERIFY(panel.result());
        QCoreApplication::processEvents();
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(panel.grab().save(QDir(folder).filePath(QStringLiteral("availability-panel.png"))));
    }
};

QTEST_MAIN(TestAvailabilityPanel)
#include "tst_availability_panel.moc"
