#include "scenario_commands.h"

#include "session/document_session.h"

#include "model/site_model.h"
#include "store/scenario_store.h"

#include <QCoreApplication>

namespace hectare::ui {
namespace {

// The commands' texts, under one translation context (lupdate needs it spelled out).
struct ScenarioCommands
{
    Q_DECLARE_TR_FUNCTIONS(hectare::ui::ScenarioCommands)
};

constexpr int kEditScenarioId = 0x5ce1;   // QUndoCommand::id() of mergeable scenario edits
using Touched = DocumentSession::Touched;

Status insert(DocumentSession *session, const Scenario &scenario)
{
    return session->apply([s = scenario](SqliteConnection &db) { return insertScenario(db, s); }, Touched::Scenarios);
}

Status remove(DocumentSession *session, Id scenarioId)
{
    return session->apply([scenarioId](SqliteConnection &db) { return deleteScenario(db, scenarioId); },
                          Touched::Scenarios);
}

Status update(DocumentSession *session, const Scenario &scenario)
{
    return session->apply([s = scenario](SqliteConnection &db) { return updateScenario(db, s); }, Touched::Scenarios);
}

Scenario copyOf(const SiteModel &model, const Scenario &source)
{
    return duplicateScenario(model, source, scenarioCopyName(model, source.name));
}

} // namespace

AddScenarioCommand::AddScenarioCommand(DocumentSession *session, const Scenario &scenario)
    : AddScenarioCommand(session, scenario,
                         ScenarioCommands::tr("Add scenario \"%1\"").arg(scenario.name))
{
}

AddScenarioCommand::AddScenarioCommand(DocumentSession *session, const Scenario &scenario, const QString &text)
    : DocumentCommand(session, text), m_scenario(scenario)
{
}

Status AddScenarioCommand::applyRedo() { return insert(session(), m_scenario); }

Status AddScenarioCommand::applyUndo() { return remove(session(), m_scenario.id); }

DuplicateScenarioCommand::DuplicateScenarioCommand(DocumentSession *session, const Scenario &source)
    : AddScenarioCommand(session, copyOf(session->model(), source),
                         ScenarioCommands::tr("Duplicate scenario \"%1\"").arg(source.name))
{
}

RemoveScenarioCommand::RemoveScenarioCommand(DocumentSession *session, const Scenario &scenario)
    : DocumentCommand(session, ScenarioCommands::tr("Remove scenario \"%1\"").arg(scenario.name)),
      m_scenario(scenario)
{
}

Status RemoveScenarioCommand::applyRedo() { return remove(session(), m_scenario.id); }

Status RemoveScenarioCommand::applyUndo() { return insert(session(), m_scenario); }

EditScenarioCommand::EditScenarioCommand(DocumentSession *session, const Scenario &before, const Scenario &after,
                                         const QString &text, const QString &mergeKey)
    : DocumentCommand(session, text), m_before(before), m_after(after), m_mergeKey(mergeKey)
{
}

Status EditScenarioCommand::applyRedo() { return update(session(), m_after); }

Status EditScenarioCommand::applyUndo() { return update(session(), m_before); }

int EditScenarioCommand::id() const { return m_mergeKey.isEmpty() ? -1 : kEditScenarioId; }

bool EditScenarioCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditScenarioCommand *>(other);   // same id(): same class
    if (next->m_mergeKey != m_mergeKey || next->m_before.id != m_after.id || next->m_before != m_after)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);   // back where it started: nothing to undo
    return true;
}

} // namespace hectare::ui
