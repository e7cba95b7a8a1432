#pragma once

#include "scenario_ref.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace hectare::ui {

// The controls of a Monte Carlo run: runs (default 10,000), seed (1), the scenario's decision
// risk (P10: an edit of the scenario, one undo step), Run and Cancel, a progress bar and a line
// saying how the last run went. It only asks; GrowthOutlookView runs.
class GrowthRunBar : public QWidget
{
    Q_OBJECT

public:
    explicit GrowthRunBar(QWidget *parent = nullptr);

    // The scenario whose decision risk the bar shows and edits.
    void setScenario(DocumentSession *session, Id scenarioId);

    int runs() const;
    quint64 seed() const;
    void setRunning(bool running);
    void setProgress(double share);
    // `error` shows the text in the error colour.
    void setStatus(const QString &text, bool error = false);
    QString statusText() const;

    QSpinBox *runsBox() const { return m_runs; }
    QSpinBox *seedBox() const { return m_seed; }
    QSpinBox *riskBox() const { return m_risk; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    void editRejected(const QString &message);

private:
    void loadRisk();
    void updateButtons();

    ScenarioRef m_ref;
    bool m_running = false;
    QSpinBox *m_runs = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_risk = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace hectare::ui
