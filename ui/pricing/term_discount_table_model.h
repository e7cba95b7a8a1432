#pragma once

#include "model/price_book.h"

#include <QAbstractTableModel>

#include <vector>

namespace hectare::ui {

// The price book's term discounts as the price-book dialog edits them (a working copy): from
// how many months of commitment, how much off the monthly charges. The discount is stored in
// basis points and shown and edited as a percentage with two decimals ("5,00 %"); Edit role:
// months int, discount double (percent). Core's validation says what is allowed on OK.
class TermDiscountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MonthsColumn, DiscountColumn, ColumnCount };

    explicit TermDiscountTableModel(QObject *parent = nullptr);

    void setDiscounts(std::vector<PriceTermDiscount> discounts);
    const std::vector<PriceTermDiscount> &discounts() const { return m_discounts; }
    void setReadOnly(bool readOnly);

    // Appends a step 12 months after the longest one (at most 120) with its discount; returns its row.
    int addDiscount();
    void removeDiscount(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRejected(const QString &message);

private:
    std::vector<PriceTermDiscount> m_discounts;
    bool m_readOnly = false;
};

// Basis points as a percentage in the user's locale with two decimals: 1800 → "18,00 %" in French.
QString basisPointsText(int basisPoints);

} // namespace hectare::ui
