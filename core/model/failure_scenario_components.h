#pragma once

// The document components a failure scenario's event can name, by reliability library kind key
// ("chiller", "ups-module", "diesel-generator", "transformer", "ats", "lv-switchgear",
// "chw-pump", "crah-crac", "pdu-rpp"; reliability/compiled_site.h kinds::k*): the group,
// switchgear or PDU of that kind, with the number of units its member counts in. One place for
// the validator and the scenario dialog.

#include "site_model.h"

#include <QString>

#include <vector>

namespace hectare {

struct ScenarioComponent
{
    Id id = kNoId;
    QString name = {};
    int units = 0;
};

// Whether `kind` is a kind key an event may name.
bool isScenarioComponentKind(const QString &kind);
// The components of `kind` in the document, in its order; empty for an unknown kind.
std::vector<ScenarioComponent> scenarioComponents(const SiteModel &model, const QString &kind);

} // namespace hectare
