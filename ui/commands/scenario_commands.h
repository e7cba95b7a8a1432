#pragma once

#include "document_command.h"

#include "model/scenario.h"

namespace hectare::ui {

// Growth scenarios are edited whole: adding, duplicating and removing one, and every change of
// an assumption (a prospect's probability, an expansion's lead time, the horizon…), which is an
// EditScenarioCommand of the scenario before and after. Each redo and undo is one transaction
// (insertScenario / updateScenario / deleteScenario) and emits DocumentSession::scenariosReset.

class AddScenarioCommand : public DocumentCommand
{
public:
    AddScenarioCommand(DocumentSession *session, const Scenario &scenario);
    Status applyRedo() override;
    Status applyUndo() override;
    const Scenario &scenario() const { return m_scenario; }

protected:
    AddScenarioCommand(DocumentSession *session, const Scenario &scenario, const QString &text);

private:
    Scenario m_scenario;
};

// A copy of `source` under the next free "(copy)" name, with fresh ids (core's duplicateScenario).
class DuplicateScenarioCommand : public AddScenarioCommand
{
public:
    DuplicateScenarioCommand(DocumentSession *session, const Scenario &source);
};

// Removes the scenario with its prospects, expansions and growth rates; undo brings it back
// with the same ids.
class RemoveScenarioCommand : public DocumentCommand
{
public:
    RemoveScenarioCommand(DocumentSession *session, const Scenario &scenario);
    Status applyRedo() override;
    Status applyUndo() override;

private:
    Scenario m_scenario;
};

// Any change to one scenario. `mergeKey`, when not empty, names the field edited: consecutive
// edits of the same field of the same scenario (the arrows of a spin box) are one undo step.
class EditScenarioCommand : public DocumentCommand
{
public:
    EditScenarioCommand(DocumentSession *session, const Scenario &before, const Scenario &after, const QString &text,
                        const QString &mergeKey = QString());
    Status applyRedo() override;
    Status applyUndo() override;

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Scenario m_before;
    Scenario m_after;
    QString m_mergeKey;
};

} // namespace hectare::ui
