#pragma once

#include "model/site_model.h"
#include "reliability/site_availability.h"

#include "session/background_runner.h"

#include <QDate>

namespace hectare::ui {

// Runs core's runSiteAvailability() off the UI thread (BackgroundRunner) on a copy of the model:
// the site is compiled and simulated; cancel() sets the flag the Monte Carlo checks before each year.
class AvailabilityRunner : public BackgroundRunner
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

    // Starts `request`; false (and nothing happens) while a run is in progress.
    bool start(Request request);

Q_SIGNALS:
    void finished(const hectare::reliability::SiteAvailability &result);

private:
    void work(const Request &request);
};

} // namespace hectare::ui
