#pragma once

#include "reliability/site_availability.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace hectare::ui {

class AvailabilityRunner;
class AvailabilityTableModel;
class DocumentSession;
class DowntimeHistogramChart;
class ImportanceChart;

// The availability Monte Carlo of the document (core's runSiteAvailability): years, seed,
// threads and load basis; Run and Cancel with a progress bar, the run on a worker thread over a
// copy of the model (AvailabilityRunner) so the window stays responsive and edits during a run
// are safe. Results: per site, hall and tenant (availability, mean and P90 downtime, years
// without outage, interruptions, Tier III's 99.982 % met or not), a histogram of years by site
// downtime and the ten components that cause most of it. A cancelled run keeps the previous
// results; an edit after a run marks them out of date.
class AvailabilityPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDefaultYears = 20000;

    explicit AvailabilityPanel(QWidget *parent = nullptr);
    ~AvailabilityPanel() override;

    // nullptr empties the panel. A run in progress is cancelled and its result dropped.
    void setSession(DocumentSession *session);

    // Starts a run with the inputs shown; nothing happens without a document or while one runs.
    void run();
    void cancel();
    bool isRunning() const;

    // The results shown, or nullptr before the first run.
    const reliability::SiteAvailability *result() const { return m_result ? &*m_result : nullptr; }
    // How the last run went ("Done: …", "Cancelled…", an error).
    QString statusText() const;
    // "The document changed…" once an edit follows the run shown; empty otherwise.
    QString noticeText() const;

    QSpinBox *yearsBox() const { return m_years; }
    QSpinBox *seedBox() const { return m_seed; }
    QSpinBox *threadsBox() const { return m_threads; }
    QComboBox *basisCombo() const { return m_basis; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QTableView *table() const { return m_table; }
    AvailabilityTableModel *tableModel() const { return m_model; }
    DowntimeHistogramChart *histogram() const { return m_histogram; }
    ImportanceChart *importance() const { return m_importance; }

Q_SIGNALS:
    // A run ended: done, cancelled or failed (statusText() says which).
    void finished();

private:
    void onFinished(const reliability::SiteAvailability &result);
    void onCancelled();
    void onFailed(const QString &message);
    void showResult();
    void setStatus(const QString &text, bool error = false);
    void updateControls();

    QPointer<DocumentSession> m_session;
    std::optional<reliability::SiteAvailability> m_result;
    int m_sessionGeneration = 0;   // a run started for another session is not kept
    int m_runGeneration = 0;
    quint64 m_runSeed = 0;
    QElapsedTimer m_clock;

    AvailabilityRunner *m_runner = nullptr;
    QSpinBox *m_years = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_threads = nullptr;
    QComboBox *m_basis = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notice = nullptr;
    QTableView *m_table = nullptr;
    AvailabilityTableModel *m_model = nullptr;
    DowntimeHistogramChart *m_histogram = nullptr;
    ImportanceChart *m_importance = nullptr;
};

} // namespace hectare::ui
