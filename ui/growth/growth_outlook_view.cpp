#include "growth_outlook_view.h"

#include "growth_chart.h"
#include "growth_comparison_table.h"
#include "growth_run_bar.h"
#include "growth_runner.h"
#include "growth_summary.h"

#include "session/document_session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace hectare::ui {
namespace {

const ScopeOutlook *scopeOf(const GrowthResult &result, Id hallId)
{
    if (hallId == kNoId)
        return &result.site;
    const auto it = std::find_if(result.halls.begin(), result.halls.end(),
                                 [hallId](const ScopeOutlook &s) { return s.hallId == hallId; });
    return it == result.halls.end() ? nullptr : &*it;
}

} // namespace

GrowthOutlookView::GrowthOutlookView(QWidget *parent) : QWidget(parent)
{
    m_runner = new GrowthRunner(this);
    m_runBar = new GrowthRunBar(this);
    m_compare = new QCheckBox(tr("Compare with"), this);
    m_compare->setObjectName(QStringLiteral("compare"));
    m_compareWith = new QComboBox(this);
    m_compareWith->setObjectName(QStringLiteral("compareWith"));
    m_compareWith->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_resource = new QComboBox(this);
    m_resource->setObjectName(QStringLiteral("resource"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_resource->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Chart as &PNG…"), this, [this] { chooseChartFile(false); });
    exportMenu->addAction(tr("Chart as P&DF…"), this, [this] { chooseChartFile(true); });
    exportMenu->addAction(tr("Series as &CSV…"), this, &GrowthOutlookView::chooseCsvFile);
    m_export->setMenu(exportMenu);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #8a5a00"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new GrowthChart(this);
    m_table = new GrowthComparisonTable(this);

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_compare);
    choices->addWidget(m_compareWith);
    choices->addStretch(1);
    choices->addWidget(new QLabel(tr("Show:"), this));
    choices->addWidget(m_scope);
    choices->addWidget(m_resource);
    choices->addSpacing(12);
    choices->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_runBar);
    layout->addLayout(choices);
    layout->addWidget(m_notice);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_table);

    connect(m_runBar, &GrowthRunBar::runRequested, this, &GrowthOutlookView::run);
    connect(m_runBar, &GrowthRunBar::cancelRequested, this, &GrowthOutlookView::cancel);
    connect(m_runBar, &GrowthRunBar::editRejected, this, &GrowthOutlookView::editRejected);
    connect(m_runner, &GrowthRunner::progressChanged, m_runBar, &GrowthRunBar::setProgress);
    connect(m_runner, &GrowthRunner::finished, this, &GrowthOutlookView::onFinished);
    connect(m_runner, &GrowthRunner::cancelled, this, [this] {
        m_runBar->setRunning(false);
        m_runBar->setStatus(tr("Run cancelled: the results shown are those of the last complete run."));
        Q_EMIT runCancelled();
    });
    connect(m_runner, &GrowthRunner::failed, this, [this](const QString &message) {
        m_runBar->setRunning(false);
        m_runBar->setStatus(tr("The run failed: %1").arg(message), true);
        Q_EMIT runFailed(message);
    });
    connect(m_compare, &QCheckBox::toggled, this, [this] {
        m_compareWith->setEnabled(m_compare->isChecked());
        refresh();
    });
    connect(m_compareWith, &QComboBox::currentIndexChanged, this, &GrowthOutlookView::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        fillResources();
        refresh();
    });
    connect(m_resource, &QComboBox::currentIndexChanged, this, &GrowthOutlookView::refresh);
    m_compareWith->setEnabled(false);
    refresh();
}

GrowthOutlookView::~GrowthOutlookView() = default;

void GrowthOutlookView::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_runner->cancel();
    ++m_sessionGeneration;
    m_session = session;
    m_runs.clear();
    m_scenarioId = kNoId;
    if (m_session) {
        connect(m_session, &DocumentSession::scenariosReset, this, [this] {
            fillScenarioChoices();
            refresh();
        });
        const auto baseChanged = [this] {
            ++m_baseRevision;
            refresh();
        };
        connect(m_session, &DocumentSession::tenantsReset, this, baseChanged);
        connect(m_session, &DocumentSession::contractsReset, this, baseChanged);
        connect(m_session, &DocumentSession::rackChanged, this, baseChanged);
        connect(m_session, &DocumentSession::siteChanged, this, [this, baseChanged] {
            fillScopes();
            baseChanged();
        });
    }
    m_runBar->setScenario(session, kNoId);
    m_runBar->setStatus(QString());
    fillScopes();
    fillScenarioChoices();
    refresh();
}

void GrowthOutlookView::setScenario(Id scenarioId)
{
    m_scenarioId = scenarioId;
    m_runBar->setScenario(m_session, scenarioId);
    fillScenarioChoices();
    refresh();
}

void GrowthOutlookView::setCompareScenario(Id scenarioId)
{
    const int index = m_compareWith->findData(QVariant::fromValue(scenarioId));
    if (index >= 0)
        m_compareWith->setCurrentIndex(index);
    m_compare->setChecked(scenarioId != kNoId && index >= 0);
}

Id GrowthOutlookView::compareScenarioId() const
{
    return m_compare->isChecked() ? m_compareWith->currentData().value<Id>() : kNoId;
}

void GrowthOutlookView::setScope(Id hallId)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(QVariant::fromValue(hallId))));
}

Id GrowthOutlookView::scope() const { return m_scope->currentData().value<Id>(); }

void GrowthOutlookView::setResource(Resource resource)
{
    const int index = m_resource->findData(int(resource));
    if (index >= 0)
        m_resource->setCurrentIndex(index);
}

Resource GrowthOutlookView::resource() const { return Resource(m_resource->currentData().toInt()); }

const Scenario *GrowthOutlookView::scenario(Id id) const
{
    if (!m_session)
        return nullptr;
    for (const Scenario &s : m_session->model().scenarios)
        if (s.id == id)
            return &s;
    return nullptr;
}

const GrowthOutlookView::Run *GrowthOutlookView::runOf(Id id) const
{
    const auto it = m_runs.find(id);
    return it == m_runs.end() ? nullptr : &it->second;
}

const GrowthResult *GrowthOutlookView::result(Id scenarioId) const
{
    const Run *run = runOf(scenarioId);
    return run ? &run->result : nullptr;
}

bool GrowthOutlookView::isStale(const Run &run) const
{
    const Scenario *current = scenario(run.scenario.id);
    return !current || *current != run.scenario || run.baseRevision != m_baseRevision;
}

QString GrowthOutlookView::noticeText() const { return m_notice->isHidden() ? QString() : m_notice->text(); }

QString GrowthOutlookView::summaryText() const { return m_summary->isHidden() ? QString() : m_summary->text(); }

void GrowthOutlookView::fillScenarioChoices()
{
    const Id current = m_compareWith->currentData().value<Id>();
    const QSignalBlocker blocker(m_compareWith);
    m_compareWith->clear();
    if (m_session)
        for (const Scenario &s : m_session->model().scenarios)
            if (s.id != m_scenarioId)
                m_compareWith->addItem(s.name, QVariant::fromValue(s.id));
    m_compareWith->setCurrentIndex(std::max(0, m_compareWith->findData(QVariant::fromValue(current))));
    m_compare->setEnabled(m_compareWith->count() > 0);
}

void GrowthOutlookView::fillScopes()
{
    const Id current = scope();
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("Site"), QVariant::fromValue(kNoId));
        if (m_session)
            for (const Hall &hall : m_session->model().halls)
                m_scope->addItem(tr("Hall \"%1\"").arg(hall.name), QVariant::fromValue(hall.id));
        m_scope->setCurrentIndex(std::max(0, m_scope->findData(QVariant::fromValue(current))));
    }
    fillResources();
}

void GrowthOutlookView::fillResources()
{
    const int current = m_resource->count() > 0 ? m_resource->currentData().toInt() : int(Resource::Power);
    const QSignalBlocker blocker(m_resource);
    m_resource->clear();
    for (Resource r : {Resource::Space, Resource::Power, Resource::Cooling, Resource::Generator})
        if (r != Resource::Generator || scope() == kNoId)   // generators serve the whole site
            m_resource->addItem(resourceDisplayName(r), int(r));
    const int index = m_resource->findData(current);
    m_resource->setCurrentIndex(index >= 0 ? index : m_resource->findData(int(Resource::Power)));
}

std::vector<const GrowthResult *> GrowthOutlookView::shownResults() const
{
    std::vector<const GrowthResult *> results;
    if (const Run *a = runOf(m_scenarioId)) {
        results.push_back(&a->result);
        if (const Run *b = compareScenarioId() != kNoId ? runOf(compareScenarioId()) : nullptr)
            results.push_back(&b->result);
    }
    return results;
}

void GrowthOutlookView::refresh()
{
    const std::vector<const GrowthResult *> results = shownResults();
    m_export->setEnabled(!results.empty());
    m_table->setVisible(results.size() > 1);
    if (results.empty()) {
        const Scenario *s = scenario(m_scenarioId);
        m_chart->clear(s ? tr("Press Run to see when each hall and the site run out under \"%1\".").arg(s->name)
                         : tr("Select a scenario."));
        m_summary->hide();
        m_notice->hide();
        return;
    }
    std::vector<GrowthChart::Series> series;
    for (const GrowthResult *r : results) {
        const ScopeOutlook *s = scopeOf(*r, scope());
        series.push_back({r, s ? s->resource(resource()) : nullptr});
    }
    const ScopeOutlook *shownScope = scopeOf(*results.front(), scope());
    const QString where = tr("%1, %2", "scope, resource")
                              .arg(shownScope ? GrowthSummary::scopeName(*shownScope) : QString(),
                                   resourceDisplayName(resource()).toLower());
    const QString names = results.size() > 1 ? tr("%1 and %2").arg(results[0]->scenarioName, results[1]->scenarioName)
                                             : results[0]->scenarioName;
    m_chart->setSeries(series, tr("%1: %2", "scenario: what").arg(names, where));

    const QLocale locale;
    const QString runsText
        = results[0]->runs > 0
              ? tr("%1 runs, seed %2").arg(locale.toString(results[0]->runs), QString::number(results[0]->seed))
              : tr("expected values only");
    if (results.size() > 1) {
        m_table->setResults(*results[0], *results[1]);
        m_summary->setText(tr("<b>%1</b> (blue) and <b>%2</b> (orange), %3. Runs out: the first month demand exceeds "
                              "usable capacity; P10: one run in ten has run out by then.")
                               .arg(results[0]->scenarioName.toHtmlEscaped(), results[1]->scenarioName.toHtmlEscaped(),
                                    runsText.toHtmlEscaped()));
    } else {
        m_summary->setText(tr("<i>%1, %2.</i>").arg(results[0]->scenarioName.toHtmlEscaped(), runsText.toHtmlEscaped())
                           + QStringLiteral("<br>") + GrowthSummary::html(*results[0]));
    }
    m_summary->show();

    QStringList notes;
    for (const GrowthResult *r : results) {
        const Run *run = runOf(r == results[0] ? m_scenarioId : compareScenarioId());
        if (run && isStale(*run))
            notes << tr("\"%1\" or the site changed after this run: run again to update.").arg(r->scenarioName);
    }
    if (compareScenarioId() != kNoId && results.size() < 2)
        notes << tr("Run to compare with \"%1\".").arg(m_compareWith->currentText());
    m_notice->setText(notes.join(QLatin1Char(' ')));
    m_notice->setVisible(!notes.isEmpty());
}

} // namespace hectare::ui
