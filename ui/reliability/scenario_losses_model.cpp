#include "scenario_losses_model.h"

#include "scenario_time_text.h"

#include "models/table_roles.h"

#include "model/site_model.h"
#include "reliability/stored_scenario.h"

#include <QLocale>

namespace hectare::ui {

ScenarioLossesModel::ScenarioLossesModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScenarioLossesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ScenarioLossesModel::setRun(const reliability::StoredScenarioRun *run, const SiteModel &model)
{
    beginResetModel();
    m_rows.clear();
    if (run) {
        const reliability::CompiledSite &site = run->site;
        for (const reliability::LoadTimeline &load : run->timeline.loads) {
            const auto l = std::size_t(load.load);
            const reliability::LoadRef &ref = site.loads.at(l);
            Row base;
            base.load = load.load;
            base.loadName = site.network.loads.at(l).name;
            base.hallId = ref.hallId;
            if (const Hall *hall = model.hall(ref.hallId))
                base.hallName = hall->name;
            for (const reliability::LoadRef::TenantShare &share : ref.tenants)
                if (const Tenant *tenant = model.tenant(share.tenantId))
                    base.tenants << tenant->name;
            base.rackIds = ref.rackIds;
            for (const reliability::LoadLoss &loss : load.losses) {
                Row row = base;
                row.power = loss.what == reliability::LoadLoss::What::Power;
                row.startHours = loss.startHours;
                row.endHours = loss.endHours;
                row.kw = loss.kw;
                row.causes = loss.text;
                m_rows.push_back(std::move(row));
            }
        }
    }
    endResetModel();
}

int ScenarioLossesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScenarioLossesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ScenarioLossesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case kSortRole: return sortValue(row, index.column());
    case kIdRole: return QVariant::fromValue(row.hallId);
    case Qt::ToolTipRole:
        // The chain is long: the whole of it on hover, whatever the column's width.
        return index.column() == CausesColumn || index.column() == LoadColumn || index.column() == TenantsColumn
                   ? display(row, index.column())
                   : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= FromColumn && index.column() <= KwColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant ScenarioLossesModel::display(const Row &row, int column) const
{
    switch (column) {
    case LoadColumn: return row.loadName;
    case HallColumn: return row.hallName;
    case TenantsColumn: return row.tenants.join(QStringLiteral(", "));
    case WhatColumn: return row.power ? tr("Power") : tr("Cooling");
    case FromColumn: return scenarioClockText(row.startHours);
    case ToColumn: return scenarioClockText(row.endHours);
    case DurationColumn: return scenarioDurationText(row.endHours - row.startHours);
    case KwColumn: return QLocale().toString(row.kw, 'f', 1);
    case CausesColumn: return row.causes;
    default: return {};
    }
}

QVariant ScenarioLossesModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case FromColumn: return row.startHours;
    case ToColumn: return row.endHours;
    case DurationColumn: return row.endHours - row.startHours;
    case KwColumn: return row.kw;
    default: return display(row, column);
    }
}

QVariant ScenarioLossesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoadColumn: return tr("Load");
    case HallColumn: return tr("Hall");
    case TenantsColumn: return tr("Tenants");
    case WhatColumn: return tr("Loses");
    case FromColumn: return tr("From (h:min:s)");
    case ToColumn: return tr("To (h:min:s)");
    case DurationColumn: return tr("Duration");
    case KwColumn: return tr("IT kW");
    case CausesColumn: return tr("Why (chain of causes)");
    default: return {};
    }
}

} // namespace hectare::ui
