#include "price_item_table_model.h"

#include "money_cell.h"

#include "growth/scenario_ref.h"
#include "models/cell_value.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace hectare::ui {
namespace {

constexpr std::array kKinds{PriceKind::Monthly, PriceKind::OneTime};
constexpr std::array kUnits{PriceUnit::Rack,     PriceUnit::HalfRack,     PriceUnit::QuarterRack, PriceUnit::SquareMetre,
                            PriceUnit::Kilowatt, PriceUnit::CrossConnect, PriceUnit::Hour,        PriceUnit::OneOff};

bool isNumberColumn(int column)
{
    return column == PriceItemTableModel::UnitPriceColumn || column == PriceItemTableModel::BandMinColumn
        || column == PriceItemTableModel::BandMaxColumn;
}

template<typename Enum, std::size_t N>
QVariantList choiceValues(const std::array<Enum, N> &values)
{
    QVariantList list;
    for (Enum v : values)
        list << int(v);
    return list;
}

template<typename Enum, std::size_t N>
QStringList choiceLabels(const std::array<Enum, N> &values)
{
    QStringList list;
    for (Enum v : values)
        list << PriceItemTableModel::displayName(v);
    return list;
}

QString kilowatts(double kw) { return QLocale().toString(kw, 'f', kw == std::trunc(kw) ? 0 : 1); }

} // namespace

PriceItemTableModel::PriceItemTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PriceItemTableModel::setItems(std::vector<PriceItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void PriceItemTableModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_items.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PriceItemTableModel::addItem()
{
    PriceItem item;
    for (const PriceItem &other : m_items)
        item.id = std::max(item.id, other.id);
    ++item.id;
    // Keys are what quotes refer to: a new one must not take an existing one.
    const auto taken = [this](const QString &key) {
        return std::any_of(m_items.begin(), m_items.end(), [&key](const PriceItem &i) { return i.key == key; });
    };
    for (int n = 1; item.key.isEmpty() || taken(item.key); ++n)
        item.key = QStringLiteral("item-%1").arg(n);
    item.name = tr("New item");
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_items.push_back(item);
    endInsertRows();
    return row;
}

void PriceItemTableModel::removeItem(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_items.erase(m_items.begin() + row);
    endRemoveRows();
}

int PriceItemTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }
int PriceItemTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PriceItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PriceItem &item = m_items[size_t(index.row())];
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == kChoiceLabelsRole)
        return column == KindColumn ? choiceLabels(kKinds) : column == UnitColumn ? choiceLabels(kUnits) : QVariant();
    if (role == kChoiceValuesRole)
        return column == KindColumn ? choiceValues(kKinds) : column == UnitColumn ? choiceValues(kUnits) : QVariant();
    if (role == Qt::EditRole) {
        switch (column) {
        case KeyColumn: return item.key;
        case NameColumn: return item.name;
        case KindColumn: return int(item.kind);
        case UnitColumn: return int(item.unit);
        case UnitPriceColumn: return QLocale().toString(item.unitPrice);   // edited as grouped
        case BandMinColumn: return item.densityBandMinKw;
        case BandMaxColumn: return item.densityBandMaxKw;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case KeyColumn: return item.key;
        case NameColumn: return item.name;
        case KindColumn: return displayName(item.kind);
        case UnitColumn: return displayName(item.unit);
        case UnitPriceColumn: return QLocale().toString(item.unitPrice);
        case BandMinColumn: return item.isBanded() ? kilowatts(item.densityBandMinKw) : QString();
        case BandMaxColumn:
            if (!item.isBanded())
                return QString();
            return item.densityBandMaxKw == 0 ? tr("no limit") : kilowatts(item.densityBandMaxKw);
        }
    }
    return {};
}

QVariant PriceItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isNumberColumn(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case KeyColumn: return tr("What quotes refer to: keep it when you rename the item");
        case KindColumn: return tr("Monthly recurring (MRC) or one-time (NRC)");
        case UnitPriceColumn: return tr("Whole francs CFA, before VAT; per month for a monthly item");
        case BandMinColumn:
        case BandMaxColumn:
            return tr("For committed power priced by density: the item applies above \"from\" and up to \"to\" "
                      "kW per rack (0: no upper limit). Leave both at 0 for an item without a band.");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Billed");
    case UnitColumn: return tr("Unit");
    case UnitPriceColumn: return tr("Unit price (F CFA)");
    case BandMinColumn: return tr("Band from (kW/rack)");
    case BandMaxColumn: return tr("Band to (kW/rack)");
    }
    return {};
}

Qt::ItemFlags PriceItemTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PriceItemTableModel::assign(PriceItem &item, int column, const QVariant &value) const
{
    switch (column) {
    case KeyColumn: item.key = value.toString().trimmed(); return true;
    case NameColumn: item.name = value.toString().trimmed(); return true;
    case KindColumn: {
        const std::optional<int> v = cellInteger(value);
        if (!v || std::find(kKinds.begin(), kKinds.end(), PriceKind(*v)) == kKinds.end())
            return false;
        item.kind = PriceKind(*v);
        return true;
    }
    case UnitColumn: {
        const std::optional<int> v = cellInteger(value);
        if (!v || std::find(kUnits.begin(), kUnits.end(), PriceUnit(*v)) == kUnits.end())
            return false;
        item.unit = PriceUnit(*v);
        return true;
    }
    case UnitPriceColumn: {
        const std::optional<qint64> francs = cellMoney(value);
        if (!francs)
            return false;
        item.unitPrice = *francs;
        return true;
    }
    case BandMinColumn:
    case BandMaxColumn: {
        const std::optional<double> kw = cellNumber(value);
        if (!kw || !std::isfinite(*kw))
            return false;
        (column == BandMinColumn ? item.densityBandMinKw : item.densityBandMaxKw) = *kw;
        return true;
    }
    }
    return false;
}

bool PriceItemTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || m_readOnly)
        return false;
    PriceItem &item = m_items[size_t(index.row())];
    PriceItem edited = item;
    if (!assign(edited, index.column(), value)) {
        const QString name = item.name.isEmpty() ? item.key : item.name;
        Q_EMIT editRejected(tr("Price book, item \"%1\": %2: cannot read \"%3\"")
                                .arg(name, fieldName(index.column()), value.toString()));
        return false;
    }
    if (edited == item)
        return true;
    item = edited;
    // A band's two ends are shown together: an item becomes banded or not by either.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

QString PriceItemTableModel::displayName(PriceKind kind)
{
    switch (kind) {
    case PriceKind::Monthly: return tr("monthly (MRC)");
    case PriceKind::OneTime: return tr("one-time (NRC)");
    }
    return {};
}

QString PriceItemTableModel::displayName(PriceUnit unit)
{
    switch (unit) {
    case PriceUnit::Rack: return tr("rack");
    case PriceUnit::HalfRack: return tr("half rack");
    case PriceUnit::QuarterRack: return tr("quarter rack");
    case PriceUnit::SquareMetre: return tr("m²");
    case PriceUnit::Kilowatt: return tr("kW");
    case PriceUnit::CrossConnect: return tr("cross-connect");
    case PriceUnit::Hour: return tr("hour");
    case PriceUnit::OneOff: return tr("one-off");
    }
    return {};
}

QString PriceItemTableModel::fieldName(int column)
{
    switch (column) {
    case KeyColumn: return tr("key");
    case NameColumn: return tr("name");
    case KindColumn: return tr("billed");
    case UnitColumn: return tr("unit");
    case UnitPriceColumn: return tr("unit price");
    case BandMinColumn: return tr("density band from (kW per rack)");
    case BandMaxColumn: return tr("density band to (kW per rack)");
    }
    return {};
}

} // namespace hectare::ui
