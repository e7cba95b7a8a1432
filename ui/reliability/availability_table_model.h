#pragma once

#include "reliability/site_availability.h"

#include <QAbstractTableModel>

#include <vector>

namespace hectare::ui {

// The availability of the site, then of each hall, then of each tenant, from a SiteAvailability:
// availability, mean and P90 downtime hours a year, the share of years without an outage,
// interruptions a year, and whether it meets Tier III's 99.982 % (green) or not (red).
// Read-only; kSortRole gives the raw figures (shares as fractions, not percent), kIdRole the
// hall or tenant (kNoId for the site).
class AvailabilityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ScopeColumn,
        NameColumn,
        ItKwColumn,
        RacksColumn,
        AvailabilityColumn,
        MeanDowntimeColumn,
        P90DowntimeColumn,
        NoOutageYearColumn,
        InterruptionsColumn,
        Tier3Column,
        ColumnCount
    };

    explicit AvailabilityTableModel(QObject *parent = nullptr);

    void setResult(const reliability::SiteAvailability &result);
    void clear();
    const reliability::AvailabilityRow &row(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const reliability::AvailabilityRow &row, int column) const;
    QVariant value(const reliability::AvailabilityRow &row, int column) const;

    std::vector<reliability::AvailabilityRow> m_rows;   // site, halls, tenants
};

} // namespace hectare::ui
