#include "scenario_list_model.h"

#include "scenario_ref.h"

#include "models/table_roles.h"
#include "session/document_session.h"

#include <algorithm>

namespace hectare::ui {

ScenarioListModel::ScenarioListModel(QObject *parent) : RowSnapshotModel<ScenarioListRow>(parent) {}

void ScenarioListModel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &DocumentSession::scenariosReset, this, &ScenarioListModel::refresh);
    resetRows(currentRows());
}

std::vector<ScenarioListRow> ScenarioListModel::currentRows() const
{
    std::vector<ScenarioListRow> rows;
    if (!m_session)
        return rows;
    for (const Scenario &s : m_session->model().scenarios)
        rows.push_back({s.id, s.name, s.notes});
    std::sort(rows.begin(), rows.end(), [](const ScenarioListRow &a, const ScenarioListRow &b) { return a.id < b.id; });
    return rows;
}

void ScenarioListModel::refresh() { replaceRows(currentRows()); }

int ScenarioListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 1; }

QVariant ScenarioListModel::rawValue(const ScenarioListRow &row, int) const
{
    return QString(row.name + QLatin1Char('\n') + row.notes);
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ScenarioListRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return row.name;
    case Qt::ToolTipRole: return row.notes.isEmpty() ? QVariant() : QVariant(row.notes);
    case kIdRole: return row.id;
    }
    return {};
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_session && !m_session->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScenarioListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    ScenarioRef ref;
    ref.set(m_session, rowAt(index.row()).id);
    const Scenario *before = ref.scenario();
    if (!before)
        return false;
    Scenario after = *before;
    after.name = value.toString().trimmed();
    const Status status
        = ref.commit(after, tr("Rename scenario \"%1\" to \"%2\"").arg(before->name, after.name));
    if (!status) {
        Q_EMIT editRejected(status.error().text());
        return false;
    }
    return true;
}

} // namespace hectare::ui
