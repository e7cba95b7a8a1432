#include "availability_table_model.h"

#include "reliability_colours.h"

#include "models/table_roles.h"

#include <QFont>
#include <QLocale>

namespace hectare::ui {
namespace {

using reliability::AvailabilityRow;

// Downtime hours from a few minutes to days a year, to the digits that mean something.
QString hoursText(double hours)
{
    const int decimals = hours >= 10 ? 1 : hours >= 0.1 ? 2 : 3;
    return QLocale().toString(hours, 'f', decimals);
}

QString percentText(double share, int decimals)
{
    return AvailabilityTableModel::tr("%1 %", "percent").arg(QLocale().toString(share * 100, 'f', decimals));
}

} // namespace

AvailabilityTableModel::AvailabilityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AvailabilityTableModel::setResult(const reliability::SiteAvailability &result)
{
    beginResetModel();
    m_rows.clear();
    m_rows.push_back(result.site);
    m_rows.insert(m_rows.end(), result.halls.begin(), result.halls.end());
    m_rows.insert(m_rows.end(), result.tenants.begin(), result.tenants.end());
    endResetModel();
}

void AvailabilityTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int AvailabilityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AvailabilityTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AvailabilityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AvailabilityRow &row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(row, column);
    case kSortRole: return value(row, column);
    case kIdRole: return QVariant::fromValue(row.id);
    case Qt::TextAlignmentRole:
        if (column >= ItKwColumn && column <= InterruptionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return column == Tier3Column ? QVariant::fromValue(Qt::AlignCenter) : QVariant();
    case Qt::ForegroundRole:
        if (column == Tier3Column)
            return row.meetsTier3() ? reliabilityColours::meets() : reliabilityColours::misses();
        return {};
    case Qt::BackgroundRole:
        if (column == Tier3Column) {
            QColor tint = row.meetsTier3() ? reliabilityColours::meets() : reliabilityColours::misses();
            tint.setAlpha(36);
            return tint;
        }
        return {};
    case Qt::FontRole:
        if (row.kind == AvailabilityRow::Kind::Site || column == Tier3Column) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == AvailabilityColumn)
            return tr("± %1 (one standard error, from the spread between simulated years)")
                .arg(percentText(row.figures.availabilitySigma(), 5));
        if (column == MeanDowntimeColumn)
            return tr("± %1 h a year (one standard error)").arg(hoursText(row.figures.downtimeSigma));
        return {};
    default: return {};
    }
}

QVariant AvailabilityTableModel::display(const AvailabilityRow &row, int column) const
{
    const QLocale locale;
    const reliability::AvailabilityFigures &f = row.figures;
    switch (column) {
    case ScopeColumn:
        switch (row.kind) {
        case AvailabilityRow::Kind::Site: return tr("Site");
        case AvailabilityRow::Kind::Hall: return tr("Hall");
        case AvailabilityRow::Kind::Tenant: return tr("Tenant");
        }
        return {};
    case NameColumn: return row.name;
    case ItKwColumn: return locale.toString(row.itKw, 'f', 1);
    case RacksColumn: return locale.toString(row.racks);
    case AvailabilityColumn: return percentText(f.availability, 4);
    case MeanDowntimeColumn: return hoursText(f.downtimeHoursPerYear);
    case P90DowntimeColumn: return hoursText(f.downtimeP90Hours);
    case NoOutageYearColumn: return percentText(f.noOutageYearShare, 1);
    case InterruptionsColumn: return locale.toString(f.interruptionsPerYear, 'f', 3);
    case Tier3Column: return row.meetsTier3() ? tr("Meets") : tr("Below");
    default: return {};
    }
}

QVariant AvailabilityTableModel::value(const AvailabilityRow &row, int column) const
{
    const reliability::AvailabilityFigures &f = row.figures;
    switch (column) {
    case ItKwColumn: return row.itKw;
    case RacksColumn: return row.racks;
    case AvailabilityColumn: return f.availability;
    case MeanDowntimeColumn: return f.downtimeHoursPerYear;
    case P90DowntimeColumn: return f.downtimeP90Hours;
    case NoOutageYearColumn: return f.noOutageYearShare;
    case InterruptionsColumn: return f.interruptionsPerYear;
    case Tier3Column: return row.meetsTier3();
    default: return display(row, column);
    }
}

QVariant AvailabilityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AvailabilityColumn: return tr("1 − mean downtime / 8,760 h: the share of the time every rack has power and cooling");
        case MeanDowntimeColumn: return tr("Hours a year with at least one rack without power or cooling, on average");
        case P90DowntimeColumn: return tr("Nine simulated years in ten have less downtime than this");
        case NoOutageYearColumn: return tr("The share of simulated years without any outage");
        case InterruptionsColumn: return tr("Separate outages a year, on average");
        case Tier3Column: return tr("Uptime Institute's Tier III figure: 99.982 %, about 1.6 hours of downtime a year");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ScopeColumn: return tr("Scope");
    case NameColumn: return tr("Name");
    case ItKwColumn: return tr("IT kW");
    case RacksColumn: return tr("Racks");
    case AvailabilityColumn: return tr("Availability");
    case MeanDowntimeColumn: return tr("Downtime, mean (h/yr)");
    case P90DowntimeColumn: return tr("Downtime, P90 (h/yr)");
    case NoOutageYearColumn: return tr("Years without outage");
    case InterruptionsColumn: return tr("Interruptions/yr");
    case Tier3Column: return tr("Tier III (99.982 %)");
    default: return {};
    }
}

} // namespace hectare::ui
