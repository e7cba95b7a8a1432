#include "growth_runner.h"

#include "growth/growth_engine.h"

namespace hectare::ui {

GrowthRunner::GrowthRunner(QObject *parent) : BackgroundRunner(parent) {}

GrowthRunner::~GrowthRunner() { stopAndWait(); }

bool GrowthRunner::start(Request request)
{
    return startJob([this, request = std::move(request)] { work(request); });
}

void GrowthRunner::work(const Request &request)
{
    std::vector<GrowthResult> results;
    const int count = int(request.scenarios.size());
    for (int i = 0; i < count; ++i) {
        GrowthOptions options;
        options.runs = request.runs;
        options.seed = request.seed;
        options.threads = request.threads;
        options.cancel = cancelFlag();
        options.progress = [&](double share) { reportProgress((i + share) / count); };
        Result<GrowthResult> result = runGrowth(request.model, request.scenarios[std::size_t(i)], options);
        if (!result) {
            finish({}, cancelRequested(), result.error().text());
            return;
        }
        results.push_back(std::move(result.value()));
    }
    finish([this, results = std::move(results)] { Q_EMIT finished(results); }, false, QString());
}

} // namespace hectare::ui
