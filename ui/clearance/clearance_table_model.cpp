#include "clearance_table_model.h"

#include "plan/layout_colours.h"
#include "plan/plan_shapes.h"

namespace hectare::ui {

ClearanceTableModel::ClearanceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClearanceTableModel::setViolations(std::vector<ClearanceViolation> violations, QHash<Id, QString> hallNames)
{
    beginResetModel();
    m_violations = std::move(violations);
    m_hallNames = std::move(hallNames);
    endResetModel();
}

const ClearanceViolation *ClearanceTableModel::violationAt(int row) const
{
    return row >= 0 && row < int(m_violations.size()) ? &m_violations[std::size_t(row)] : nullptr;
}

int ClearanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_violations.size());
}

int ClearanceTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ClearanceTableModel::data(const QModelIndex &index, int role) const
{
    const ClearanceViolation *violation = violationAt(index.row());
    if (!violation)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case HallColumn: return m_hallNames.value(violation->hallId);
        case RuleColumn: return displayName(violation->rule);
        case ProblemColumn: return violation->message;
        case MeasuredColumn: return metresText(violation->measuredM);
        case RequiredColumn: return metresText(violation->requiredM);
        }
        break;
    case Qt::ToolTipRole:
        return violation->message;
    case Qt::TextAlignmentRole:
        if (column == MeasuredColumn || column == RequiredColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == MeasuredColumn)
            return violationColour();   // the figure that breaks the rule
        break;
    case kMetresRole:
        if (column == MeasuredColumn)
            return violation->measuredM;
        if (column == RequiredColumn)
            return violation->requiredM;
        break;
    default:
        break;
    }
    return {};
}

QVariant ClearanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HallColumn: return tr("Hall");
    case RuleColumn: return tr("Rule");
    case ProblemColumn: return tr("Objects");
    case MeasuredColumn: return tr("Measured");
    case RequiredColumn: return tr("Required");
    }
    return {};
}

} // namespace hectare::ui
