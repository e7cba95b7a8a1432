#pragma once

#include "model/error.h"
#include "model/scenario.h"

#include <QPointer>

#include <algorithm>
#include <optional>
#include <vector>

namespace hectare::ui {

class DocumentSession;

// Roles of the scenario tables besides table_roles.h: a cell edited by choosing from a list
// gives the choices' labels (QStringList) and the values setData() takes for them (QVariantList).
inline constexpr int kChoiceLabelsRole = Qt::UserRole + 10;
inline constexpr int kChoiceValuesRole = Qt::UserRole + 11;

// The scenario a table or a form edits: a session and a scenario id, looked up again each time
// (every edit replaces the model's vectors, so no pointer into them is kept).
class ScenarioRef
{
public:
    void set(DocumentSession *session, Id scenarioId);

    DocumentSession *session() const;
    Id id() const { return m_id; }
    // nullptr when there is no session or the scenario is gone.
    const Scenario *scenario() const;
    bool isWritable() const;

    // One EditScenarioCommand from the scenario as it is to `after`. Fails with core's error,
    // the document unchanged; "no change" is a success that pushes nothing.
    Status commit(const Scenario &after, const QString &text, const QString &mergeKey = QString()) const;

private:
    QPointer<DocumentSession> m_session;
    Id m_id = kNoId;
};

// The next id for a child of a scenario: ids of prospects, expansions and growth rates are
// unique across all the document's scenarios.
template<typename T>
Id nextChildId(const std::vector<Scenario> &scenarios, const std::vector<T> Scenario::*children)
{
    Id max = kNoId;
    for (const Scenario &s : scenarios)
        for (const T &child : s.*children)
            max = std::max(max, child.id);
    return max + 1;
}

// Edits one child (prospect, expansion, growth rate) of the scenario as one undo step:
// `edit(child)` changes the child in a copy of the scenario and returns the undo text, or an
// Error saying what it could not read. nullopt when the child is gone (nothing to do);
// otherwise the edit's or core's refusal, or success.
template<typename T, typename Edit>
std::optional<Status> editChild(const ScenarioRef &ref, std::vector<T> Scenario::*children, Id childId, Edit &&edit)
{
    Scenario after = *ref.scenario();
    std::vector<T> &items = after.*children;
    const auto it = std::find_if(items.begin(), items.end(), [childId](const T &c) { return c.id == childId; });
    if (it == items.end())
        return std::nullopt;
    const Result<QString> text = edit(*it);
    if (!text)
        return Status(text.error());
    return ref.commit(after, text.value());
}

// Removes one child of the scenario as one undo step named `describe(child)`; nothing to do
// (success) when the child is already gone.
template<typename T, typename Describe>
Status removeChild(const ScenarioRef &ref, std::vector<T> Scenario::*children, Id childId, Describe &&describe)
{
    Scenario after = *ref.scenario();
    std::vector<T> &items = after.*children;
    const auto it = std::find_if(items.begin(), items.end(), [childId](const T &c) { return c.id == childId; });
    if (it == items.end())
        return {};
    const QString text = describe(*it);
    items.erase(it);
    return ref.commit(after, text);
}

} // namespace hectare::ui
