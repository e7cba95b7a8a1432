#pragma once

#include "models/row_snapshot_model.h"

#include "model/quote.h"
#include "quoting/money.h"

#include <QPointer>

#include <optional>

namespace hectare::ui {

class DocumentSession;

// One quote as the Quotes dock shows it, at the session's date.
struct QuoteRow
{
    Id id = kNoId;
    Quote quote;
    QString hallName;
    QString positions;
    std::optional<Money> totalIncVat;   // nullopt when the frozen lines do not add up (shown as such)
    QuoteStatus shownStatus = QuoteStatus::Issued;   // Expired as soon as it has lapsed
    bool live = false;                  // holds its positions and kW now
    std::optional<qint64> daysLeft;     // for an open quote: days until its validity ends (0: last day)
};

// The document's quotes, read-only: number, customer, hall, positions, committed kW, total
// including VAT (core's quoteTotals on the frozen lines), issued, valid until, days left and
// status. A quote whose validity passed shows as expired even before the file records it
// (hasLapsed at the session's date); live holds are highlighted. Follows quotesReset.
class QuoteTableModel : public RowSnapshotModel<QuoteRow>
{
    Q_OBJECT

public:
    enum Column { NumberColumn, CustomerColumn, HallColumn, PositionsColumn, KwColumn, TotalColumn, IssuedColumn,
                  ValidUntilColumn, DaysLeftColumn, StatusColumn, ColumnCount };
    // True on every cell of a quote that holds capacity now.
    static constexpr int kLiveRole = Qt::UserRole + 2;
    // int(QuoteStatus) as shown, on every cell.
    static constexpr int kStatusRole = Qt::UserRole + 3;

    explicit QuoteTableModel(QObject *parent = nullptr);

    // nullptr empties the table.
    void setSession(DocumentSession *session);
    const QuoteRow *quoteRow(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant rawValue(const QuoteRow &row, int column) const override;

private:
    std::vector<QuoteRow> currentRows() const;
    void refresh();
    QVariant displayValue(const QuoteRow &row, int column) const;
    QString statusToolTip(const QuoteRow &row) const;

    QPointer<DocumentSession> m_session;
};

} // namespace hectare::ui
