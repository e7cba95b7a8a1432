#pragma once

#include "model/error.h"
#include "model/ids.h"

namespace hectare::ui {

class DocumentSession;

// What ScenarioTablePanel needs of a table model over one list of a scenario (its prospects,
// expansions or tenant growth rates). Every change is one EditScenarioCommand of the scenario.
class ScenarioPart
{
public:
    virtual ~ScenarioPart() = default;

    // The scenario whose list to show; a null session or kNoId empties the table.
    virtual void setScenario(DocumentSession *session, Id scenarioId) = 0;
    // Adds an item with default values; its id, or core's refusal.
    virtual Result<Id> addItem() = 0;
    virtual Status removeItem(Id id) = 0;
    // The source row showing item `id`, or −1.
    virtual int sourceRowOf(Id id) const = 0;
};

} // namespace hectare::ui
