// GrowthOutlookView: running, cancelling and exporting.
#include "growth_outlook_view.h"

#include "growth_chart.h"
#include "growth_export.h"
#include "growth_run_bar.h"
#include "growth_runner.h"

#include "session/document_session.h"

#include <QFileDialog>
#include <QLocale>

namespace hectare::ui {

bool GrowthOutlookView::isRunning() const { return m_runner->isRunning(); }

void GrowthOutlookView::run()
{
    const Scenario *a = scenario(m_scenarioId);
    if (!a || m_runner->isRunning())
        return;
    GrowthRunner::Request request;
    request.model = m_session->model();
    request.scenarios.push_back(*a);
    if (const Scenario *b = scenario(compareScenarioId()))
        request.scenarios.push_back(*b);
    request.runs = m_runBar->runs();
    request.seed = m_runBar->seed();
    m_pendingScenarios = request.scenarios;
    m_pendingRevision = m_baseRevision;
    m_pendingGeneration = m_sessionGeneration;
    m_clock.start();
    if (!m_runner->start(std::move(request)))
        return;
    m_runBar->setRunning(true);
    m_runBar->setStatus(
        m_pendingScenarios.size() > 1
            ? tr("Running \"%1\" and \"%2\"…").arg(m_pendingScenarios[0].name, m_pendingScenarios[1].name)
            : tr("Running \"%1\"…").arg(m_pendingScenarios[0].name));
}

void GrowthOutlookView::cancel() { m_runner->cancel(); }

void GrowthOutlookView::onFinished(const std::vector<GrowthResult> &results)
{
    for (std::size_t i = 0;
         i < results.size() && i < m_pendingScenarios.size() && m_pendingGeneration == m_sessionGeneration; ++i)
        m_runs[m_pendingScenarios[i].id] = Run{m_pendingScenarios[i], m_pendingRevision, results[i]};
    m_runBar->setRunning(false);
    m_runBar->setProgress(1);
    const QLocale locale;
    m_runBar->setStatus(tr("Done: %1 runs, seed %2, in %3 s.")
                            .arg(locale.toString(results.empty() ? 0 : results.front().runs),
                                 QString::number(results.empty() ? 0 : results.front().seed),
                                 locale.toString(m_clock.elapsed() / 1000.0, 'f', 1)));
    refresh();
    Q_EMIT runFinished();
}

Status GrowthOutlookView::exportChart(const QString &path) const
{
    if (shownResults().empty())
        return Error{path, tr("there is no chart to export: run the scenario first")};
    return saveChartImage(*m_chart, path);
}

Status GrowthOutlookView::exportCsv(const QString &path) const
{
    const std::vector<const GrowthResult *> results = shownResults();
    if (results.empty())
        return Error{path, tr("there are no results to export: run the scenario first")};
    return writeGrowthCsv(path, results);
}

void GrowthOutlookView::chooseChartFile(bool pdf)
{
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    QString target = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(),
                                                  pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)"));
    if (target.isEmpty())
        return;
    if (!target.endsWith(suffix, Qt::CaseInsensitive))
        target += suffix;
    const Status status = exportChart(target);
    m_runBar->setStatus(status ? tr("Chart saved to %1").arg(target) : status.error().text(), !status);
}

void GrowthOutlookView::chooseCsvFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export series as CSV"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    const Status status = exportCsv(path);
    m_runBar->setStatus(status ? tr("Series saved to %1").arg(path) : status.error().text(), !status);
}

} // namespace hectare::ui
