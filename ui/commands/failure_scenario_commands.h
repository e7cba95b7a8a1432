#pragma once

#include "document_command.h"

#include "model/failure_scenario_spec.h"

namespace hectare::ui {

// Named failure scenarios are edited whole, as growth scenarios are (scenario_commands.h): adding
// one, any change to one (its fields and events, before and after) and deleting one. Each redo and
// undo is one transaction (core's writeFailureScenario / deleteFailureScenario, which check the
// scenario with the model validator first) and emits DocumentSession::failureScenariosReset.

class AddFailureScenarioCommand : public DocumentCommand
{
public:
    AddFailureScenarioCommand(DocumentSession *session, const FailureScenarioSpec &scenario);
    Status applyRedo() override;
    Status applyUndo() override;
    const FailureScenarioSpec &scenario() const { return m_scenario; }

private:
    FailureScenarioSpec m_scenario;
};

// `before` and `after` have the same id.
class EditFailureScenarioCommand : public DocumentCommand
{
public:
    EditFailureScenarioCommand(DocumentSession *session, const FailureScenarioSpec &before,
                               const FailureScenarioSpec &after);
    Status applyRedo() override;
    Status applyUndo() override;

private:
    FailureScenarioSpec m_before;
    FailureScenarioSpec m_after;
};

// Undo brings the scenario back with its id and events.
class DeleteFailureScenarioCommand : public DocumentCommand
{
public:
    DeleteFailureScenarioCommand(DocumentSession *session, const FailureScenarioSpec &scenario);
    Status applyRedo() override;
    Status applyUndo() override;

private:
    FailureScenarioSpec m_scenario;
};

} // namespace hectare::ui
