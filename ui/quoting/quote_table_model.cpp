#include "quote_table_model.h"

#include "quote_positions.h"

#include "models/cell_value.h"
#include "models/table_roles.h"
#include "session/document_session.h"

#include "quoting/money_format.h"
#include "quoting/quote_builder.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace hectare::ui {
namespace {

// A held reservation reads as "taken, for now": the amber of a reserved rack on the plan, light.
const QColor kLiveBackground(0xff, 0xf0, 0xc8);
const QColor kLiveText(0x20, 0x20, 0x20);
const QColor kClosedText(0x80, 0x80, 0x80);

bool isNumberColumn(int column)
{
    return column == QuoteTableModel::KwColumn || column == QuoteTableModel::TotalColumn
        || column == QuoteTableModel::DaysLeftColumn;
}

bool isClosed(QuoteStatus status)
{
    return status == QuoteStatus::Cancelled || status == QuoteStatus::Expired;
}

QString dateText(QDate date) { return date.isValid() ? QLocale().toString(date, shortDateFormat()) : QString(); }

QuoteRow quoteRowOf(const SiteModel &model, const Quote &quote, QDate asOf)
{
    QuoteRow row;
    row.id = quote.id;
    row.quote = quote;
    if (const Hall *hall = model.hall(quote.hallId))
        row.hallName = hall->name;
    row.positions = quotePositionsText(model, quote);
    if (const Result<QuoteTotals> totals = quoteTotals(quote))
        row.totalIncVat = totals.value().totalIncVat;
    row.live = holdsCapacity(quote, asOf);
    row.shownStatus = hasLapsed(quote, asOf) ? QuoteStatus::Expired : quote.status;
    const bool open = row.shownStatus == QuoteStatus::Issued || row.shownStatus == QuoteStatus::Reserved;
    if (open && quote.validUntil.isValid())
        row.daysLeft = asOf.daysTo(quote.validUntil);
    return row;
}

QVariant sortValue(const QuoteRow &row, int column)
{
    const Quote &q = row.quote;
    switch (column) {
    case QuoteTableModel::NumberColumn: return q.number;
    case QuoteTableModel::CustomerColumn: return q.customer;
    case QuoteTableModel::HallColumn: return row.hallName;
    case QuoteTableModel::PositionsColumn: return row.positions;
    case QuoteTableModel::KwColumn: return q.requirement.committedKw();
    case QuoteTableModel::TotalColumn: return row.totalIncVat ? QVariant(*row.totalIncVat) : QVariant(-1);
    case QuoteTableModel::IssuedColumn: return q.issued;
    case QuoteTableModel::ValidUntilColumn: return q.validUntil;
    case QuoteTableModel::DaysLeftColumn: return row.daysLeft ? QVariant(*row.daysLeft) : QVariant(-1);
    case QuoteTableModel::StatusColumn: return displayName(row.shownStatus);
    }
    return {};
}

} // namespace

QuoteTableModel::QuoteTableModel(QObject *parent) : RowSnapshotModel<QuoteRow>(parent) {}

void QuoteTableModel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DocumentSession::quotesReset, this, &QuoteTableModel::refresh);
        // Hall and position names show in the table too.
        connect(m_session, &DocumentSession::layoutChanged, this, &QuoteTableModel::refresh);
    }
    resetRows(currentRows());
}

std::vector<QuoteRow> QuoteTableModel::currentRows() const
{
    std::vector<QuoteRow> rows;
    if (!m_session)
        return rows;
    const SiteModel &model = m_session->model();
    rows.reserve(model.quotes.size());
    for (const Quote &quote : model.quotes)
        rows.push_back(quoteRowOf(model, quote, m_session->asOf()));
    return rows;
}

void QuoteTableModel::refresh() { replaceRows(currentRows()); }

const QuoteRow *QuoteTableModel::quoteRow(int row) const
{
    return row >= 0 && row < rowCount() ? &rowAt(row) : nullptr;
}

int QuoteTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant QuoteTableModel::rawValue(const QuoteRow &row, int column) const
{
    // The highlight of a live hold is on every cell: a change of it repaints the whole row.
    return QVariantList{sortValue(row, column), displayValue(row, column), row.live};
}

QVariant QuoteTableModel::displayValue(const QuoteRow &row, int column) const
{
    const Quote &q = row.quote;
    switch (column) {
    case NumberColumn: return q.number;
    case CustomerColumn: return q.customer;
    case HallColumn: return row.hallName;
    case PositionsColumn: return row.positions;
    case KwColumn: return QLocale().toString(q.requirement.committedKw(), 'f', 1);
    case TotalColumn: return row.totalIncVat ? formatXof(*row.totalIncVat) : tr("does not add up");
    case IssuedColumn: return dateText(q.issued);
    case ValidUntilColumn: return dateText(q.validUntil);
    case DaysLeftColumn:
        if (!row.daysLeft)
            return QString();
        return *row.daysLeft == 0 ? tr("last day") : QLocale().toString(*row.daysLeft);
    case StatusColumn: return displayName(row.shownStatus);
    }
    return {};
}

QString QuoteTableModel::statusToolTip(const QuoteRow &row) const
{
    const Quote &q = row.quote;
    if (row.live)
        return tr("Holds its positions and kW until the end of %1").arg(dateText(q.validUntil));
    if (row.shownStatus == QuoteStatus::Expired && q.status != QuoteStatus::Expired)
        return tr("Its validity ended on %1: it holds nothing, and the file records it as expired at its next change")
            .arg(dateText(q.validUntil));
    if (q.status == QuoteStatus::Issued)
        return tr("Priced and sent: holds nothing until reserved");
    return {};
}

QVariant QuoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QuoteRow &row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayValue(row, column);
    case kSortRole: return sortValue(row, column);
    case kIdRole: return row.id;
    case kLiveRole: return row.live;
    case kStatusRole: return int(row.shownStatus);
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::BackgroundRole: return row.live ? QVariant(kLiveBackground) : QVariant();
    case Qt::ForegroundRole:
        if (row.live)
            return kLiveText;
        return isClosed(row.shownStatus) ? QVariant(kClosedText) : QVariant();
    case Qt::FontRole:
        if (row.live && column == StatusColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn || column == DaysLeftColumn)
            return statusToolTip(row);
        if (column == PositionsColumn)
            return row.positions;
        return {};
    }
    return {};
}

QVariant QuoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isNumberColumn(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case KwColumn: return tr("Committed kW: racks × kW per rack");
        case TotalColumn: return tr("Over the whole term: one-time and monthly charges, discount, escalator and VAT");
        case DaysLeftColumn: return tr("Days until the quote, and its hold, lapse");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Quote");
    case CustomerColumn: return tr("Customer");
    case HallColumn: return tr("Hall");
    case PositionsColumn: return tr("Positions");
    case KwColumn: return tr("kW");
    case TotalColumn: return tr("Total incl. VAT");
    case IssuedColumn: return tr("Issued");
    case ValidUntilColumn: return tr("Valid until");
    case DaysLeftColumn: return tr("Days left");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace hectare::ui
