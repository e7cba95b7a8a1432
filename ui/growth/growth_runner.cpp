#include "growth_runner.h"

#include "growth/growth_engine.h"

#include <QMetaObject>

namespace hectare::ui {
namespace {

constexpr double kProgressStep = 0.005;   // post at most ~200 progress updates a run

} // namespace

GrowthRunner::GrowthRunner(QObject *parent) : QObject(parent) {}

GrowthRunner::~GrowthRunner()
{
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
    // What the thread posted after this point dies with the object (~QObject removes it).
}

bool GrowthRunner::start(Request request)
{
    if (m_running)
        return false;
    if (m_thread.joinable())   // the last run's thread, finished
        m_thread.join();
    m_cancel = false;
    m_running = true;
    m_thread = std::thread([this, request = std::move(request)] { work(request); });
    return true;
}

void GrowthRunner::cancel() { m_cancel = true; }

void GrowthRunner::work(const Request &request)
{
    std::vector<GrowthResult> results;
    const int count = int(request.scenarios.size());
    double posted = -1;
    for (int i = 0; i < count; ++i) {
        GrowthOptions options;
        options.runs = request.runs;
        options.seed = request.seed;
        options.threads = request.threads;
        options.cancel = &m_cancel;
        options.progress = [&](double share) {
            const double overall = (i + share) / count;
            if (overall - posted >= kProgressStep || overall >= 1) {
                posted = overall;
                postProgress(overall);
            }
        };
        Result<GrowthResult> result = runGrowth(request.model, request.scenarios[std::size_t(i)], options);
        if (!result) {
            done({}, m_cancel.load(), result.error().text());
            return;
        }
        results.push_back(std::move(result.value()));
    }
    done(std::move(results), false, QString());
}

void GrowthRunner::postProgress(double share)
{
    QMetaObject::invokeMethod(
        this, [this, share] {
            if (m_running)
                Q_EMIT progressChanged(share);
        },
        Qt::QueuedConnection);
}

void GrowthRunner::done(std::vector<GrowthResult> results, bool wasCancelled, const QString &error)
{
    QMetaObject::invokeMethod(
        this,
        [this, results = std::move(results), wasCancelled, error] {
            if (m_thread.joinable())
                m_thread.join();   // it has nothing left to do but return
            m_running = false;
            if (wasCancelled)
                Q_EMIT cancelled();
            else if (!error.isEmpty())
                Q_EMIT failed(error);
            else
                Q_EMIT finished(results);
        },
        Qt::QueuedConnection);
}

} // namespace hectare::ui
