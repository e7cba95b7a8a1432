#include "quote_dialog.h"

#include "placement_list_model.h"
#include "quote_dialog_forecast.h"
#include "quote_dialog_price.h"
#include "quote_dialog_requirement.h"
#include "quote_dialog_shortage.h"
#include "quote_pdf.h"

#include "commands/quote_commands.h"
#include "session/document_session.h"

#include "quoting/quote_builder.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hectare::ui {
namespace {

// Long enough to let a salesperson type "12" without placing 1 rack first, short enough to feel live.
constexpr int kDebounceMs = 250;

QColor errorColour() { return QColor(0xc0, 0x2a, 0x24); }

// "Q-2026-0001 Acme Telecom.pdf", without the characters file systems refuse.
QString pdfFileName(const Quote &quote)
{
    QString name = quote.number + QLatin1Char(' ') + quote.customer;
    for (QChar &c : name) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('-');
    }
    return name.trimmed() + QStringLiteral(".pdf");
}

} // namespace

QuoteDialog::QuoteDialog(DocumentSession &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("quoteDialog"));
    setWindowTitle(tr("New Quote"));

    m_form = new QuoteRequirementForm(session.asOf(), this);
    m_form->setPriceBook(session.model().priceBook);
    auto *requirementBox = new QGroupBox(tr("Requirement"), this);
    auto *requirementLayout = new QVBoxLayout(requirementBox);
    requirementLayout->addWidget(m_form);
    requirementLayout->addStretch(1);

    QWidget *placementBox = createPlacementBox();

    m_price = new QuotePricePanel(this);
    auto *priceBox = new QGroupBox(tr("Price (F CFA, excluding VAT unless stated)"), this);
    auto *priceLayout = new QVBoxLayout(priceBox);
    priceLayout->addWidget(m_price);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("quoteSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(placementBox);
    splitter->addWidget(priceBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("issueStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issue = new QPushButton(tr("&Issue Quote"), this);
    m_issue->setObjectName(QStringLiteral("issueQuote"));
    m_issue->setDefault(true);
    m_issueReserve = new QPushButton(tr("Issue &and Reserve"), this);
    m_issueReserve->setObjectName(QStringLiteral("issueAndReserve"));
    m_savePdf = new QPushButton(tr("Sa&ve PDF…"), this);
    m_savePdf->setObjectName(QStringLiteral("saveQuotePdf"));
    m_savePdf->setToolTip(tr("Write the issued quote for the customer as a PDF"));
    m_savePdf->setEnabled(false);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeQuoteDialog"));
    close->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_savePdf);
    buttons->addWidget(m_issueReserve);
    buttons->addWidget(m_issue);
    buttons->addWidget(close);

    auto *columns = new QHBoxLayout;
    columns->addWidget(requirementBox);
    columns->addWidget(splitter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    // The requirement top to bottom, then the candidates, then the actions.
    auto *lastInput = m_form->findChild<QWidget *>(QStringLiteral("costPerKwSpin"));
    QWidget::setTabOrder(lastInput, m_candidateTable);
    QWidget::setTabOrder(m_candidateTable, m_refusals);
    QWidget::setTabOrder(m_refusals, m_forecast->refreshButton());
    QWidget::setTabOrder(m_forecast->refreshButton(), m_issue);
    QWidget::setTabOrder(m_issue, m_issueReserve);
    QWidget::setTabOrder(m_issueReserve, m_savePdf);
    QWidget::setTabOrder(m_savePdf, close);

    m_debounce = new QTimer(this);
    m_debounce->setObjectName(QStringLiteral("placementDebounce"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &QuoteDialog::refresh);
    connect(m_form, &QuoteRequirementForm::changed, this, &QuoteDialog::requirementChanged);
    connect(m_forecast, &QuoteForecast::resultChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_forecast, &QuoteForecast::refreshRequested, this, [this] { m_forecast->start(m_session.model()); });
    connect(&session, &DocumentSession::capacityChanged, this, &QuoteDialog::documentChanged);
    connect(m_issue, &QPushButton::clicked, this, [this] { issue(false); });
    connect(m_issueReserve, &QPushButton::clicked, this, [this] { issue(true); });
    connect(m_savePdf, &QPushButton::clicked, this, &QuoteDialog::savePdf);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    m_forecast->start(session.model());
    refresh();
    if (auto *customer = m_form->findChild<QLineEdit *>(QStringLiteral("customerEdit")))
        customer->setFocus();

    QSize size(1240, 880);
    if (const QScreen *screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
}

QuoteDialog::~QuoteDialog() = default;

QWidget *QuoteDialog::createPlacementBox()
{
    auto *box = new QGroupBox(tr("Where it fits"), this);
    m_forecast = new QuoteForecast(box);
    m_basis = new QLabel(box);
    m_basis->setObjectName(QStringLiteral("placementBasis"));
    m_basis->setWordWrap(true);

    m_candidates = new PlacementListModel(this);
    m_candidateTable = new QTableView(box);
    m_candidateTable->setObjectName(QStringLiteral("candidateTable"));
    m_candidateTable->setModel(m_candidates);
    m_candidateTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidateTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_candidateTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_candidateTable->setWordWrap(false);
    m_candidateTable->verticalHeader()->hide();
    m_candidateTable->verticalHeader()->setDefaultSectionSize(m_candidateTable->fontMetrics().height() + 8);
    m_candidateTable->horizontalHeader()->setHighlightSections(false);
    m_candidateTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_candidateTable->horizontalHeader()->setSectionResizeMode(PlacementListModel::PositionsColumn, QHeaderView::Stretch);
    m_candidateTable->setMinimumHeight(m_candidateTable->verticalHeader()->defaultSectionSize() * 4);
    connect(m_candidateTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelectedCandidate(); });

    m_reasons = new QLabel;
    m_reasons->setObjectName(QStringLiteral("candidateReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A wrapped label asks for less height than it needs in a short dialog: let it scroll instead
    // of spilling over the table.
    m_reasonsArea = new QScrollArea(box);
    m_reasonsArea->setObjectName(QStringLiteral("candidateReasonsArea"));
    m_reasonsArea->setWidget(m_reasons);
    m_reasonsArea->setWidgetResizable(true);
    m_reasonsArea->setFrameShape(QFrame::NoFrame);
    m_reasonsArea->setFocusPolicy(Qt::NoFocus);
    m_reasonsArea->viewport()->setAutoFillBackground(false);   // reads as part of the box, not a field
    m_reasonsArea->setMinimumHeight(m_reasons->fontMetrics().lineSpacing() * 3);

    m_placementMessage = new QLabel(box);
    m_placementMessage->setObjectName(QStringLiteral("placementMessage"));
    m_placementMessage->setWordWrap(true);
    m_placementMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_placementMessage->palette();
    palette.setColor(QPalette::WindowText, errorColour());
    m_placementMessage->setPalette(palette);
    m_placementMessage->hide();

    auto *refusalsLabel = new QLabel(tr("Halls that cannot take it:"), box);
    m_refusals = new QListWidget(box);
    m_refusals->setObjectName(QStringLiteral("refusalList"));
    m_refusals->setWordWrap(true);
    m_refusals->setSpacing(3);   // one hall from the next
    m_refusals->setSelectionMode(QAbstractItemView::NoSelection);
    m_refusals->setMinimumHeight(m_refusals->fontMetrics().height() * 3);
    refusalsLabel->setBuddy(m_refusals);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_forecast);
    layout->addWidget(m_basis);
    layout->addWidget(m_candidateTable, 2);
    layout->addWidget(m_placementMessage);
    layout->addWidget(m_reasonsArea, 1);
    layout->addWidget(refusalsLabel);
    layout->addWidget(m_refusals, 1);
    return box;
}

void QuoteDialog::requirementChanged()
{
    if (m_issuedCurrent)
        m_issue->setDefault(true);   // Save PDF was the default while the issued quote was on screen
    m_issuedCurrent = false;
    m_debounce->start();
    updateButtons();
}

void QuoteDialog::documentChanged()
{
    if (m_issuedQuoteId != kNoId && !m_session.model().quote(m_issuedQuoteId)) {
        // The issued quote was undone: there is nothing to save any more.
        m_issuedQuoteId = kNoId;
        m_issuedCurrent = false;
        m_savePdf->setEnabled(false);
        m_status->clear();
    }
    m_form->setPriceBook(m_session.model().priceBook);
    // Holds, contracts and layout feed the forecast: run it again on the document as it is now.
    m_forecast->start(m_session.model());
    m_debounce->start();
}

void QuoteDialog::refresh()
{
    m_debounce->stop();
    updatePrice();
    updatePlacement();
    updateButtons();
}

const PlacementCandidate *QuoteDialog::selectedCandidate() const
{
    return m_candidates->candidate(m_candidateTable->selectionModel()->currentIndex().row());
}

void QuoteDialog::updatePlacement()
{
    const QuoteRequirement requirement = m_form->requirement();
    const bool forecast = m_forecast->result() != nullptr;
    m_basis->setText(forecast ? m_forecast->basisText() : QStringLiteral("<i>%1</i>").arg(m_forecast->basisText().toHtmlEscaped()));

    std::vector<Id> previous;
    if (const PlacementCandidate *candidate = selectedCandidate())
        previous = candidate->rackIds;

    PlacementResult result;
    QString message;
    if (const Status valid = validateRequirement(requirement); !valid) {
        message = valid.error().text();
    } else if (requirement.racks == 0) {
        message = tr("A cage only: there are no rack positions to place.");
    } else {
        PlacementOptions options;
        options.asOf = m_session.asOf();
        options.forecast = m_forecast->result();
        result = findPlacements(m_session.model(), requirement, options);
        if (!result.placed())
            message = QuoteShortage::text(result, requirement);
    }

    m_candidates->setCandidates(result.candidates);
    m_placementMessage->setText(message);
    m_placementMessage->setVisible(!message.isEmpty());
    // Nothing placed: the room goes to the message and to why each hall refused.
    m_candidateTable->setVisible(result.placed());
    m_refusals->clear();
    for (const HallRefusal &refusal : result.refusals)
        m_refusals->addItem(refusal.reason);
    if (result.refusals.empty() && result.placed()) {
        auto *none = new QListWidgetItem(tr("None: every hall can take it."), m_refusals);
        none->setFlags(Qt::NoItemFlags);
    }

    // Keep the salesperson's choice when it is still offered; else the best.
    const int row = std::max(0, m_candidates->rowOf(previous));
    if (row < m_candidates->rowCount())
        m_candidateTable->setCurrentIndex(m_candidates->index(row, 0));   // shows it
    else
        showSelectedCandidate();
}

void QuoteDialog::showSelectedCandidate()
{
    const PlacementCandidate *candidate = selectedCandidate();
    if (!candidate) {
        m_reasons->clear();
        m_reasonsArea->hide();
        Q_EMIT placementHighlighted(kNoId, {});
    } else {
        m_reasons->setText(tr("Why %1 in \"%2\":").arg(PlacementListModel::positionsText(*candidate), candidate->hallName)
                           + QStringLiteral("\n• ") + candidate->reasons.join(QStringLiteral("\n• ")));
        m_reasonsArea->show();
        Q_EMIT placementHighlighted(candidate->hallId, candidate->rackIds);
    }
    updateButtons();
}

void QuoteDialog::updatePrice()
{
    const QString customer = m_form->customer();
    // The price does not depend on the name: show it before the name is typed.
    const Result<Quote> quote = buildQuote(m_session.model(), customer.isEmpty() ? tr("Customer") : customer,
                                           m_form->requirement(), nullptr, m_session.asOf(), m_form->language());
    const Result<QuoteTotals> totals = quote ? quoteTotals(quote.value()) : Result<QuoteTotals>(quote.error());
    m_priced = totals.ok();
    if (!totals) {
        m_priceError = totals.error().text();
        m_price->showError(m_priceError);
        return;
    }
    m_priceError.clear();
    m_price->showQuote(quote.value(), totals.value());
}

void QuoteDialog::updateButtons()
{
    const QuoteRequirement requirement = m_form->requirement();
    QString why;
    if (m_session.isReadOnly())
        why = tr("The document is open read-only: quotes cannot be issued from this window.");
    else if (m_form->customer().isEmpty())
        why = tr("Enter the customer's name first.");
    else if (!m_priced)
        why = tr("The requirement cannot be priced: %1").arg(m_priceError);
    else if (requirement.racks > 0 && !selectedCandidate())
        why = tr("No hall can take this requirement.");
    else if (m_issuedCurrent) {
        const Quote *issued = m_session.model().quote(m_issuedQuoteId);
        why = tr("Already issued as %1; change the requirement to issue another quote.")
                  .arg(issued ? issued->number : QString());
    }
    QString whyNotReserve = why;
    if (whyNotReserve.isEmpty() && requirement.racks == 0)
        whyNotReserve = tr("A cage only holds no rack positions: issue the quote without reserving.");

    m_issue->setEnabled(why.isEmpty());
    m_issue->setToolTip(why.isEmpty() ? tr("Issue the quote for the selected positions; it holds nothing") : why);
    m_issueReserve->setEnabled(whyNotReserve.isEmpty());
    m_issueReserve->setToolTip(whyNotReserve.isEmpty()
                                   ? tr("Issue the quote and hold its positions and kW until the end of its validity")
                                   : whyNotReserve);
}

void QuoteDialog::issue(bool reserve)
{
    if (m_debounce->isActive())
        refresh();   // issue what the screen will show, not a placement from before the last edit
    if (!(reserve ? m_issueReserve : m_issue)->isEnabled())
        return;
    const QString title = tr("The quote was not issued");
    Result<Quote> built = buildQuote(m_session.model(), m_form->customer(), m_form->requirement(), selectedCandidate(),
                                     m_session.asOf(), m_form->language());
    if (!built) {
        showRefusal(title, built.error().text());
        return;
    }
    Quote quote = std::move(built.value());
    if (reserve)
        quote.status = QuoteStatus::Reserved;
    // Core checks the hold against the file inside the write: if someone reserved these positions
    // meanwhile, the command is refused and nothing changes.
    const Status status = m_session.execute(QuoteCommands::issue(&m_session, quote).release());
    if (!status) {
        showRefusal(title, status.error().text());
        return;
    }
    m_issuedQuoteId = quote.id;
    m_issuedCurrent = true;
    const QString until = QLocale().toString(quote.validUntil, QLocale::LongFormat);
    m_status->setText(reserve ? tr("Quote %1 issued; its positions and kW are held until %2.").arg(quote.number, until)
                              : tr("Quote %1 issued, valid until %2.").arg(quote.number, until));
    m_savePdf->setEnabled(true);
    m_savePdf->setDefault(true);
    m_savePdf->setFocus();
    updateButtons();
}

void QuoteDialog::showRefusal(const QString &title, const QString &message)
{
    // Window-modal without a nested event loop: the dialog stays as it was, and tests can read it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("quoteRefusal"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void QuoteDialog::savePdf()
{
    const Quote *quote = m_session.model().quote(m_issuedQuoteId);
    if (!quote)
        return;
    const QString folder = m_session.path().isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_session.path()).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Save the quote as PDF"),
                                                QDir(folder).filePath(pdfFileName(*quote)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (const Status status = writeQuotePdf(m_session.model(), *quote, path); !status) {
        showRefusal(tr("The PDF was not saved"), status.error().text());
        return;
    }
    m_status->setText(tr("Quote %1 saved as %2.").arg(quote->number, QDir::toNativeSeparators(path)));
}

} // namespace hectare::ui
