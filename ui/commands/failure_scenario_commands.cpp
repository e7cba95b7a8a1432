#include "failure_scenario_commands.h"

#include "session/document_session.h"

#include "store/failure_scenario_writer.h"

#include <QCoreApplication>

namespace hectare::ui {
namespace {

// The commands' texts, under one translation context (lupdate needs it spelled out).
struct FailureScenarioCommands
{
    Q_DECLARE_TR_FUNCTIONS(hectare::ui::FailureScenarioCommands)
};

using Touched = DocumentSession::Touched;

Status write(DocumentSession *session, const FailureScenarioSpec &scenario)
{
    return session->apply([s = scenario](SqliteConnection &db) { return writeFailureScenario(db, s); },
                          Touched::FailureScenarios, scenario.id);
}

Status remove(DocumentSession *session, Id scenarioId)
{
    return session->apply([scenarioId](SqliteConnection &db) { return deleteFailureScenario(db, scenarioId); },
                          Touched::FailureScenarios, scenarioId);
}

} // namespace

AddFailureScenarioCommand::AddFailureScenarioCommand(DocumentSession *session, const FailureScenarioSpec &scenario)
    : DocumentCommand(session, FailureScenarioCommands::tr("Add failure scenario \"%1\"").arg(scenario.name)),
      m_scenario(scenario)
{
}

Status AddFailureScenarioCommand::applyRedo() { return write(session(), m_scenario); }

Status AddFailureScenarioCommand::applyUndo() { return remove(session(), m_scenario.id); }

EditFailureScenarioCommand::EditFailureScenarioCommand(DocumentSession *session, const FailureScenarioSpec &before,
                                                       const FailureScenarioSpec &after)
    : DocumentCommand(session, FailureScenarioCommands::tr("Edit failure scenario \"%1\"").arg(after.name)),
      m_before(before),
      m_after(after)
{
}

Status EditFailureScenarioCommand::applyRedo() { return write(session(), m_after); }

Status EditFailureScenarioCommand::applyUndo() { return write(session(), m_before); }

DeleteFailureScenarioCommand::DeleteFailureScenarioCommand(DocumentSession *session,
                                                           const FailureScenarioSpec &scenario)
    : DocumentCommand(session, FailureScenarioCommands::tr("Delete failure scenario \"%1\"").arg(scenario.name)),
      m_scenario(scenario)
{
}

Status DeleteFailureScenarioCommand::applyRedo() { return remove(session(), m_scenario.id); }

Status DeleteFailureScenarioCommand::applyUndo() { return write(session(), m_scenario); }

} // namespace hectare::ui
