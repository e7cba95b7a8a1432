#include "quote_dialog_forecast.h"

#include "growth/growth_runner.h"
#include "quoting/placement.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <cmath>

namespace hectare::ui {
namespace {

constexpr int kProgressSteps = 1000;

} // namespace

QuoteForecast::QuoteForecast(QWidget *parent) : QWidget(parent)
{
    m_runner = new GrowthRunner(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("forecastStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("forecastProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setMaximumWidth(200);
    m_cancel = new QPushButton(tr("Cancel Forecast"), this);
    m_cancel->setObjectName(QStringLiteral("cancelForecast"));
    m_cancel->setAutoDefault(false);
    m_refresh = new QPushButton(tr("R&efresh Forecast"), this);
    m_refresh->setObjectName(QStringLiteral("refreshForecast"));
    m_refresh->setAutoDefault(false);
    m_refresh->setToolTip(tr("Run the base growth scenario again (%1 runs) and check the term against it")
                              .arg(QLocale().toString(kRuns)));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_refresh);

    connect(m_refresh, &QPushButton::clicked, this, &QuoteForecast::refreshRequested);
    connect(m_cancel, &QPushButton::clicked, this, &QuoteForecast::cancel);
    connect(m_runner, &GrowthRunner::progressChanged, this,
            [this](double share) { m_progress->setValue(int(std::lround(share * kProgressSteps))); });
    connect(m_runner, &GrowthRunner::finished, this, [this](const std::vector<GrowthResult> &results) {
        if (m_pending)
            return launch();
        if (results.empty())
            return setState(State::Failed, tr("no result"));
        m_result = results.front();
        setState(State::Done);
    });
    connect(m_runner, &GrowthRunner::cancelled, this, [this] {
        if (m_pending)
            return launch();
        setState(State::Cancelled);
    });
    connect(m_runner, &GrowthRunner::failed, this, [this](const QString &message) {
        if (m_pending)
            return launch();
        setState(State::Failed, message);
    });
    setState(State::Idle);
}

QuoteForecast::~QuoteForecast() = default;

void QuoteForecast::start(const SiteModel &model)
{
    m_pending = model;
    if (m_runner->isRunning())
        m_runner->cancel();   // launch() follows when it has stopped
    else
        launch();
}

void QuoteForecast::launch()
{
    SiteModel model = std::move(*m_pending);
    m_pending.reset();
    m_result.reset();
    const Scenario *scenario = baseScenario(model);
    if (!scenario)
        return setState(State::NoScenario);
    GrowthRunner::Request request;
    request.scenarios = {*scenario};
    request.model = std::move(model);
    request.runs = kRuns;
    request.seed = kSeed;
    const QString name = request.scenarios.front().name;
    m_progress->setValue(0);
    m_runner->start(std::move(request));
    setState(State::Running, name);
}

void QuoteForecast::cancel()
{
    m_pending.reset();
    m_runner->cancel();
}

bool QuoteForecast::isRunning() const { return m_state == State::Running; }

void QuoteForecast::setState(State state, const QString &detail)
{
    const State before = m_state;
    m_state = state;
    m_detail = detail;
    const bool running = state == State::Running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_refresh->setEnabled(!running);
    switch (state) {
    case State::Idle: m_status->clear(); break;
    case State::Running:
        m_status->setText(tr("Running the forecast of scenario \"%1\" (%2 runs)…").arg(detail, QLocale().toString(kRuns)));
        break;
    case State::Done:
        m_status->setText(tr("Forecast of scenario \"%1\" ready (%2 runs).")
                              .arg(m_result ? m_result->scenarioName : QString(), QLocale().toString(kRuns)));
        break;
    case State::Cancelled: m_status->setText(tr("Forecast cancelled.")); break;
    case State::Failed: m_status->setText(tr("The forecast failed: %1").arg(detail)); break;
    case State::NoScenario: m_status->setText(tr("The site has no growth scenario to forecast with.")); break;
    }
    // A new result, or a different reason for having none: placement and its basis change.
    if (before != state || state == State::Done)
        Q_EMIT resultChanged();
}

QString QuoteForecast::basisText() const
{
    switch (m_state) {
    case State::Running: return tr("Today only; forecast running…");
    case State::Done:
        return tr("Today and over the term, against the forecast of scenario \"%1\": a hall is refused when the "
                  "median (P50) demand leaves no room, warned when the P90 demand does not.")
            .arg(m_result ? m_result->scenarioName : QString());
    case State::Cancelled: return tr("Today only: the forecast was cancelled. Refresh the forecast to check the term.");
    case State::Failed: return tr("Today only: the forecast failed (%1).").arg(m_detail);
    case State::NoScenario: return tr("Today only: the site has no growth scenario.");
    case State::Idle: return tr("Today only.");
    }
    return QString();
}

} // namespace hectare::ui
