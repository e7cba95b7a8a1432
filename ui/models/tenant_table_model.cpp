#include "tenant_table_model.h"

#include "table_roles.h"

#include "commands/tenant_commands.h"
#include "session/document_session.h"

#include "capacity/contract_load.h"

#include <QLocale>

#include <algorithm>

namespace hectare::ui {
namespace {

// The tenants with what each holds; racks and contracts of unknown tenants are not counted.
std::vector<TenantRow> tenantRows(const SiteModel &model, QDate asOf)
{
    std::vector<TenantRow> rows;
    rows.reserve(model.tenants.size());
    for (const Tenant &tenant : model.tenants)
        rows.push_back({tenant.id, tenant});
    std::sort(rows.begin(), rows.end(), [](const TenantRow &a, const TenantRow &b) { return a.id < b.id; });
    const auto rowOf = [&rows](Id id) -> TenantRow * {
        const auto it = std::lower_bound(rows.begin(), rows.end(), id,
                                         [](const TenantRow &r, Id i) { return r.id < i; });
        return it != rows.end() && it->id == id ? &*it : nullptr;
    };
    for (const Rack &rack : model.racks) {
        if (rack.state != RackState::Occupied && rack.state != RackState::Reserved)
            continue;
        if (TenantRow *row = rowOf(rack.tenantId))
            ++row->racksHeld;
    }
    for (const Contract &contract : model.contracts) {
        TenantRow *row = rowOf(contract.tenantId);
        if (!row)
            continue;
        ++row->contracts;
        if (isCommitted(contract, asOf))
            row->committedKw += contract.committedKw;
    }
    return rows;
}

} // namespace

TenantTableModel::TenantTableModel(QObject *parent) : RowSnapshotModel<TenantRow>(parent) {}

void TenantTableModel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DocumentSession::tenantsReset, this, &TenantTableModel::refresh);
        connect(m_session, &DocumentSession::contractsReset, this, &TenantTableModel::refresh);
        connect(m_session, &DocumentSession::rackChanged, this, &TenantTableModel::refresh);
    }
    resetRows(currentRows());
}

DocumentSession *TenantTableModel::session() const { return m_session; }

std::vector<TenantRow> TenantTableModel::currentRows() const
{
    return m_session ? tenantRows(m_session->model(), m_session->asOf()) : std::vector<TenantRow>{};
}

void TenantTableModel::refresh() { replaceRows(currentRows()); }

int TenantTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TenantTableModel::rawValue(const TenantRow &row, int column) const
{
    switch (column) {
    case NameColumn: return row.tenant.name;
    case SectorColumn: return row.tenant.sector;
    case ContactColumn: return row.tenant.contact;
    case RacksHeldColumn: return row.racksHeld;
    case CommittedKwColumn: return row.committedKw;
    case ContractsColumn: return row.contracts;
    }
    return {};
}

QString TenantTableModel::displayText(const TenantRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case RacksHeldColumn: return locale.toString(row.racksHeld);
    case CommittedKwColumn: return locale.toString(row.committedKw, 'f', 1);
    case ContractsColumn: return locale.toString(row.contracts);
    default: return rawValue(row, column).toString();
    }
}

QVariant TenantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TenantRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(row, index.column());
    case Qt::ToolTipRole:   // the whole text where a narrow column cuts it short
        return index.column() <= ContactColumn ? QVariant(displayText(row, index.column())) : QVariant();
    case Qt::EditRole:
    case kSortRole: return rawValue(row, index.column());
    case kIdRole: return row.id;
    case Qt::TextAlignmentRole:
        return index.column() >= RacksHeldColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant TenantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case SectorColumn: return tr("Sector");
        case ContactColumn: return tr("Contact");
        case RacksHeldColumn: return tr("Racks\nheld");
        case CommittedKwColumn: return tr("Committed\nkW");
        case ContractsColumn: return tr("Contracts");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case RacksHeldColumn: return tr("Rack positions occupied or reserved by the tenant");
        case CommittedKwColumn:
            return tr("Committed kW of the tenant's signed and active contracts that have not ended");
        case ContractsColumn: return tr("Contracts of the tenant, whatever their status");
        }
    } else if (role == Qt::TextAlignmentRole && section >= RacksHeldColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

Qt::ItemFlags TenantTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() <= ContactColumn && m_session && !m_session->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool TenantTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Tenant *current = m_session->model().tenant(rowAt(index.row()).id);
    if (!current)
        return false;
    const Tenant before = *current;
    Tenant after = before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case NameColumn: after.name = text; break;
    case SectorColumn: after.sector = text; break;
    case ContactColumn: after.contact = text; break;
    }
    if (after == before)
        return true;
    auto *command = new EditTenantCommand(m_session, before, after);
    command->setText(undoText(before, after, index.column()));
    const Status status = m_session->execute(command);
    if (!status) {
        Q_EMIT editRejected(status.error().text());
        return false;
    }
    return true;
}

QString TenantTableModel::undoText(const Tenant &before, const Tenant &after, int column) const
{
    switch (column) {
    case NameColumn: return tr("Rename tenant \"%1\" to \"%2\"").arg(before.name, after.name);
    case SectorColumn: return tr("Change sector of tenant \"%1\"").arg(before.name);
    case ContactColumn: return tr("Change contact of tenant \"%1\"").arg(before.name);
    }
    return {};
}

} // namespace hectare::ui
