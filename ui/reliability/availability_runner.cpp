#include "availability_runner.h"

#include "reliability/topology_compile.h"

#include <QMetaObject>

namespace hectare::ui {
namespace {

constexpr double kProgressStep = 0.005;   // post at most ~200 progress updates a run

} // namespace

AvailabilityRunner::AvailabilityRunner(QObject *parent) : QObject(parent) {}

AvailabilityRunner::~AvailabilityRunner()
{
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
    // What the thread posted after this point dies with the object (~QObject removes it).
}

bool AvailabilityRunner::start(Request request)
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

void AvailabilityRunner::cancel() { m_cancel = true; }

void AvailabilityRunner::work(const Request &request)
{
    reliability::CompileOptions compile;
    compile.load = request.basis;
    compile.asOf = request.asOf;
    Result<reliability::CompiledSite> site = reliability::compileSite(request.model, compile);
    if (!site) {
        done({}, false, site.error().text());
        return;
    }
    reliability::AvailabilityOptions options;
    options.years = request.years;
    options.seed = request.seed;
    options.threads = request.threads;
    options.cancel = &m_cancel;
    double posted = -1;
    options.progress = [this, &posted](double share) {
        if (share - posted < kProgressStep && share < 1)
            return;
        posted = share;
        QMetaObject::invokeMethod(
            this, [this, share] {
                if (m_running)
                    Q_EMIT progressChanged(share);
            },
            Qt::QueuedConnection);
    };
    Result<reliability::SiteAvailability> result = reliability::runSiteAvailability(site.value(), request.model, options);
    if (!result)
        done({}, m_cancel.load(), result.error().text());
    else
        done(std::move(result.value()), false, QString());
}

void AvailabilityRunner::done(reliability::SiteAvailability result, bool wasCancelled, const QString &error)
{
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result), wasCancelled, error] {
            if (m_thread.joinable())
                m_thread.join();   // it has nothing left to do but return
            m_running = false;
            if (wasCancelled)
                Q_EMIT cancelled();
            else if (!error.isEmpty())
                Q_EMIT failed(error);
            else
                Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

} // namespace hectare::ui
