#pragma once

#include "growth/growth_result.h"
#include "model/site_model.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hectare::ui {

class GrowthRunner;

// The base scenario's forecast that placement checks the term against, run in the background by
// GrowthRunner with a progress bar and Cancel, so the dialog never waits for it. Until a run
// finishes, result() is null and placement looks at today only; the status line says so.
class QuoteForecast : public QWidget
{
    Q_OBJECT

public:
    // Monte Carlo runs of a quote's forecast: enough for a stable P50 and P90 in a few seconds.
    static constexpr int kRuns = 1000;
    static constexpr quint64 kSeed = 1;

    explicit QuoteForecast(QWidget *parent = nullptr);
    ~QuoteForecast() override;

    // Runs the base scenario of a copy of `model`; a run in progress is cancelled first.
    void start(const SiteModel &model);
    void cancel();

    bool isRunning() const;
    // The finished forecast, or nullptr (running, cancelled, failed or no scenario).
    const GrowthResult *result() const { return m_result ? &*m_result : nullptr; }
    // How placement is checked, for the placement panel: "Today only; forecast running…".
    QString basisText() const;

    QPushButton *refreshButton() const { return m_refresh; }

Q_SIGNALS:
    // A forecast became available or was dropped: placement should be checked again.
    void resultChanged();
    // The salesperson asked for a new run.
    void refreshRequested();

private:
    enum class State { Idle, Running, Done, Cancelled, Failed, NoScenario };
    void launch();
    void setState(State state, const QString &detail = QString());

    GrowthRunner *m_runner = nullptr;
    std::optional<SiteModel> m_pending;   // the model to run once the cancelled run has stopped
    std::optional<GrowthResult> m_result;
    State m_state = State::Idle;
    QString m_detail;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace hectare::ui
