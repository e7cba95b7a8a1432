#include "scenario_ref.h"

#include "commands/scenario_commands.h"
#include "session/document_session.h"

#include <algorithm>

namespace hectare::ui {

void ScenarioRef::set(DocumentSession *session, Id scenarioId)
{
    m_session = session;
    m_id = scenarioId;
}

DocumentSession *ScenarioRef::session() const { return m_session; }

const Scenario *ScenarioRef::scenario() const
{
    if (!m_session || m_id == kNoId)
        return nullptr;
    const std::vector<Scenario> &scenarios = m_session->model().scenarios;
    const auto it
        = std::find_if(scenarios.begin(), scenarios.end(), [this](const Scenario &s) { return s.id == m_id; });
    return it == scenarios.end() ? nullptr : &*it;
}

bool ScenarioRef::isWritable() const { return m_session && !m_session->isReadOnly() && scenario(); }

Status ScenarioRef::commit(const Scenario &after, const QString &text, const QString &mergeKey) const
{
    const Scenario *before = scenario();
    if (!before)
        return Error{QString(), QStringLiteral("no scenario")};
    if (*before == after)
        return {};
    return m_session->execute(new EditScenarioCommand(m_session, *before, after, text, mergeKey));
}

} // namespace hectare::ui
