#pragma once

#include "model/price_book.h"

#include <QAbstractTableModel>

#include <vector>

namespace hectare::ui {

// The price book's items as the price-book dialog edits them: a working copy, written to the
// document only when the dialog's OK goes through core. Key and name are text; kind and unit are
// chosen from lists (Edit role: int of the enum, with kChoiceLabelsRole / kChoiceValuesRole for
// ChoiceItemDelegate); the unit price is whole francs CFA, shown grouped as the locale groups
// digits ("450 000") and read back with or without the grouping; the density band in kW per rack.
// Any number is taken, a negative price too: core's validation says what is allowed, naming the
// item. Text that is not a number is refused with editRejected(message).
class PriceItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, NameColumn, KindColumn, UnitColumn, UnitPriceColumn, BandMinColumn, BandMaxColumn,
                  ColumnCount };

    explicit PriceItemTableModel(QObject *parent = nullptr);

    void setItems(std::vector<PriceItem> items);
    const std::vector<PriceItem> &items() const { return m_items; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Appends a monthly per-rack item at 0 F CFA with a free key and id; returns its row.
    int addItem();
    void removeItem(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString displayName(PriceKind kind);
    static QString displayName(PriceUnit unit);
    // The field a column edits, as messages name it ("unit price").
    static QString fieldName(int column);

Q_SIGNALS:
    void editRejected(const QString &message);

private:
    bool assign(PriceItem &item, int column, const QVariant &value) const;

    std::vector<PriceItem> m_items;
    bool m_readOnly = false;
};

} // namespace hectare::ui
