#include "quote_lines_model.h"

#include "quoting/money_format.h"

#include <QLocale>

namespace hectare::ui {

QuoteLinesModel::QuoteLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

void QuoteLinesModel::setLines(std::vector<QuoteLineRecord> lines, std::vector<Money> amounts)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_amounts = std::move(amounts);
    m_amounts.resize(m_lines.size());
    endResetModel();
}

void QuoteLinesModel::clear() { setLines({}, {}); }

int QuoteLinesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_lines.size()); }

int QuoteLinesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant QuoteLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_lines.size()))
        return {};
    const QuoteLineRecord &line = m_lines[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == QuantityColumn || index.column() == UnitPriceColumn
                            || index.column() == AmountColumn;
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == KindColumn)
        return line.monthly ? tr("Billed every month of the term") : tr("Billed once, at the start");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ItemColumn: return line.label;
    case KindColumn: return line.monthly ? tr("Monthly") : tr("One-time");
    case QuantityColumn: return QLocale().toString(line.quantity);
    case UnitPriceColumn: return formatXof(line.unitPrice);
    case AmountColumn: return formatXof(m_amounts[std::size_t(index.row())]);
    default: return {};
    }
}

QVariant QuoteLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn: return tr("Item");
    case KindColumn: return tr("Billing");
    case QuantityColumn: return tr("Qty");
    case UnitPriceColumn: return tr("Unit price");
    case AmountColumn: return tr("Amount");
    default: return {};
    }
}

} // namespace hectare::ui
