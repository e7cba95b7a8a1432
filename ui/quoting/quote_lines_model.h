#pragma once

#include "model/quote.h"
#include "quoting/money.h"

#include <QAbstractTableModel>

#include <vector>

namespace hectare::ui {

// A quote's priced lines as the customer will read them: item, monthly (MRC) or one-time (NRC),
// quantity, unit price and amount, in francs formatted for the user's locale. The amounts are
// core's (QuoteTotals::lineAmounts), never multiplied here.
class QuoteLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, KindColumn, QuantityColumn, UnitPriceColumn, AmountColumn, ColumnCount };

    explicit QuoteLinesModel(QObject *parent = nullptr);

    // `amounts` in the order of `lines` (QuoteTotals::lineAmounts).
    void setLines(std::vector<QuoteLineRecord> lines, std::vector<Money> amounts);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<QuoteLineRecord> m_lines;
    std::vector<Money> m_amounts;
};

} // namespace hectare::ui
