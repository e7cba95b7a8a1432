#pragma once

#include "quoting/placement.h"

#include <QAbstractTableModel>

#include <vector>

namespace hectare::ui {

// The places core's findPlacements() proposes for a requirement, best first: rank, hall,
// positions ("C05–C08"), whether they stand side by side, and the P90 warnings. A row's tooltip
// gives the candidate's reasons, as core words them for a salesperson.
class PlacementListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, HallColumn, PositionsColumn, ContiguousColumn, WarningsColumn, ColumnCount };

    explicit PlacementListModel(QObject *parent = nullptr);

    void setCandidates(std::vector<PlacementCandidate> candidates);
    const std::vector<PlacementCandidate> &candidates() const { return m_candidates; }
    const PlacementCandidate *candidate(int row) const;
    // The row whose candidate holds exactly `rackIds`, or -1.
    int rowOf(const std::vector<Id> &rackIds) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "C05–C08" for one run; runs in several rows are joined with ", ".
    static QString positionsText(const PlacementCandidate &candidate);
    // The P90 warnings as resource names ("Power, Cooling"), or "" when there are none.
    static QString warningsText(const PlacementCandidate &candidate);

private:
    std::vector<PlacementCandidate> m_candidates;
};

} // namespace hectare::ui
