#pragma once

#include "model/ids.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace hectare {
struct SiteModel;
}

namespace hectare::reliability {
struct StoredScenarioRun;
}

namespace hectare::ui {

// The losses of a replayed failure scenario (core/reliability/failure_scenario.h), one row per
// LoadLoss in the replay's order (by load, then by start): which load, in which hall, of which
// tenants, lost power or cooling, when, for how long, how many kW, and the chain of causes.
// Read-only; kSortRole gives the raw figures, kIdRole the hall.
class ScenarioLossesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LoadColumn,
        HallColumn,
        TenantsColumn,
        WhatColumn,
        FromColumn,
        ToColumn,
        DurationColumn,
        KwColumn,
        CausesColumn,
        ColumnCount
    };

    struct Row
    {
        int load = -1;                 // index into the run's Network::loads
        QString loadName;
        Id hallId = kNoId;
        QString hallName;
        QStringList tenants;
        bool power = true;             // else cooling
        double startHours = 0;
        double endHours = 0;
        double kw = 0;
        QString causes;
        std::vector<Id> rackIds;       // the racks the load carries
    };

    explicit ScenarioLossesModel(QObject *parent = nullptr);

    // `model` names the halls and tenants; nullptr run: no rows.
    void setRun(const reliability::StoredScenarioRun *run, const SiteModel &model);
    void clear();
    const Row &row(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace hectare::ui
