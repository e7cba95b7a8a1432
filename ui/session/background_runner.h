#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <thread>

namespace hectare::ui {

// One long computation at a time (a Monte Carlo over a copy of the model) on a std::thread, off
// the UI thread. Progress, the end and the result come back to this object's thread as queued
// calls, so the window stays responsive; cancel() sets the flag core's engines check. Subclasses
// declare their own `finished(result)` signal and emit it from the delivery given to finish().
class BackgroundRunner : public QObject
{
    Q_OBJECT

public:
    // Cancels a run in progress and waits for it; nothing is reported after.
    ~BackgroundRunner() override;

    bool isRunning() const { return m_running; }
    void cancel() { m_cancel = true; }

Q_SIGNALS:
    void progressChanged(double share);   // 0 … 1
    void cancelled();
    void failed(const QString &message);

protected:
    explicit BackgroundRunner(QObject *parent = nullptr);

    // Runs `job` on the thread; false (and nothing happens) while a run is in progress.
    bool startJob(std::function<void()> job);
    // Subclasses call it first in their destructor: the job may use what they own.
    void stopAndWait();

    // For the job, on its thread.
    const std::atomic<bool> *cancelFlag() const { return &m_cancel; }
    bool cancelRequested() const { return m_cancel.load(); }
    // Posts the share done, at most ~200 times a run.
    void reportProgress(double share);
    // Ends the run: emits cancelled(), failed(error) or, when neither, calls `deliver` (which
    // emits the result) on this object's thread.
    void finish(std::function<void()> deliver, bool wasCancelled, const QString &error);

private:
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    double m_posted = -1;   // the last share posted (job thread only)
};

} // namespace hectare::ui
