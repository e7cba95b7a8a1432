#include "contract_table_model.h"

#include "cell_value.h"
#include "table_roles.h"

#include "commands/tenant_commands.h"
#include "session/document_session.h"

#include <QLocale>

#include <algorithm>

namespace hectare::ui {
namespace {

std::vector<ContractRow> contractRows(const SiteModel &model)
{
    std::vector<ContractRow> rows;
    rows.reserve(model.contracts.size());
    for (const Contract &contract : model.contracts) {
        const Tenant *tenant = model.tenant(contract.tenantId);
        const Hall *hall = model.hall(contract.hallId);
        rows.push_back({contract.id, contract, tenant ? tenant->name : QString(), hall ? hall->name : QString()});
    }
    std::sort(rows.begin(), rows.end(), [](const ContractRow &a, const ContractRow &b) { return a.id < b.id; });
    return rows;
}

std::optional<ContractStatus> cellStatus(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        for (ContractStatus status : {ContractStatus::Quoted, ContractStatus::Reserved, ContractStatus::Signed,
                                      ContractStatus::Active, ContractStatus::Ended}) {
            if (text.compare(displayName(status), Qt::CaseInsensitive) == 0)
                return status;
        }
        if (const auto status = contractStatusFromKey(text))
            return status;
    }
    const std::optional<int> number = cellInteger(value);
    if (!number || *number < int(ContractStatus::Quoted) || *number > int(ContractStatus::Ended))
        return std::nullopt;
    return ContractStatus(*number);
}

bool isNumberColumn(int column)
{
    return column >= ContractTableModel::RacksColumn && column <= ContractTableModel::DrawRatioColumn;
}

} // namespace

ContractTableModel::ContractTableModel(QObject *parent) : RowSnapshotModel<ContractRow>(parent) {}

void ContractTableModel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        // Tenant and hall names show in the table too.
        connect(m_session, &DocumentSession::contractsReset, this, &ContractTableModel::refresh);
        connect(m_session, &DocumentSession::tenantsReset, this, &ContractTableModel::refresh);
        connect(m_session, &DocumentSession::siteChanged, this, &ContractTableModel::refresh);
    }
    resetRows(currentRows());
}

DocumentSession *ContractTableModel::session() const { return m_session; }

std::vector<ContractRow> ContractTableModel::currentRows() const
{
    return m_session ? contractRows(m_session->model()) : std::vector<ContractRow>{};
}

void ContractTableModel::refresh() { replaceRows(currentRows()); }

int ContractTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ContractTableModel::rawValue(const ContractRow &row, int column) const
{
    const Contract &c = row.contract;
    switch (column) {
    case TenantColumn: return row.tenantName;
    case HallColumn: return row.hallName;
    case RacksColumn: return c.racks;
    case CageColumn: return c.cageM2;
    case CommittedKwColumn: return c.committedKw;
    case RampStartColumn: return c.rampStartPct;
    case RampMonthsColumn: return c.rampMonths;
    case DrawRatioColumn: return c.drawRatio;
    case StartColumn: return c.start;
    case EndColumn: return c.end;
    case StatusColumn: return int(c.status);
    }
    return {};
}

QString ContractTableModel::displayText(const ContractRow &row, int column) const
{
    const QLocale locale;
    const Contract &c = row.contract;
    switch (column) {
    case TenantColumn: return row.tenantName;
    case HallColumn: return row.hallName;
    case RacksColumn: return locale.toString(c.racks);
    case CageColumn: return locale.toString(c.cageM2, 'f', 1);
    case CommittedKwColumn: return locale.toString(c.committedKw, 'f', 1);
    case RampStartColumn: return locale.toString(c.rampStartPct, 'f', 0);
    case RampMonthsColumn: return locale.toString(c.rampMonths);
    case DrawRatioColumn: return locale.toString(c.drawRatio, 'f', 2);
    case StartColumn: return c.start.isValid() ? locale.toString(c.start, shortDateFormat()) : tr("not set");
    case EndColumn: return c.end.isValid() ? locale.toString(c.end, shortDateFormat()) : tr("open-ended");
    case StatusColumn: return displayName(c.status);
    }
    return {};
}

QVariant ContractTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ContractRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(row, index.column());
    case Qt::ToolTipRole:   // the whole name where a narrow column cuts it short
        return index.column() <= HallColumn ? QVariant(displayText(row, index.column())) : QVariant();
    case Qt::EditRole: return rawValue(row, index.column());
    case kSortRole:
        // An open-ended contract ends after every dated one.
        if (index.column() == EndColumn && !row.contract.end.isValid())
            return QDate(9999, 12, 31);
        return rawValue(row, index.column());
    case kIdRole: return row.id;
    case kTenantIdRole: return row.contract.tenantId;
    case Qt::TextAlignmentRole:
        return isNumberColumn(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant ContractTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isNumberColumn(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RampStartColumn: return tr("Share of the committed kW drawn at the start date");
        case RampMonthsColumn: return tr("Months from the start until the full commitment is drawn");
        case DrawRatioColumn: return tr("Expected draw as a share of the ramped commitment");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    // Two lines where a long name would make a column of short numbers wide.
    switch (section) {
    case TenantColumn: return tr("Tenant");
    case HallColumn: return tr("Hall");
    case RacksColumn: return tr("Racks");
    case CageColumn: return tr("Cage\nm²");
    case CommittedKwColumn: return tr("Committed\nkW");
    case RampStartColumn: return tr("Ramp\nstart %");
    case RampMonthsColumn: return tr("Ramp\nmonths");
    case DrawRatioColumn: return tr("Draw\nratio");
    case StartColumn: return tr("Start");
    case EndColumn: return tr("End");
    case StatusColumn: return tr("Status");
    }
    return {};
}

Qt::ItemFlags ContractTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= RacksColumn && m_session && !m_session->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QString ContractTableModel::fieldName(int column)
{
    switch (column) {
    case RacksColumn: return tr("racks");
    case CageColumn: return tr("cage area");
    case CommittedKwColumn: return tr("committed kW");
    case RampStartColumn: return tr("ramp start");
    case RampMonthsColumn: return tr("ramp months");
    case DrawRatioColumn: return tr("draw ratio");
    case StartColumn: return tr("start");
    case EndColumn: return tr("end");
    case StatusColumn: return tr("status");
    }
    return {};
}

std::optional<Contract> ContractTableModel::edited(const Contract &contract, int column, const QVariant &value) const
{
    Contract c = contract;
    switch (column) {
    case RacksColumn:
    case RampMonthsColumn: {
        const std::optional<int> number = cellInteger(value);
        if (!number)
            return std::nullopt;
        (column == RacksColumn ? c.racks : c.rampMonths) = *number;
        return c;
    }
    case CageColumn:
    case CommittedKwColumn:
    case RampStartColumn:
    case DrawRatioColumn: {
        const std::optional<double> number = cellNumber(value);
        if (!number)
            return std::nullopt;
        double &field = column == CageColumn          ? c.cageM2
                        : column == CommittedKwColumn ? c.committedKw
                        : column == RampStartColumn   ? c.rampStartPct
                                                      : c.drawRatio;
        field = *number;
        return c;
    }
    case StartColumn:
    case EndColumn: {
        const std::optional<QDate> date = cellDate(value);
        if (!date)
            return std::nullopt;
        (column == StartColumn ? c.start : c.end) = *date;
        return c;
    }
    case StatusColumn: {
        const std::optional<ContractStatus> status = cellStatus(value);
        if (!status)
            return std::nullopt;
        c.status = *status;
        return c;
    }
    }
    return std::nullopt;
}

bool ContractTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const ContractRow &row = rowAt(index.row());
    const auto current = std::find_if(m_session->model().contracts.begin(), m_session->model().contracts.end(),
                                      [&row](const Contract &c) { return c.id == row.id; });
    if (current == m_session->model().contracts.end())
        return false;
    const Contract before = *current;
    const QString field = fieldName(index.column());
    const std::optional<Contract> after = edited(before, index.column(), value);
    if (!after) {
        Q_EMIT editRejected(tr("Tenant \"%1\", contract #%2: %3: cannot read \"%4\"")
                                .arg(row.tenantName, QString::number(row.id), field, value.toString()));
        return false;
    }
    if (*after == before)
        return true;
    const QString text = tr("Change contract of %1: %2").arg(row.tenantName, field);
    const Status status = m_session->execute(new EditContractCommand(m_session, before, *after, text));
    if (!status) {
        Q_EMIT editRejected(status.error().text());
        return false;
    }
    return true;
}

} // namespace hectare::ui
