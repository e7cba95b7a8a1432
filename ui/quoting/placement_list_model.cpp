#include "placement_list_model.h"

#include "capacity/resource.h"

#include <QSet>

namespace hectare::ui {

PlacementListModel::PlacementListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlacementListModel::setCandidates(std::vector<PlacementCandidate> candidates)
{
    beginResetModel();
    m_candidates = std::move(candidates);
    endResetModel();
}

const PlacementCandidate *PlacementListModel::candidate(int row) const
{
    if (row < 0 || row >= int(m_candidates.size()))
        return nullptr;
    return &m_candidates[std::size_t(row)];
}

int PlacementListModel::rowOf(const std::vector<Id> &rackIds) const
{
    for (std::size_t i = 0; i < m_candidates.size(); ++i) {
        if (m_candidates[i].rackIds == rackIds)
            return int(i);
    }
    return -1;
}

int PlacementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int PlacementListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString PlacementListModel::positionsText(const PlacementCandidate &candidate)
{
    QStringList runs;
    for (const PositionRun &run : candidate.runs) {
        runs << (run.rackIds.size() == 1 ? run.firstRack
                                         : tr("%1–%2", "a run of rack positions, first–last").arg(run.firstRack, run.lastRack));
    }
    return runs.join(QStringLiteral(", "));
}

QString PlacementListModel::warningsText(const PlacementCandidate &candidate)
{
    QStringList resources;
    for (const Shortfall &warning : candidate.p90Warnings) {
        const QString name = resourceDisplayName(warning.resource);
        if (!resources.contains(name))
            resources << name;
    }
    return resources.join(QStringLiteral(", "));
}

QVariant PlacementListModel::data(const QModelIndex &index, int role) const
{
    const PlacementCandidate *c = candidate(index.row());
    if (!c)
        return {};
    if (role == Qt::ToolTipRole)
        return c->reasons.join(QLatin1Char('\n'));
    if (role == Qt::TextAlignmentRole && index.column() == RankColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn: return index.row() + 1;
    case HallColumn: return c->hallName;
    case PositionsColumn: return positionsText(*c);
    case ContiguousColumn: {
        if (c->contiguous)
            return tr("Side by side");
        QSet<Id> rows;
        for (const PositionRun &run : c->runs)
            rows.insert(run.rowId);
        return tr("Spread over %n row(s)", nullptr, int(rows.size()));
    }
    case WarningsColumn: {
        const QString warnings = warningsText(*c);
        return warnings.isEmpty() ? tr("None") : tr("P90: %1").arg(warnings);
    }
    default: return {};
    }
}

QVariant PlacementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn: return tr("#");
    case HallColumn: return tr("Hall");
    case PositionsColumn: return tr("Positions");
    case ContiguousColumn: return tr("Layout");
    case WarningsColumn: return tr("Forecast warnings");
    default: return {};
    }
}

} // namespace hectare::ui
