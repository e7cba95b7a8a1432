#pragma once

// The bundled sample as a DocumentSession for the reliability views' tests, as it is or broken on
// purpose: one Government rack single-corded (its load is exposed but excused), without side B's PDUs (every rack single-corded on side A, so side A's chain drops
// load), or with the UPS cut to two modules (each 2N half one module, short for its load).
// HECTARE_RELIABILITY_SNAPSHOTS names a folder for the tests' PNGs.

#include "session/document_session.h"

#include "io/sample_site.h"
#include "store/document.h"

#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <functional>
#include <memory>

namespace hectare::testing {

inline std::unique_ptr<ui::DocumentSession> reliabilitySession(const std::function<void(SiteModel &)> &change = {})
{
    Result<SiteModel> sample = sampleSiteModel();
    if (!sample)
        return nullptr;
    if (change)
        change(sample.value());
    Result<std::unique_ptr<Document>> document = Document::createInMemory(sample.value());
    if (!document)
        return nullptr;
    return std::make_unique<ui::DocumentSession>(std::move(document.value()), true);
}

// Side B's PDUs removed and the racks' B feeds cleared.
inline void removeSideBPdus(SiteModel &model)
{
    std::erase_if(model.pdus, [](const Pdu &pdu) { return pdu.path == FeedPath::B; });
    for (Rack &rack : model.racks)
        if (!model.pdu(rack.feedBPduId))
            rack.feedBPduId = kNoId;
}

// The first occupied rack of the Government hall's RPP pair (PDUs 9 and 10) loses its B feed.
inline void makeOneRackSingleCorded(SiteModel &model)
{
    for (Rack &rack : model.racks)
        if (rack.feedAPduId == 9 && rack.state == RackState::Occupied && rack.tenantId != kNoId) {
            rack.feedBPduId = kNoId;
            return;
        }
}

inline void cutUpsToTwoModules(SiteModel &model)
{
    for (UpsGroup &ups : model.upsGroups)
        ups.moduleCount = 2;
}

inline QString snapshotFolder() { return qEnvironmentVariable("HECTARE_RELIABILITY_SNAPSHOTS"); }

} // namespace hectare::testing
