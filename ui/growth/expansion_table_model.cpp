#include "expansion_table_model.h"

#include "growth_text.h"

#include "models/cell_value.h"
#include "models/table_roles.h"
#include "session/document_session.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hectare::ui {
namespace {

constexpr ExpansionKind kKinds[] = {ExpansionKind::Hall, ExpansionKind::PowerBlock, ExpansionKind::Chiller,
                                    ExpansionKind::Generator};

bool isNumberColumn(int column)
{
    return (column >= ExpansionTableModel::PositionsColumn && column <= ExpansionTableModel::LeadTimeColumn)
           || column == ExpansionTableModel::OnlineMonthColumn;
}

double *amountField(Expansion &x, int column)
{
    switch (column) {
    case ExpansionTableModel::PowerKwColumn: return &x.powerKw;
    case ExpansionTableModel::CoolingKwColumn: return &x.coolingKw;
    case ExpansionTableModel::GeneratorKvaColumn: return &x.generatorKva;
    }
    return nullptr;
}

} // namespace

ExpansionTableModel::ExpansionTableModel(QObject *parent) : RowSnapshotModel<ExpansionRow>(parent) {}

void ExpansionTableModel::setScenario(DocumentSession *session, Id scenarioId)
{
    if (m_ref.session())
        disconnect(m_ref.session(), nullptr, this, nullptr);
    m_ref.set(session, scenarioId);
    if (session) {
        connect(session, &DocumentSession::scenariosReset, this, &ExpansionTableModel::refresh);
        connect(session, &DocumentSession::siteChanged, this, &ExpansionTableModel::refresh);
    }
    resetRows(currentRows());
}

std::vector<ExpansionRow> ExpansionTableModel::currentRows() const
{
    std::vector<ExpansionRow> rows;
    const Scenario *scenario = m_ref.scenario();
    if (!scenario)
        return rows;
    for (const Expansion &x : scenario->expansions) {
        const Hall *hall = m_ref.session()->model().hall(x.hallId);
        rows.push_back({x.id, x, hall ? hall->name : QString(), scenario->start});
    }
    std::sort(rows.begin(), rows.end(), [](const ExpansionRow &a, const ExpansionRow &b) { return a.id < b.id; });
    return rows;
}

void ExpansionTableModel::refresh() { replaceRows(currentRows()); }

int ExpansionTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ExpansionTableModel::rawValue(const ExpansionRow &row, int column) const
{
    const Expansion &x = row.expansion;
    switch (column) {
    case NameColumn: return x.name;
    case KindColumn: return int(x.kind);
    case HallColumn: return x.hallId;
    case PositionsColumn: return x.positions;
    case PowerKwColumn: return x.powerKw;
    case CoolingKwColumn: return x.coolingKw;
    case GeneratorKvaColumn: return x.generatorKva;
    case CapexColumn: return double(x.capexXof);   // a double spin box holds any capex exactly
    case LeadTimeColumn: return x.leadTimeMonths;
    case WhenNeededColumn: return x.whenNeeded();
    case OnlineMonthColumn: return x.onlineMonth.value_or(x.leadTimeMonths);
    }
    return {};
}

QString ExpansionTableModel::displayText(const ExpansionRow &row, int column) const
{
    const QLocale locale;
    const Expansion &x = row.expansion;
    switch (column) {
    case NameColumn: return x.name;
    case KindColumn: return displayName(x.kind);
    case HallColumn: return row.hallName.isEmpty() ? tr("site") : row.hallName;
    case PositionsColumn: return locale.toString(x.positions);
    case PowerKwColumn:
    case CoolingKwColumn:
    case GeneratorKvaColumn: return locale.toString(rawValue(row, column).toDouble(), 'f', 0);
    case CapexColumn: return locale.toString(x.capexXof);
    case LeadTimeColumn: return locale.toString(x.leadTimeMonths);
    case OnlineMonthColumn: return x.onlineMonth ? monthOffsetText(row.start, *x.onlineMonth) : tr("when needed");
    }
    return {};
}

QVariant ExpansionTableModel::choices(int column, int role) const
{
    QStringList labels;
    QVariantList values;
    if (column == KindColumn) {
        for (ExpansionKind kind : kKinds) {
            labels << displayName(kind);
            values << int(kind);
        }
    } else if (column == HallColumn && m_ref.session()) {
        labels << tr("site");
        values << QVariant::fromValue(kNoId);
        for (const Hall &hall : m_ref.session()->model().halls) {
            labels << hall.name;
            values << QVariant::fromValue(hall.id);
        }
    } else {
        return {};
    }
    return role == kChoiceLabelsRole ? QVariant(labels) : QVariant(values);
}

QVariant ExpansionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ExpansionRow &row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return column == WhenNeededColumn ? QVariant() : QVariant(displayText(row, column));
    case Qt::CheckStateRole:
        return column == WhenNeededColumn ? QVariant(row.expansion.whenNeeded() ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    case Qt::ToolTipRole: return column == NameColumn ? QVariant(displayText(row, column)) : QVariant();
    case Qt::EditRole:
    case kSortRole: return rawValue(row, column);
    case kIdRole: return row.id;
    case kChoiceLabelsRole:
    case kChoiceValuesRole: return choices(column, role);
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant ExpansionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isNumberColumn(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case HallColumn: return tr("The hall it adds to; site: the site only (chillers and generators)");
        case PowerKwColumn: return tr("Usable IT kW it adds, after its own redundancy");
        case LeadTimeColumn: return tr("Months from the decision to build until it is online");
        case WhenNeededColumn: return tr("Brought online by the decision rule when a resource it adds runs out");
        case OnlineMonthColumn: return tr("Month it comes online, counted from the scenario's start");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Expansion");
    case KindColumn: return tr("Kind");
    case HallColumn: return tr("Hall");
    case PositionsColumn: return tr("Positions");
    case PowerKwColumn: return tr("Power\nkW");
    case CoolingKwColumn: return tr("Cooling\nkW");
    case GeneratorKvaColumn: return tr("Generator\nkVA");
    case CapexColumn: {
        const QString currency = m_ref.session() ? m_ref.session()->model().site.currency : QString();
        return currency.isEmpty() ? tr("Capex") : tr("Capex\n%1").arg(currency);
    }
    case LeadTimeColumn: return tr("Lead time\nmonths");
    case WhenNeededColumn: return tr("When\nneeded");
    case OnlineMonthColumn: return tr("Online\nmonth");
    }
    return {};
}

Qt::ItemFlags ExpansionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_ref.isWritable())
        return f;
    return f | (index.column() == WhenNeededColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

QString ExpansionTableModel::fieldName(int column)
{
    switch (column) {
    case NameColumn: return tr("name");
    case KindColumn: return tr("kind");
    case HallColumn: return tr("hall");
    case PositionsColumn: return tr("positions");
    case PowerKwColumn: return tr("power kW");
    case CoolingKwColumn: return tr("cooling kW");
    case GeneratorKvaColumn: return tr("generator kVA");
    case CapexColumn: return tr("capex");
    case LeadTimeColumn: return tr("lead time");
    case WhenNeededColumn: return tr("when needed");
    case OnlineMonthColumn: return tr("online month");
    }
    return {};
}

std::optional<Expansion> ExpansionTableModel::edited(const Expansion &expansion, int column,
                                                     const QVariant &value) const
{
    Expansion x = expansion;
    bool ok = true;
    switch (column) {
    case NameColumn: x.name = value.toString().trimmed(); break;
    case KindColumn: {
        const int kind = value.toInt(&ok);
        ok = ok && kind >= int(ExpansionKind::Hall) && kind <= int(ExpansionKind::Generator);
        x.kind = ExpansionKind(kind);
        break;
    }
    case HallColumn: x.hallId = value.toLongLong(&ok); break;
    case WhenNeededColumn:
        x.onlineMonth = value.toInt() == Qt::Checked ? std::nullopt : std::optional<int>(x.leadTimeMonths);
        break;
    case CapexColumn: {
        const std::optional<double> number = cellNumber(value);
        ok = number && std::isfinite(*number) && std::abs(*number) < 9e15;
        x.capexXof = ok ? qint64(std::llround(*number)) : 0;
        break;
    }
    case PositionsColumn:
    case LeadTimeColumn:
    case OnlineMonthColumn: {
        const std::optional<int> number = cellInteger(value);
        ok = number.has_value();
        if (ok && column == PositionsColumn)
            x.positions = *number;
        else if (ok && column == LeadTimeColumn)
            x.leadTimeMonths = *number;
        else if (ok)
            x.onlineMonth = *number;
        break;
    }
    default: {
        const std::optional<double> number = cellNumber(value);
        ok = number.has_value() && amountField(x, column);
        if (ok)
            *amountField(x, column) = *number;
    }
    }
    return ok ? std::optional(x) : std::nullopt;
}

bool ExpansionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const bool checkEdit = index.column() == WhenNeededColumn && role == Qt::CheckStateRole;
    if ((role != Qt::EditRole && !checkEdit) || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !m_ref.isWritable())
        return false;
    const std::optional<Status> status = editChild(
        m_ref, &Scenario::expansions, rowAt(index.row()).id, [&](Expansion &x) -> Result<QString> {
            const QString field = fieldName(index.column());
            const std::optional<Expansion> expansion = edited(x, index.column(), value);
            if (!expansion)
                return Error{QString(), tr("Expansion \"%1\": %2: cannot read \"%3\"").arg(x.name, field, value.toString())};
            const QString text = tr("Change expansion \"%1\" %2").arg(x.name, field);
            x = *expansion;
            return text;
        });
    if (status && !*status)
        Q_EMIT editRejected(status->error().text());
    return status && status->ok();
}

Result<Id> ExpansionTableModel::addItem()
{
    if (!m_ref.isWritable())
        return Error{QString(), tr("The scenario cannot be changed")};
    Scenario after = *m_ref.scenario();
    Expansion x;
    x.id = nextChildId(m_ref.session()->model().scenarios, &Scenario::expansions);
    QStringList names;
    for (const Expansion &existing : after.expansions)
        names << existing.name;
    for (int n = 1; x.name.isEmpty() || names.contains(x.name); ++n)
        x.name = tr("New expansion %1").arg(n);
    x.kind = ExpansionKind::PowerBlock;
    const std::vector<Hall> &halls = m_ref.session()->model().halls;
    x.hallId = halls.empty() ? kNoId : halls.front().id;
    x.powerKw = 100;
    after.expansions.push_back(x);
    const Status status = m_ref.commit(after, tr("Add expansion \"%1\"").arg(x.name));
    if (!status)
        return status.error();
    return x.id;
}

Status ExpansionTableModel::removeItem(Id id)
{
    if (!m_ref.isWritable())
        return Error{QString(), tr("The scenario cannot be changed")};
    return removeChild(m_ref, &Scenario::expansions, id, [&](const Expansion &x) {
        return tr("Remove expansion \"%1\"").arg(x.name);
    });
}

} // namespace hectare::ui
