#include "reservations_panel.h"

#include "quote_filter_proxy.h"
#include "quote_pdf.h"
#include "quote_table_model.h"

#include "commands/quote_commands.h"
#include "models/table_roles.h"
#include "session/document_session.h"

#include "quoting/quote_csv.h"
#include "quoting/reservations.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace hectare::ui {

ReservationsPanel::ReservationsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reservationsPanel"));
    m_model = new QuoteTableModel(this);
    m_proxy = new QuoteFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_liveOnly = new QCheckBox(tr("&Live holds only"));
    m_liveOnly->setObjectName(QStringLiteral("liveHoldsOnly"));
    m_liveOnly->setToolTip(tr("Show only the reserved quotes that hold positions and kW today"));
    const auto button = [this](const QString &text, const QString &objectName, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(objectName);
        b->setToolTip(tip);
        return b;
    };
    m_reserve = button(tr("&Reserve"), QStringLiteral("reserveQuote"),
                       tr("Hold the quote's positions and kW until the end of its validity"));
    m_convert = button(tr("Co&nvert (signed)"), QStringLiteral("convertQuote"),
                       tr("The customer signed: create the contract and occupy the positions"));
    m_cancel = button(tr("&Cancel quote"), QStringLiteral("cancelQuote"),
                      tr("Withdraw the quote and release what it holds"));
    m_savePdf = button(tr("Save PDF or CSV…"), QStringLiteral("saveQuotePdf"),
                       tr("Write the quote for the customer as a PDF, or its lines and totals as CSV"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("quoteTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QuoteTableModel::NumberColumn, Qt::DescendingOrder);   // the newest first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QuoteTableModel::CustomerColumn, QHeaderView::Stretch);

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("quotesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);   // greyed, as an empty state reads
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *statusIcon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    statusIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_statusText = new QLabel;
    m_statusText->setObjectName(QStringLiteral("statusText"));
    m_statusText->setWordWrap(true);
    m_statusText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLine = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(m_statusLine);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(statusIcon, 0, Qt::AlignTop);
    statusLayout->addWidget(m_statusText, 1);
    m_statusLine->hide();

    auto *toolBar = new QHBoxLayout;
    toolBar->addWidget(m_liveOnly);
    toolBar->addStretch(1);
    toolBar->addWidget(m_reserve);
    toolBar->addWidget(m_convert);
    toolBar->addWidget(m_cancel);
    toolBar->addWidget(m_savePdf);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(toolBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_statusLine);

    connect(m_liveOnly, &QCheckBox::toggled, m_proxy, &QuoteFilterProxy::setLiveOnly);
    connect(m_reserve, &QPushButton::clicked, this, &ReservationsPanel::reserveSelected);
    connect(m_convert, &QPushButton::clicked, this, &ReservationsPanel::convertSelected);
    connect(m_cancel, &QPushButton::clicked, this, &ReservationsPanel::cancelSelected);
    connect(m_savePdf, &QPushButton::clicked, this, &ReservationsPanel::chooseAndSavePdf);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        Q_EMIT quoteSelected(currentQuoteId());
    });
    // Rows come and go with edits and with the filter; the status of the selected one may change.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReservationsPanel::refresh);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ReservationsPanel::refresh);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ReservationsPanel::refresh);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ReservationsPanel::refresh);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ReservationsPanel::refresh);
    refresh();
}

ReservationsPanel::~ReservationsPanel() = default;

void ReservationsPanel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    clearRejection();
    m_model->setSession(session);
    if (m_session)
        // A change that went through makes the last refusal old news.
        connect(m_session, &DocumentSession::quotesReset, this, &ReservationsPanel::clearRejection);
    refresh();
}

QString ReservationsPanel::statusText() const { return m_statusLine->isHidden() ? QString() : m_statusText->text(); }

Id ReservationsPanel::currentQuoteId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? kNoId : rows.front().data(kIdRole).value<Id>();
}

bool ReservationsPanel::selectQuote(Id quoteId)
{
    const int sourceRow = m_model->rowOfId(quoteId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_liveOnly->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

int ReservationsPanel::liveHoldCount() const
{
    return m_session ? int(liveHolds(m_session->model(), m_session->asOf()).size()) : 0;
}

Status ReservationsPanel::run(Status status)
{
    if (!status)
        showRejection(status.error().text());
    return status;
}

Status ReservationsPanel::reserveSelected()
{
    if (!m_session || currentQuoteId() == kNoId)
        return {};
    return run(QuoteCommands::execute(m_session, QuoteCommands::reserve(m_session, currentQuoteId())));
}

Status ReservationsPanel::convertSelected()
{
    if (!m_session || currentQuoteId() == kNoId)
        return {};
    return run(QuoteCommands::execute(m_session, QuoteCommands::convert(m_session, currentQuoteId())));
}

Status ReservationsPanel::cancelSelected()
{
    if (!m_session || currentQuoteId() == kNoId)
        return {};
    return run(QuoteCommands::execute(m_session, QuoteCommands::cancel(m_session, currentQuoteId())));
}

namespace {

// The quote's lines and totals as CSV (core/quoting/quote_csv.h), written whole or not at all.
Status writeQuoteCsvFile(const Quote &quote, const QString &path)
{
    Result<QByteArray> csv = quoteCsv(quote);
    if (!csv)
        return csv.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.value()) != csv->size() || !file.commit())
        return Error{QDir::toNativeSeparators(path), file.errorString()};
    return {};
}

} // namespace

Status ReservationsPanel::savePdf(const QString &path)
{
    const Quote *quote = m_session ? m_session->model().quote(currentQuoteId()) : nullptr;
    if (!quote)
        return {};
    const Status status = run(path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
                                  ? writeQuoteCsvFile(*quote, path)
                                  : writeQuotePdf(m_session->model(), *quote, path));
    if (status)
        Q_EMIT pdfSaved(path);
    return status;
}

void ReservationsPanel::chooseAndSavePdf()
{
    const Quote *quote = m_session ? m_session->model().quote(currentQuoteId()) : nullptr;
    if (!quote)
        return;
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the quote"), quote->number + QStringLiteral(".pdf"),
                                                tr("PDF files (*.pdf);;CSV files (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const bool csv = filter.contains(QStringLiteral("*.csv")) || path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    const QString suffix = csv ? QStringLiteral(".csv") : QStringLiteral(".pdf");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    savePdf(path);
}

void ReservationsPanel::refresh()
{
    if (!m_session)
        m_empty->setText(tr("No document"));
    else if (m_model->rowCount() == 0)
        m_empty->setText(tr("No quotes yet in this document"));
    else
        m_empty->setText(tr("No quote holds positions today"));
    m_stack->setCurrentWidget(m_proxy->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    updateActions();
    const int live = liveHoldCount();
    if (live != m_liveCount) {
        m_liveCount = live;
        Q_EMIT liveHoldCountChanged(live);
    }
}

void ReservationsPanel::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool selected = m_session && !rows.isEmpty();
    const auto status = selected ? QuoteStatus(rows.front().data(QuoteTableModel::kStatusRole).toInt())
                                 : QuoteStatus::Cancelled;
    const bool open = selected && (status == QuoteStatus::Issued || status == QuoteStatus::Reserved);
    const bool writable = m_session && !m_session->isReadOnly();
    m_reserve->setEnabled(writable && selected && status == QuoteStatus::Issued);
    m_convert->setEnabled(writable && open);
    m_cancel->setEnabled(writable && open);
    m_savePdf->setEnabled(selected);
}

void ReservationsPanel::showRejection(const QString &message)
{
    m_statusText->setText(message);
    m_statusLine->show();
    Q_EMIT editRejected(message);
}

void ReservationsPanel::clearRejection()
{
    m_statusText->clear();
    m_statusLine->hide();
}

} // namespace hectare::ui
