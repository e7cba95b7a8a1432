#include "tenant_growth_table_model.h"

#include "models/cell_value.h"
#include "models/table_roles.h"
#include "session/document_session.h"

#include <QLocale>

#include <algorithm>

namespace hectare::ui {

TenantGrowthTableModel::TenantGrowthTableModel(QObject *parent) : RowSnapshotModel<TenantGrowthRow>(parent) {}

void TenantGrowthTableModel::setScenario(DocumentSession *session, Id scenarioId)
{
    if (m_ref.session())
        disconnect(m_ref.session(), nullptr, this, nullptr);
    m_ref.set(session, scenarioId);
    if (session) {
        connect(session, &DocumentSession::scenariosReset, this, &TenantGrowthTableModel::refresh);
        connect(session, &DocumentSession::tenantsReset, this, &TenantGrowthTableModel::refresh);   // names
    }
    resetRows(currentRows());
}

std::vector<TenantGrowthRow> TenantGrowthTableModel::currentRows() const
{
    std::vector<TenantGrowthRow> rows;
    const Scenario *scenario = m_ref.scenario();
    if (!scenario)
        return rows;
    for (const TenantGrowth &g : scenario->tenantGrowth) {
        const Tenant *tenant = m_ref.session()->model().tenant(g.tenantId);
        rows.push_back({g.id, g, tenant ? tenant->name : tr("tenant #%1").arg(g.tenantId)});
    }
    std::sort(rows.begin(), rows.end(), [](const TenantGrowthRow &a, const TenantGrowthRow &b) { return a.id < b.id; });
    return rows;
}

void TenantGrowthTableModel::refresh() { replaceRows(currentRows()); }

int TenantGrowthTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TenantGrowthTableModel::rawValue(const TenantGrowthRow &row, int column) const
{
    switch (column) {
    case TenantColumn: return row.growth.tenantId;
    case GrowthColumn: return row.growth.growthPctPerYear;
    }
    return {};
}

QVariant TenantGrowthTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TenantGrowthRow &row = rowAt(index.row());
    const bool tenantColumn = index.column() == TenantColumn;
    switch (role) {
    case Qt::DisplayRole:
        return tenantColumn ? row.tenantName : QLocale().toString(row.growth.growthPctPerYear, 'f', 1);
    case Qt::EditRole: return rawValue(row, index.column());
    case kSortRole: return tenantColumn ? QVariant(row.tenantName) : rawValue(row, index.column());
    case kIdRole: return row.id;
    case kChoiceLabelsRole:
    case kChoiceValuesRole: {
        if (!tenantColumn || !m_ref.session())
            return {};
        QStringList labels;
        QVariantList values;
        for (const Tenant &tenant : m_ref.session()->model().tenants) {
            labels << tenant.name;
            values << QVariant::fromValue(tenant.id);
        }
        return role == kChoiceLabelsRole ? QVariant(labels) : QVariant(values);
    }
    case Qt::TextAlignmentRole: return tenantColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant TenantGrowthTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == GrowthColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == GrowthColumn)
        return tr("Growth of the tenant's draw, % per year, instead of the scenario's default");
    if (role != Qt::DisplayRole)
        return {};
    return section == TenantColumn ? tr("Tenant") : tr("Growth\n% per year");
}

Qt::ItemFlags TenantGrowthTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_ref.isWritable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool TenantGrowthTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_ref.isWritable())
        return false;
    const TenantGrowthRow &row = rowAt(index.row());
    const std::optional<Status> status = editChild(
        m_ref, &Scenario::tenantGrowth, row.id, [&](TenantGrowth &g) -> Result<QString> {
            bool ok = true;
            QString text;
            if (index.column() == TenantColumn) {
                g.tenantId = value.toLongLong(&ok);
                text = tr("Change the tenant of the growth rate of \"%1\"").arg(row.tenantName);
            } else {
                const std::optional<double> number = cellNumber(value);
                ok = number.has_value();
                g.growthPctPerYear = number.value_or(0);
                text = tr("Change growth of tenant \"%1\"").arg(row.tenantName);
            }
            if (!ok)
                return Error{QString(), tr("Growth of tenant \"%1\": cannot read \"%2\"").arg(row.tenantName, value.toString())};
            return text;
        });
    if (status && !*status)
        Q_EMIT editRejected(status->error().text());
    return status && status->ok();
}

Result<Id> TenantGrowthTableModel::addItem()
{
    if (!m_ref.isWritable())
        return Error{QString(), tr("The scenario cannot be changed")};
    Scenario after = *m_ref.scenario();
    const std::vector<Tenant> &tenants = m_ref.session()->model().tenants;
    const auto free = std::find_if(tenants.begin(), tenants.end(), [&after](const Tenant &t) {
        return std::none_of(after.tenantGrowth.begin(), after.tenantGrowth.end(),
                            [&t](const TenantGrowth &g) { return g.tenantId == t.id; });
    });
    if (free == tenants.end())
        return Error{tr("Scenario \"%1\"").arg(after.name), tr("every tenant already has a growth rate of its own")};
    TenantGrowth growth;
    growth.id = nextChildId(m_ref.session()->model().scenarios, &Scenario::tenantGrowth);
    growth.tenantId = free->id;
    growth.growthPctPerYear = after.growthPctPerYear;
    after.tenantGrowth.push_back(growth);
    const Status status = m_ref.commit(after, tr("Set growth of tenant \"%1\"").arg(free->name));
    if (!status)
        return status.error();
    return growth.id;
}

Status TenantGrowthTableModel::removeItem(Id id)
{
    if (!m_ref.isWritable())
        return Error{QString(), tr("The scenario cannot be changed")};
    return removeChild(m_ref, &Scenario::tenantGrowth, id, [&](const TenantGrowth &g) {
        const Tenant *tenant = m_ref.session()->model().tenant(g.tenantId);
        return tr("Remove growth of tenant \"%1\"").arg(tenant ? tenant->name : QString());
    });
}

} // namespace hectare::ui
