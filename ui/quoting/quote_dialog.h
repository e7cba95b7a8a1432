#pragma once

#include "model/ids.h"
#include "quoting/placement.h"

#include <QDialog>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTableView;
class QTimer;

namespace hectare::ui {

class DocumentSession;
class PlacementListModel;
class QuoteForecast;
class QuotePricePanel;
class QuoteRequirementForm;

// Sales → New Quote…: a salesperson types what the customer asks for and sees at once where it
// fits (core's findPlacements, ranked, with its reasons; the halls that cannot take it and why)
// and what it costs (buildQuote, quoteTotals). The base scenario's forecast runs in the background
// and, once ready, placement also checks the term against it. "Issue quote" and "Issue and
// reserve" are one undo step each (QuoteCommand); then the quote can be saved as a PDF.
class QuoteDialog : public QDialog
{
    Q_OBJECT

public:
    QuoteDialog(DocumentSession &session, QWidget *parent = nullptr);
    ~QuoteDialog() override;

Q_SIGNALS:
    // The selected candidate's hall and positions, for a plan to highlight (none: empty).
    void placementHighlighted(hectare::Id hallId, const std::vector<hectare::Id> &rackIds);

private:
    QWidget *createPlacementBox();
    void requirementChanged();
    void documentChanged();
    void refresh();
    void updatePlacement();
    void updatePrice();
    void showSelectedCandidate();
    void updateButtons();
    void issue(bool reserve);
    void savePdf();
    void showRefusal(const QString &title, const QString &message);
    const PlacementCandidate *selectedCandidate() const;

    DocumentSession &m_session;
    QuoteRequirementForm *m_form = nullptr;
    QuoteForecast *m_forecast = nullptr;
    QTimer *m_debounce = nullptr;

    QLabel *m_basis = nullptr;
    PlacementListModel *m_candidates = nullptr;
    QTableView *m_candidateTable = nullptr;
    QLabel *m_reasons = nullptr;
    QScrollArea *m_reasonsArea = nullptr;
    QLabel *m_placementMessage = nullptr;
    QListWidget *m_refusals = nullptr;
    QuotePricePanel *m_price = nullptr;

    QLabel *m_status = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_issueReserve = nullptr;
    QPushButton *m_savePdf = nullptr;

    bool m_priced = false;              // the current requirement has a price (buildQuote succeeded)
    QString m_priceError;
    Id m_issuedQuoteId = kNoId;         // the quote issued from this dialog, until it is undone
    bool m_issuedCurrent = false;       // nothing was edited since: a second click would duplicate it
};

} // namespace hectare::ui
