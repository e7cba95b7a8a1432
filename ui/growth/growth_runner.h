#pragma once

#include "growth/growth_result.h"
#include "model/site_model.h"

#include "session/background_runner.h"

#include <vector>

namespace hectare::ui {

// Runs core's runGrowth() off the UI thread (BackgroundRunner): one or more scenarios of a copy
// of the model, one after the other; cancel() sets the flag runGrowth() checks before each run.
class GrowthRunner : public BackgroundRunner
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
    ~GrowthRunner() override;

    // Starts `request`; false (and nothing happens) while a run is in progress.
    bool start(Request request);

Q_SIGNALS:
    // progressChanged (BackgroundRunner) goes from 0 to 1 over all the scenarios.
    // One result per scenario, in the request's order.
    void finished(const std::vector<hectare::GrowthResult> &results);

private:
    void work(const Request &request);
};

} // namespace hectare::ui
