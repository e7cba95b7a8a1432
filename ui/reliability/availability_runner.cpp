#include "availability_runner.h"

#include "reliability/topology_compile.h"

namespace hectare::ui {

AvailabilityRunner::AvailabilityRunner(QObject *parent) : BackgroundRunner(parent) {}

AvailabilityRunner::~AvailabilityRunner() { stopAndWait(); }

bool AvailabilityRunner::start(Request request)
{
    return startJob([this, request = std::move(request)] { work(request); });
}

void AvailabilityRunner::work(const Request &request)
{
    reliability::CompileOptions compile;
    compile.load = request.basis;
    compile.asOf = request.asOf;
    Result<reliability::CompiledSite> site = reliability::compileSite(request.model, compile);
    if (!site) {
        finish({}, false, site.error().text());
        return;
    }
    reliability::AvailabilityOptions options;
    options.years = request.years;
    options.seed = request.seed;
    options.threads = request.threads;
    options.cancel = cancelFlag();
    options.progress = [this](double share) { reportProgress(share); };
    Result<reliability::SiteAvailability> result = reliability::runSiteAvailability(site.value(), request.model, options);
    if (!result) {
        finish({}, cancelRequested(), result.error().text());
        return;
    }
    finish([this, availability = std::move(result.value())] { Q_EMIT finished(availability); }, false, QString());
}

} // namespace hectare::ui
