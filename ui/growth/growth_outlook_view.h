#pragma once

#include "growth/growth_result.h"
#include "model/error.h"
#include "model/scenario.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

namespace hectare::ui {

class DocumentSession;
class GrowthChart;
class GrowthComparisonTable;
class GrowthRunBar;
class GrowthRunner;

// The outlook of the selected scenario: Run (core's runGrowth on a worker thread, with progress
// and Cancel), a summary a planner can read ("Power: runs out Mar 2029 (P50; P10 Jul 2028),
// decide by Jul 2027"), the chart of one resource of the site or a hall, optionally compared
// with a second scenario (both overlaid, and a table of their dates), and exports (chart as
// PNG or PDF, series as CSV). Results are kept per scenario for the session and marked out of
// date when the scenario or the base site changes after the run.
class GrowthOutlookView : public QWidget
{
    Q_OBJECT

public:
    explicit GrowthOutlookView(QWidget *parent = nullptr);
    ~GrowthOutlookView() override;

    // nullptr empties the view and forgets the results (a running run is cancelled).
    void setSession(DocumentSession *session);
    void setScenario(Id scenarioId);
    // The scenario to compare with; kNoId: none.
    void setCompareScenario(Id scenarioId);
    Id compareScenarioId() const;
    // kNoId: the site.
    void setScope(Id hallId);
    Id scope() const;
    void setResource(Resource resource);
    Resource resource() const;

    bool isRunning() const;
    // The last result of a scenario in this session, or nullptr.
    const GrowthResult *result(Id scenarioId) const;
    // The notice above the summary ("out of date…"); empty when there is none.
    QString noticeText() const;
    QString summaryText() const;

    Status exportChart(const QString &path) const;
    Status exportCsv(const QString &path) const;

    GrowthRunBar *runBar() const { return m_runBar; }
    GrowthChart *chart() const { return m_chart; }
    GrowthComparisonTable *comparisonTable() const { return m_table; }
    QCheckBox *compareBox() const { return m_compare; }
    QComboBox *compareCombo() const { return m_compareWith; }

public Q_SLOTS:
    // Runs the scenario, and the compared one when Compare is on.
    void run();
    void cancel();

Q_SIGNALS:
    void runFinished();
    void runCancelled();
    void runFailed(const QString &message);
    void editRejected(const QString &message);

private:
    struct Run
    {
        Scenario scenario;     // as it was run
        int baseRevision = 0;  // of the base site
        GrowthResult result;
    };

    const Scenario *scenario(Id id) const;
    const Run *runOf(Id id) const;
    bool isStale(const Run &run) const;
    std::vector<const GrowthResult *> shownResults() const;
    void fillScenarioChoices();
    void fillScopes();
    void fillResources();
    void onFinished(const std::vector<GrowthResult> &results);
    void refresh();
    // `pdf`: the chart as PDF, else as PNG.
    void chooseChartFile(bool pdf);
    void chooseCsvFile();

    QPointer<DocumentSession> m_session;
    Id m_scenarioId = kNoId;
    std::map<Id, Run> m_runs;
    std::vector<Id> m_pending;            // the scenarios of the run in progress
    int m_pendingRevision = 0;
    std::vector<Scenario> m_pendingScenarios;
    int m_baseRevision = 0;
    int m_sessionGeneration = 0;          // a run started for another session is not kept
    int m_pendingGeneration = 0;
    QElapsedTimer m_clock;

    GrowthRunner *m_runner = nullptr;
    GrowthRunBar *m_runBar = nullptr;
    QCheckBox *m_compare = nullptr;
    QComboBox *m_compareWith = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_resource = nullptr;
    QToolButton *m_export = nullptr;   // a menu: chart as PNG, as PDF, series as CSV
    QLabel *m_notice = nullptr;
    QLabel *m_summary = nullptr;
    GrowthChart *m_chart = nullptr;
    GrowthComparisonTable *m_table = nullptr;
};

} // namespace hectare::ui
