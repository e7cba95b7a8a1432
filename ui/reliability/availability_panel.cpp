#include "availability_panel.h"

#include "availability_runner.h"
#include "availability_table_model.h"
#include "downtime_histogram_chart.h"
#include "importance_chart.h"

#include "session/document_session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hectare::ui {
namespace {

constexpr int kMaxYears = 10000000;
constexpr int kProgressSteps = 1000;

} // namespace

using reliability::LoadBasis;

AvailabilityPanel::AvailabilityPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("availabilityPanel"));
    m_runner = new AvailabilityRunner(this);
    m_years = new QSpinBox(this);
    m_years->setObjectName(QStringLiteral("years"));
    m_years->setRange(100, kMaxYears);
    m_years->setSingleStep(10000);
    m_years->setGroupSeparatorShown(true);
    m_years->setValue(kDefaultYears);
    m_years->setToolTip(tr("Simulated years: more years, a smaller error on rare outages"));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same result"));
    m_threads = new QSpinBox(this);
    m_threads->setObjectName(QStringLiteral("threads"));
    m_threads->setRange(1, std::max(64, QThread::idealThreadCount()));
    m_threads->setValue(std::max(1, QThread::idealThreadCount()));
    m_threads->setToolTip(tr("Threads to simulate on; the result does not depend on it"));
    m_basis = new QComboBox(this);
    m_basis->setObjectName(QStringLiteral("loadBasis"));
    m_basis->addItem(reliability::loadBasisName(LoadBasis::Contracted), int(LoadBasis::Contracted));
    m_basis->addItem(reliability::loadBasisName(LoadBasis::Design), int(LoadBasis::Design));
    m_basis->setToolTip(tr("Contracted: the kW the tenants have signed for. Design: every position at its design kW."));
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("run"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #8a5a00"));
    m_notice->hide();

    m_model = new AvailabilityTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("availabilityTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AvailabilityTableModel::NameColumn, QHeaderView::Stretch);
    m_histogram = new DowntimeHistogramChart(this);
    m_importance = new ImportanceChart(this);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_histogram);
    charts->addWidget(m_importance);
    charts->setChildrenCollapsible(false);
    auto *results = new QSplitter(Qt::Vertical, this);
    results->addWidget(m_table);
    results->addWidget(charts);
    // The table's many rows must not take the charts' height: it scrolls, they share 2 : 3
    // (weights, above both minimum heights).
    m_table->setMinimumHeight(120);
    results->setSizes({400, 600});
    results->setChildrenCollapsible(false);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Years:"), this));
    controls->addWidget(m_years);
    controls->addWidget(new QLabel(tr("Seed:"), this));
    controls->addWidget(m_seed);
    controls->addWidget(new QLabel(tr("Threads:"), this));
    controls->addWidget(m_threads);
    controls->addWidget(new QLabel(tr("Load:"), this));
    controls->addWidget(m_basis);
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_notice);
    layout->addWidget(results, 1);

    connect(m_run, &QPushButton::clicked, this, &AvailabilityPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &AvailabilityPanel::cancel);
    connect(m_runner, &AvailabilityRunner::progressChanged, this,
            [this](double share) { m_progress->setValue(int(std::lround(share * kProgressSteps))); });
    connect(m_runner, &AvailabilityRunner::finished, this, &AvailabilityPanel::onFinished);
    connect(m_runner, &AvailabilityRunner::cancelled, this, &AvailabilityPanel::onCancelled);
    connect(m_runner, &AvailabilityRunner::failed, this, &AvailabilityPanel::onFailed);
    setSession(nullptr);
}

AvailabilityPanel::~AvailabilityPanel() = default;

void AvailabilityPanel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    ++m_sessionGeneration;
    m_runner->cancel();   // its result, if any comes, is for the old document: dropped
    m_result.reset();
    showResult();
    m_progress->setValue(0);
    setStatus(m_session ? tr("Run the simulation to estimate the availability of the site, its halls and tenants.")
                        : tr("No document"));
    if (m_session)
        connect(m_session, &DocumentSession::capacityChanged, this, [this] {
            if (m_result) {
                m_notice->setText(tr("The document changed after this run: run again to update the figures."));
                m_notice->show();
            }
        });
    updateControls();
}

bool AvailabilityPanel::isRunning() const { return m_runner->isRunning(); }

void AvailabilityPanel::run()
{
    if (!m_session || m_runner->isRunning())
        return;
    AvailabilityRunner::Request request;
    request.model = m_session->model();
    request.basis = LoadBasis(m_basis->currentData().toInt());
    request.asOf = m_session->asOf();
    request.years = m_years->value();
    request.seed = quint64(m_seed->value());
    request.threads = m_threads->value();
    const QString basis = reliability::loadBasisName(request.basis);
    const int years = request.years;
    if (!m_runner->start(std::move(request)))
        return;
    m_runGeneration = m_sessionGeneration;
    m_runSeed = quint64(m_seed->value());
    m_clock.start();
    m_progress->setValue(0);
    setStatus(tr("Simulating %1 years at %2…").arg(QLocale().toString(years), basis.toLower()));
    updateControls();
}

void AvailabilityPanel::cancel() { m_runner->cancel(); }

void AvailabilityPanel::onFinished(const reliability::SiteAvailability &result)
{
    updateControls();
    if (m_runGeneration != m_sessionGeneration || !m_session) {   // for a document no longer shown
        Q_EMIT finished();
        return;
    }
    m_result = result;
    showResult();
    m_progress->setValue(kProgressSteps);
    const QLocale locale;
    setStatus(tr("Done: %1 years at %2, seed %3, in %4 s.")
                  .arg(locale.toString(result.years), reliability::loadBasisName(result.basis).toLower(),
                       QString::number(m_runSeed), locale.toString(m_clock.elapsed() / 1000.0, 'f', 1)));
    Q_EMIT finished();
}

void AvailabilityPanel::onCancelled()
{
    updateControls();
    if (m_runGeneration == m_sessionGeneration)
        setStatus(m_result ? tr("Cancelled. The results of the previous run are still shown.") : tr("Cancelled."));
    Q_EMIT finished();
}

void AvailabilityPanel::onFailed(const QString &message)
{
    updateControls();
    if (m_runGeneration == m_sessionGeneration)
        setStatus(tr("The simulation failed: %1").arg(message), true);
    Q_EMIT finished();
}

void AvailabilityPanel::showResult()
{
    m_notice->hide();
    if (!m_result) {
        m_model->clear();
        m_histogram->clear(tr("Run the simulation to see how the site's downtime spreads over the years."));
        m_importance->clear(tr("Run the simulation to rank the components by the downtime they cause."));
        return;
    }
    m_model->setResult(*m_result);
    m_histogram->setResult(*m_result);
    m_importance->setResult(*m_result);
}

QString AvailabilityPanel::statusText() const { return m_status->text(); }

QString AvailabilityPanel::noticeText() const { return m_notice->isHidden() ? QString() : m_notice->text(); }

void AvailabilityPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x2a, 0x24));
    m_status->setPalette(palette);
}

void AvailabilityPanel::updateControls()
{
    const bool running = m_runner->isRunning();
    m_run->setEnabled(m_session && !running);
    m_cancel->setEnabled(running);
    for (QWidget *input : {static_cast<QWidget *>(m_years), static_cast<QWidget *>(m_seed),
                           static_cast<QWidget *>(m_threads), static_cast<QWidget *>(m_basis)})
        input->setEnabled(!running);
}

} // namespace hectare::ui
