#include "growth_run_bar.h"

#include "session/document_session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace hectare::ui {
namespace {

constexpr int kDefaultRuns = 10000;
// Every run's demand is kept for the percentiles: 200,000 runs of the sample take about 1 GB.
constexpr int kMaxRuns = 200000;
constexpr int kProgressSteps = 1000;

} // namespace

GrowthRunBar::GrowthRunBar(QWidget *parent) : QWidget(parent)
{
    m_runs = new QSpinBox(this);
    m_runs->setObjectName(QStringLiteral("runs"));
    m_runs->setRange(0, kMaxRuns);
    m_runs->setSingleStep(1000);
    m_runs->setGroupSeparatorShown(true);
    m_runs->setValue(kDefaultRuns);
    m_runs->setToolTip(tr("Monte Carlo runs; 0: the expected values only"));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same result"));
    m_risk = new QSpinBox(this);
    m_risk->setObjectName(QStringLiteral("risk"));
    m_risk->setRange(1, 99);
    m_risk->setPrefix(QStringLiteral("P"));
    m_risk->setKeyboardTracking(false);
    m_risk->setToolTip(tr("Decide when this share of the runs has run out, less the lead time (P10: one in ten)"));
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("run"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(new QLabel(tr("Runs:"), this));
    controls->addWidget(m_runs);
    controls->addWidget(new QLabel(tr("Seed:"), this));
    controls->addWidget(m_seed);
    controls->addWidget(new QLabel(tr("Decide at:"), this));
    controls->addWidget(m_risk);
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_status);

    connect(m_run, &QPushButton::clicked, this, &GrowthRunBar::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &GrowthRunBar::cancelRequested);
    connect(m_risk, &QSpinBox::valueChanged, this, [this](int percent) {
        const Scenario *scenario = m_ref.scenario();
        if (!scenario)
            return;
        Scenario after = *scenario;
        after.decisionRisk = percent / 100.0;
        const Status status = m_ref.commit(
            after, tr("Change decision risk of scenario \"%1\"").arg(after.name), QStringLiteral("risk"));
        if (!status) {
            loadRisk();
            Q_EMIT editRejected(status.error().text());
        }
    });
    updateButtons();
}

void GrowthRunBar::setScenario(DocumentSession *session, Id scenarioId)
{
    if (m_ref.session())
        disconnect(m_ref.session(), nullptr, this, nullptr);
    m_ref.set(session, scenarioId);
    if (session)
        connect(session, &DocumentSession::scenariosReset, this, &GrowthRunBar::loadRisk);
    loadRisk();
}

void GrowthRunBar::loadRisk()
{
    const Scenario *scenario = m_ref.scenario();
    const QSignalBlocker blocker(m_risk);
    m_risk->setValue(int(std::lround((scenario ? scenario->decisionRisk : 0.1) * 100)));
    updateButtons();
}

int GrowthRunBar::runs() const { return m_runs->value(); }

quint64 GrowthRunBar::seed() const { return quint64(m_seed->value()); }

void GrowthRunBar::setRunning(bool running)
{
    m_running = running;
    if (running)
        m_progress->setValue(0);
    updateButtons();
}

void GrowthRunBar::setProgress(double share) { m_progress->setValue(int(std::lround(share * kProgressSteps))); }

void GrowthRunBar::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x2a, 0x24));
    m_status->setPalette(palette);
}

QString GrowthRunBar::statusText() const { return m_status->text(); }

void GrowthRunBar::updateButtons()
{
    const bool scenario = m_ref.scenario() != nullptr;
    m_run->setEnabled(scenario && !m_running);
    m_cancel->setEnabled(m_running);
    m_runs->setEnabled(!m_running);
    m_seed->setEnabled(!m_running);
    m_risk->setEnabled(scenario && m_ref.isWritable());
}

} // namespace hectare::ui
