#include "term_discount_table_model.h"

#include "models/cell_value.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hectare::ui {
namespace {

constexpr int kStepMonths = 12;
constexpr int kMaxMonths = 120;

} // namespace

QString basisPointsText(int basisPoints)
{
    return QCoreApplication::translate("hectare::ui::Percent", "%1 %").arg(QLocale().toString(basisPoints / 100.0, 'f', 2));
}

TermDiscountTableModel::TermDiscountTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TermDiscountTableModel::setDiscounts(std::vector<PriceTermDiscount> discounts)
{
    beginResetModel();
    m_discounts = std::move(discounts);
    endResetModel();
}

void TermDiscountTableModel::setReadOnly(bool readOnly) { m_readOnly = readOnly; }

int TermDiscountTableModel::addDiscount()
{
    PriceTermDiscount discount;
    discount.months = 0;
    discount.basisPoints = 0;
    for (const PriceTermDiscount &d : m_discounts)
        if (d.months >= discount.months)
            discount = d;
    discount.months = std::min(discount.months + kStepMonths, kMaxMonths);
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_discounts.push_back(discount);
    endInsertRows();
    return row;
}

void TermDiscountTableModel::removeDiscount(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_discounts.erase(m_discounts.begin() + row);
    endRemoveRows();
}

int TermDiscountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_discounts.size());
}

int TermDiscountTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TermDiscountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PriceTermDiscount &d = m_discounts[size_t(index.row())];
    const bool months = index.column() == MonthsColumn;
    switch (role) {
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::EditRole: return months ? QVariant(d.months) : QVariant(d.basisPoints / 100.0);
    case Qt::DisplayRole: return months ? QLocale().toString(d.months) : basisPointsText(d.basisPoints);
    }
    return {};
}

QVariant TermDiscountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return section == MonthsColumn ? tr("The discount applies to terms of at least this many months")
                                       : tr("Off the monthly recurring charges; a longer term must not get less");
    if (role != Qt::DisplayRole)
        return {};
    return section == MonthsColumn ? tr("From (months)") : tr("Discount");
}

Qt::ItemFlags TermDiscountTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TermDiscountTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || m_readOnly)
        return false;
    PriceTermDiscount &d = m_discounts[size_t(index.row())];
    if (index.column() == MonthsColumn) {
        const std::optional<int> months = cellInteger(value);
        if (months) {
            d.months = *months;
            Q_EMIT dataChanged(index, index);
            return true;
        }
    } else {
        // Typed with or without the sign: "5", "5,25", "5,25 %".
        QVariant number = value;
        if (value.typeId() == QMetaType::QString)
            number = value.toString().remove(QLatin1Char('%')).trimmed();
        const std::optional<double> percent = cellNumber(number);
        if (percent && std::isfinite(*percent) && std::abs(*percent) < 1e6) {
            d.basisPoints = int(std::lround(*percent * 100));
            Q_EMIT dataChanged(index, index);
            return true;
        }
    }
    Q_EMIT editRejected(tr("Price book, term discount from %1 months: %2: cannot read \"%3\"")
                            .arg(QString::number(d.months),
                                 index.column() == MonthsColumn ? tr("months") : tr("discount"), value.toString()));
    return false;
}

} // namespace hectare::ui
