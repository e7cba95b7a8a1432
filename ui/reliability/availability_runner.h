#pragma once

#include "model/site_model.h"
#include "reliability/site_availability.h"

#include <QDate>
#include <QObject>

#include <atomic>
#include <thread>

namespace hectare::ui {

// Runs core's runSiteAvailability() off the UI thread on a copy of the model, as GrowthRunner
// does for the growth forecast: the site is compiled and simulated on a std::thread; progress,
// the result and the end come back to this object's thread as signals (posted with
// QMetaObject::invokeMethod), so the window stays responsive; cancel() sets the flag the Monte
// Carlo checks before each year. One run at a time.
class AvailabilityRunner : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        SiteModel model;            // a copy: the document may change while it runs
        reliability::LoadBasis basis = reliability::LoadBasis::Contracted;
        QDate asOf;
        int years = 20000;
        quint64 seed = 1;
        int threads = 1;            // the result is the same for any count
    };

    explicit AvailabilityRunner(QObject *parent = nullptr);
    // Cancels a run in progress and waits for it; nothing is reported after.
    ~AvailabilityRunner() override;

    bool isRunning() const { return m_running; }
    // Starts `request`; false (and nothing happens) while a run is in progress.
    bool start(Request request);
    void cancel();

Q_SIGNALS:
    void progressChanged(double share);   // 0 … 1
    void finished(const hectare::reliability::SiteAvailability &result);
    void cancelled();
    void failed(const QString &message);

private:
    void work(const Request &request);
    void done(reliability::SiteAvailability result, bool wasCancelled, const QString &error);

    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace hectare::ui
