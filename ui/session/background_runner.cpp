#include "background_runner.h"

#include <QMetaObject>

namespace hectare::ui {
namespace {

constexpr double kProgressStep = 0.005;   // post at most ~200 progress updates a run

} // namespace

BackgroundRunner::BackgroundRunner(QObject *parent) : QObject(parent) {}

BackgroundRunner::~BackgroundRunner() { stopAndWait(); }

void BackgroundRunner::stopAndWait()
{
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
    // What the thread posted after this point dies with the object (~QObject removes it).
}

bool BackgroundRunner::startJob(std::function<void()> job)
{
    if (m_running)
        return false;
    if (m_thread.joinable())   // the last run's thread, finished
        m_thread.join();
    m_cancel = false;
    m_running = true;
    m_posted = -1;
    m_thread = std::thread(std::move(job));
    return true;
}

void BackgroundRunner::reportProgress(double share)
{
    if (share - m_posted < kProgressStep && share < 1)
        return;
    m_posted = share;
    QMetaObject::invokeMethod(
        this,
        [this, share] {
            if (m_running)
                Q_EMIT progressChanged(share);
        },
        Qt::QueuedConnection);
}

void BackgroundRunner::finish(std::function<void()> deliver, bool wasCancelled, const QString &error)
{
    QMetaObject::invokeMethod(
        this,
        [this, deliver = std::move(deliver), wasCancelled, error] {
            if (m_thread.joinable())
                m_thread.join();   // it has nothing left to do but return
            m_running = false;
            if (wasCancelled)
                Q_EMIT cancelled();
            else if (!error.isEmpty())
                Q_EMIT failed(error);
            else if (deliver)
                deliver();
        },
        Qt::QueuedConnection);
}

} // namespace hectare::ui
