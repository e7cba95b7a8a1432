#pragma once

#include "growth/growth_result.h"
#include "model/site_model.h"

#include <QObject>

#include <atomic>
#include <thread>
#include <vector>

namespace hectare::ui {

// Runs core's runGrowth() off the UI thread: one or more scenarios of a copy of the model, one
// after the other, on a std::thread. Progress, the results and the end come back to this
// object's thread as signals (posted with QMetaObject::invokeMethod), so the window stays
// responsive; cancel() sets the flag runGrowth() checks before each run. One run at a time.
class GrowthRunner : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        SiteModel model;                 // a copy: the document may change while it runs
        std::vector<Scenario> scenarios;
        int runs = 10000;
        quint64 seed = 1;
        int threads = 0;                 // 0: one per core; the result is the same
    };

    explicit GrowthRunner(QObject *parent = nullptr);
    // Cancels a run in progress and waits for it; nothing is reported after.
    ~GrowthRunner() override;

    bool isRunning() const { return m_running; }
    // Starts `request`; false (and nothing happens) while a run is in progress.
    bool start(Request request);
    void cancel();

Q_SIGNALS:
    void progressChanged(double share);   // 0 … 1 over all the scenarios
    // One result per scenario, in the request's order.
    void finished(const std::vector<hectare::GrowthResult> &results);
    void cancelled();
    void failed(const QString &message);

private:
    void work(const Request &request);
    void postProgress(double share);
    void done(std::vector<GrowthResult> results, bool wasCancelled, const QString &error);

    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace hectare::ui
