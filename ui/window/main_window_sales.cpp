// MainWindow and sales (issue 9): the Quotes dock with its reservations, Sales → New Quote… and
// Edit → Price Book….
#include "main_window.h"

#include "plan/hall_plan_view.h"
#include "plan/hall_scene.h"
#include "pricing/price_book_dialog.h"
#include "quoting/quote_dialog.h"
#include "quoting/reservations_panel.h"
#include "session/document_session.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace hectare::ui {

void MainWindow::createSalesDock()
{
    m_reservationsPanel = new ReservationsPanel;
    m_quotesDock = new QDockWidget(tr("Quotes"), this);
    m_quotesDock->setObjectName(QStringLiteral("quotesDock"));
    m_quotesDock->setWidget(m_reservationsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_quotesDock);
    tabifyDockWidget(m_clearanceDock, m_quotesDock);

    connect(m_reservationsPanel, &ReservationsPanel::liveHoldCountChanged, this, [this](int count) {
        m_quotesDock->setWindowTitle(count > 0 ? tr("Quotes (%1 held)").arg(count) : tr("Quotes"));
    });
    connect(m_reservationsPanel, &ReservationsPanel::quoteSelected, this, &MainWindow::showQuotePositions);
    connect(m_reservationsPanel, &ReservationsPanel::editRejected, this,
            [this](const QString &message) { showError(tr("The change was not made"), message); });
    connect(m_reservationsPanel, &ReservationsPanel::pdfSaved, this,
            [this](const QString &path) { statusBar()->showMessage(tr("Saved %1").arg(path), 5000); });

    m_priceBookAction = new QAction(tr("&Price Book…"), this);
    m_priceBookAction->setObjectName(QStringLiteral("priceBookAction"));
    m_priceBookAction->setStatusTip(tr("The prices, discounts, VAT and terms quotes are made from"));
    m_priceBookAction->setEnabled(false);
    connect(m_priceBookAction, &QAction::triggered, this, &MainWindow::showPriceBookDialog);

    m_newQuoteAction = new QAction(tr("&New Quote…"), this);
    m_newQuoteAction->setObjectName(QStringLiteral("newQuoteAction"));
    m_newQuoteAction->setShortcut(QKeySequence(tr("Ctrl+Shift+Q")));
    m_newQuoteAction->setStatusTip(tr("Price a customer's racks and find where they fit, now and over the term"));
    m_newQuoteAction->setEnabled(false);
    connect(m_newQuoteAction, &QAction::triggered, this, &MainWindow::showQuoteDialog);
}

void MainWindow::addSalesActions(QMenu *editMenu)
{
    editMenu->addAction(m_priceBookAction);
    QMenu *sales = menuBar()->addMenu(tr("&Sales"));
    sales->setObjectName(QStringLiteral("salesMenu"));
    sales->addAction(m_newQuoteAction);
    sales->addAction(m_quotesDock->toggleViewAction());
    sales->addSeparator();
    sales->addAction(m_priceBookAction);
}

void MainWindow::showQuoteDialog()
{
    if (!m_session)
        return;
    // Modal: the dialog keeps a reference to the session, which must outlive it.
    QuoteDialog dialog(*m_session, this);
    connect(&dialog, &QuoteDialog::placementHighlighted, this,
            [this](Id hallId, const std::vector<Id> &rackIds) { showPositions(hallId, rackIds); });
    dialog.exec();
}

void MainWindow::setSalesSession(DocumentSession *session)
{
    m_reservationsPanel->setSession(session);
    // A read-only document's book can still be read: the dialog shows it read-only.
    m_priceBookAction->setEnabled(session != nullptr);
    m_newQuoteAction->setEnabled(session != nullptr);
}

void MainWindow::showPriceBookDialog()
{
    if (!m_session)
        return;
    PriceBookDialog dialog(m_session.get(), this);
    dialog.exec();
}

void MainWindow::showQuotePositions(Id quoteId)
{
    if (const Quote *quote = m_session ? m_session->model().quote(quoteId) : nullptr)
        showPositions(quote->hallId, quote->rackIds);
}

void MainWindow::showPositions(Id hallId, const std::vector<Id> &rackIds)
{
    if (!m_session || rackIds.empty() || !m_session->model().hall(hallId))
        return;
    if (hallId != m_hallId)
        selectHall(hallId);
    std::vector<LayoutObjectRef> refs;
    for (Id rackId : rackIds)
        if (m_session->model().rack(rackId))
            refs.push_back({LayoutObjectRef::Kind::Rack, rackId});
    HallScene *scene = m_planView->hallScene();
    if (!scene || refs.empty())
        return;
    m_planView->selectRefs(refs);
    m_planView->centerOn(scene->sceneBoundsOf(refs).center());
}

} // namespace hectare::ui
