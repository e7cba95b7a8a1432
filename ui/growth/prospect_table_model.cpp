#include "prospect_table_model.h"

#include "growth_text.h"

#include "models/cell_value.h"
#include "models/table_roles.h"
#include "session/document_session.h"

#include <QLocale>

#include <algorithm>

namespace hectare::ui {
namespace {

bool isNumberColumn(int column)
{
    return column >= ProspectTableModel::RacksColumn && column <= ProspectTableModel::DrawRatioColumn;
}

bool isIntegerColumn(int column)
{
    return column == ProspectTableModel::RacksColumn || column == ProspectTableModel::SignMonthColumn
           || column == ProspectTableModel::SpreadColumn || column == ProspectTableModel::RampMonthsColumn;
}

int *integerField(Prospect &p, int column)
{
    switch (column) {
    case ProspectTableModel::RacksColumn: return &p.racks;
    case ProspectTableModel::SignMonthColumn: return &p.signMonth;
    case ProspectTableModel::SpreadColumn: return &p.signSpreadMonths;
    case ProspectTableModel::RampMonthsColumn: return &p.rampMonths;
    }
    return nullptr;
}

double *numberField(Prospect &p, int column)
{
    switch (column) {
    case ProspectTableModel::CommittedKwColumn: return &p.committedKw;
    case ProspectTableModel::ProbabilityColumn: return &p.probability;
    case ProspectTableModel::RampStartColumn: return &p.rampStartPct;
    case ProspectTableModel::DrawRatioColumn: return &p.drawRatio;
    }
    return nullptr;
}

} // namespace

ProspectTableModel::ProspectTableModel(QObject *parent) : RowSnapshotModel<ProspectRow>(parent) {}

void ProspectTableModel::setScenario(DocumentSession *session, Id scenarioId)
{
    if (m_ref.session())
        disconnect(m_ref.session(), nullptr, this, nullptr);
    m_ref.set(session, scenarioId);
    if (session) {
        connect(session, &DocumentSession::scenariosReset, this, &ProspectTableModel::refresh);
        connect(session, &DocumentSession::siteChanged, this, &ProspectTableModel::refresh);   // hall names
    }
    resetRows(currentRows());
}

std::vector<ProspectRow> ProspectTableModel::currentRows() const
{
    std::vector<ProspectRow> rows;
    const Scenario *scenario = m_ref.scenario();
    if (!scenario)
        return rows;
    for (const Prospect &p : scenario->prospects) {
        const Hall *hall = m_ref.session()->model().hall(p.hallId);
        rows.push_back({p.id, p, hall ? hall->name : QString(), scenario->start});
    }
    std::sort(rows.begin(), rows.end(), [](const ProspectRow &a, const ProspectRow &b) { return a.id < b.id; });
    return rows;
}

void ProspectTableModel::refresh() { replaceRows(currentRows()); }

int ProspectTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProspectTableModel::rawValue(const ProspectRow &row, int column) const
{
    const Prospect &p = row.prospect;
    switch (column) {
    case NameColumn: return p.name;
    case HallColumn: return p.hallId;
    case RacksColumn: return p.racks;
    case CommittedKwColumn: return p.committedKw;
    case ProbabilityColumn: return p.probability;
    case SignMonthColumn: return p.signMonth;
    case SpreadColumn: return p.signSpreadMonths;
    case RampStartColumn: return p.rampStartPct;
    case RampMonthsColumn: return p.rampMonths;
    case DrawRatioColumn: return p.drawRatio;
    case DualCordedColumn: return p.dualCorded;
    }
    return {};
}

QString ProspectTableModel::displayText(const ProspectRow &row, int column) const
{
    const QLocale locale;
    const Prospect &p = row.prospect;
    switch (column) {
    case NameColumn: return p.name;
    case HallColumn: return row.hallName.isEmpty() ? tr("any hall") : row.hallName;
    case RacksColumn: return p.racks == 0 ? tr("from kW") : locale.toString(p.racks);
    case CommittedKwColumn: return locale.toString(p.committedKw, 'f', 1);
    case ProbabilityColumn: return locale.toString(p.probability, 'f', 2);
    case SignMonthColumn: return monthOffsetText(row.start, p.signMonth);
    case SpreadColumn: return QString(QChar(0xb1)) + locale.toString(p.signSpreadMonths);
    case RampStartColumn: return locale.toString(p.rampStartPct, 'f', 0);
    case RampMonthsColumn: return locale.toString(p.rampMonths);
    case DrawRatioColumn: return locale.toString(p.drawRatio, 'f', 2);
    }
    return {};
}

QVariant ProspectTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProspectRow &row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return column == DualCordedColumn ? QVariant() : QVariant(displayText(row, column));
    case Qt::CheckStateRole:
        return column == DualCordedColumn ? QVariant(row.prospect.dualCorded ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    case Qt::ToolTipRole: return column <= HallColumn ? QVariant(displayText(row, column)) : QVariant();
    case Qt::EditRole:
    case kSortRole: return rawValue(row, column);
    case kIdRole: return row.id;
    case kChoiceLabelsRole:
    case kChoiceValuesRole: {
        if (column != HallColumn || !m_ref.session())
            return {};
        QStringList labels{tr("any hall")};
        QVariantList values{QVariant::fromValue(kNoId)};
        for (const Hall &hall : m_ref.session()->model().halls) {
            labels << hall.name;
            values << QVariant::fromValue(hall.id);
        }
        return role == kChoiceLabelsRole ? QVariant(labels) : QVariant(values);
    }
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant ProspectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isNumberColumn(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case HallColumn: return tr("The hall it goes to; any hall: the one with the most free power when it signs");
        case RacksColumn: return tr("Racks it takes; 0: its kW at the scenario's design kW per new rack");
        case ProbabilityColumn: return tr("Probability that it signs at all, 0 to 1");
        case SignMonthColumn: return tr("Expected month of signing, counted from the scenario's start");
        case SpreadColumn: return tr("It signs up to this many months before or after (a triangle)");
        case RampStartColumn: return tr("Share of the committed kW drawn when it signs");
        case RampMonthsColumn: return tr("Months until the full commitment is drawn");
        case DrawRatioColumn: return tr("Expected draw as a share of the ramped commitment");
        case DualCordedColumn: return tr("A and B feeds");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Prospect");
    case HallColumn: return tr("Hall");
    case RacksColumn: return tr("Racks");
    case CommittedKwColumn: return tr("Committed\nkW");
    case ProbabilityColumn: return tr("Probability");
    case SignMonthColumn: return tr("Sign\nmonth");
    case SpreadColumn: return tr("Spread\nmonths");
    case RampStartColumn: return tr("Ramp\nstart %");
    case RampMonthsColumn: return tr("Ramp\nmonths");
    case DrawRatioColumn: return tr("Draw\nratio");
    case DualCordedColumn: return tr("A+B");
    }
    return {};
}

Qt::ItemFlags ProspectTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_ref.isWritable())
        return f;
    return f | (index.column() == DualCordedColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

QString ProspectTableModel::fieldName(int column)
{
    switch (column) {
    case NameColumn: return tr("name");
    case HallColumn: return tr("hall");
    case RacksColumn: return tr("racks");
    case CommittedKwColumn: return tr("committed kW");
    case ProbabilityColumn: return tr("probability");
    case SignMonthColumn: return tr("sign month");
    case SpreadColumn: return tr("spread");
    case RampStartColumn: return tr("ramp start");
    case RampMonthsColumn: return tr("ramp months");
    case DrawRatioColumn: return tr("draw ratio");
    case DualCordedColumn: return tr("feeds");
    }
    return {};
}

std::optional<Prospect> ProspectTableModel::edited(const Prospect &prospect, int column, const QVariant &value) const
{
    Prospect p = prospect;
    if (column == NameColumn) {
        p.name = value.toString().trimmed();
    } else if (column == HallColumn) {
        bool ok = false;
        p.hallId = value.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    } else if (column == DualCordedColumn) {
        p.dualCorded = value.toInt() == Qt::Checked;
    } else if (isIntegerColumn(column)) {
        const std::optional<int> number = cellInteger(value);
        if (!number)
            return std::nullopt;
        *integerField(p, column) = *number;
    } else if (double *field = numberField(p, column)) {
        const std::optional<double> number = cellNumber(value);
        if (!number)
            return std::nullopt;
        *field = *number;
    }
    return p;
}

bool ProspectTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const bool checkEdit = index.column() == DualCordedColumn && role == Qt::CheckStateRole;
    if ((role != Qt::EditRole && !checkEdit) || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !m_ref.isWritable())
        return false;
    const std::optional<Status> status = editChild(
        m_ref, &Scenario::prospects, rowAt(index.row()).id, [&](Prospect &p) -> Result<QString> {
            const QString field = fieldName(index.column());
            const std::optional<Prospect> prospect = edited(p, index.column(), value);
            if (!prospect)
                return Error{QString(), tr("Prospect \"%1\": %2: cannot read \"%3\"").arg(p.name, field, value.toString())};
            const QString text = tr("Change prospect \"%1\" %2").arg(p.name, field);
            p = *prospect;
            return text;
        });
    if (status && !*status)
        Q_EMIT editRejected(status->error().text());
    return status && status->ok();
}

Result<Id> ProspectTableModel::addItem()
{
    if (!m_ref.isWritable())
        return Error{QString(), tr("The scenario cannot be changed")};
    Scenario after = *m_ref.scenario();
    Prospect p;
    p.id = nextChildId(m_ref.session()->model().scenarios, &Scenario::prospects);
    QStringList names;
    for (const Prospect &existing : after.prospects)
        names << existing.name;
    for (int n = 1; p.name.isEmpty() || names.contains(p.name); ++n)
        p.name = tr("New prospect %1").arg(n);
    p.racks = 1;
    p.committedKw = 5;
    after.prospects.push_back(p);
    const Status status = m_ref.commit(after, tr("Add prospect \"%1\"").arg(p.name));
    if (!status)
        return status.error();
    return p.id;
}

Status ProspectTableModel::removeItem(Id id)
{
    if (!m_ref.isWritable())
        return Error{QString(), tr("The scenario cannot be changed")};
    return removeChild(m_ref, &Scenario::prospects, id, [&](const Prospect &p) {
        return tr("Remove prospect \"%1\"").arg(p.name);
    });
}

} // namespace hectare::ui
