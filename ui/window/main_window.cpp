#include "main_window.h"

#include "app_settings.h"
#include "clearance/clearance_panel.h"
#include "dashboard/capacity_dashboard.h"
#include "growth/scenarios_panel.h"
#include "plan/hall_plan_view.h"
#include "rack/rack_properties_panel.h"
#include "session/document_session.h"
#include "tables/contracts_panel.h"
#include "tables/tenants_panel.h"
#include "tree/site_tree_model.h"

#include "io/sample_site.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace hectare::ui {
namespace {

constexpr int kGrowthDockHeight = 520;

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undoGroup = new QUndoGroup(this);
    createViews();
    createActions();
    createMenus();
    resize(1600, 1000);
}

MainWindow::~MainWindow() { releaseSession(); }

void MainWindow::releaseSession()
{
    if (!m_session)
        return;
    // The stack's last indexChanged fires while the session dies: nobody may be listening.
    m_session->undoStack()->disconnect(this);
    m_session->disconnect(this);
    m_undoGroup->removeStack(m_session->undoStack());
    m_rackPanel->setSession(nullptr);
    m_tenantsPanel->setSession(nullptr);
    m_contractsPanel->setSession(nullptr);
    m_scenariosPanel->setSession(nullptr);
    m_clearancePanel->setModel(nullptr, kNoId);
    setSalesSession(nullptr);
    setReliabilitySession(nullptr);
    m_session.reset();
}

void MainWindow::createViews()
{
    m_planView = new HallPlanView(this);
    setCentralWidget(m_planView);

    m_treeModel = new SiteTreeModel(this);
    m_siteTree = new QTreeView;
    m_siteTree->setObjectName(QStringLiteral("siteTree"));
    m_siteTree->setModel(m_treeModel);
    m_siteTree->setUniformRowHeights(true);
    m_siteTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_siteTree->header()->setStretchLastSection(false);
    auto *treeDock = new QDockWidget(tr("Site"), this);
    treeDock->setObjectName(QStringLiteral("siteDock"));
    treeDock->setWidget(m_siteTree);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    m_dashboard = new CapacityDashboard;
    auto *dashboardDock = new QDockWidget(tr("Capacity"), this);
    dashboardDock->setObjectName(QStringLiteral("capacityDock"));
    dashboardDock->setWidget(m_dashboard);
    addDockWidget(Qt::RightDockWidgetArea, dashboardDock);

    m_rackPanel = new RackPropertiesPanel;
    auto *rackDock = new QDockWidget(tr("Rack"), this);
    rackDock->setObjectName(QStringLiteral("rackDock"));
    rackDock->setWidget(m_rackPanel);
    addDockWidget(Qt::RightDockWidgetArea, rackDock);

    m_tenantsPanel = new TenantsPanel;
    auto *tenantsDock = new QDockWidget(tr("Tenants"), this);
    tenantsDock->setObjectName(QStringLiteral("tenantsDock"));
    tenantsDock->setWidget(m_tenantsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, tenantsDock);

    m_contractsPanel = new ContractsPanel;
    auto *contractsDock = new QDockWidget(tr("Contracts"), this);
    contractsDock->setObjectName(QStringLiteral("contractsDock"));
    contractsDock->setWidget(m_contractsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, contractsDock);
    tabifyDockWidget(tenantsDock, contractsDock);

    m_scenariosPanel = new ScenariosPanel;
    auto *growthDock = new QDockWidget(tr("Growth"), this);
    growthDock->setObjectName(QStringLiteral("growthDock"));
    growthDock->setWidget(m_scenariosPanel);
    addDockWidget(Qt::BottomDockWidgetArea, growthDock);
    tabifyDockWidget(contractsDock, growthDock);
    createClearanceDock();
    tabifyDockWidget(growthDock, m_clearanceDock);
    createSalesDock();   // main_window_sales.cpp: tabbed after the clearances
    createReliabilityDocks();   // main_window_reliability.cpp
    // The charts need more height than the tables: raising the tab makes room for them.
    connect(growthDock, &QDockWidget::visibilityChanged, this, [this, growthDock](bool visible) {
        if (visible && growthDock->height() < kGrowthDockHeight)
            resizeDocks({growthDock}, {kGrowthDockHeight}, Qt::Vertical);
    });
    tenantsDock->raise();
    resizeDocks({treeDock, dashboardDock}, {340, 420}, Qt::Horizontal);
    resizeDocks({tenantsDock}, {240}, Qt::Vertical);
    // The capacity bars need the height; the rack form is short.
    resizeDocks({dashboardDock, rackDock}, {560, 240}, Qt::Vertical);

    connect(m_siteTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onTreeSelection);
    connect(m_tenantsPanel, &TenantsPanel::tenantSelected, m_contractsPanel, &ContractsPanel::setSelectedTenant);
    connect(m_planView, &HallPlanView::rackSelected, m_rackPanel, &RackPropertiesPanel::showRack);
    connect(m_rackPanel, &RackPropertiesPanel::editRejected, this,
            [this](const QString &message) { showError(tr("The change was not made"), message); });
    connect(m_tenantsPanel, &TenantsPanel::editRejected, this,
            [this](const QString &message) { showError(tr("The change was not made"), message); });
    connect(m_contractsPanel, &ContractsPanel::editRejected, this,
            [this](const QString &message) { showError(tr("The change was not made"), message); });
    connect(m_scenariosPanel, &ScenariosPanel::editRejected, this,
            [this](const QString &message) { showError(tr("The change was not made"), message); });
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::setSession(std::unique_ptr<DocumentSession> session)
{
    releaseSession();
    m_session = std::move(session);
    DocumentSession *s = m_session.get();
    m_undoGroup->addStack(s->undoStack());
    m_undoGroup->setActiveStack(s->undoStack());

    connect(s, &DocumentSession::rackChanged, this, &MainWindow::onRackChanged);
    connect(s, &DocumentSession::capacityChanged, this, [this] { m_dashboard->setReport(m_session->report()); });
    connect(s, &DocumentSession::tenantsReset, this, &MainWindow::rebuildPlan);
    connect(s, &DocumentSession::contractsReset, this, &MainWindow::rebuildPlan);
    connect(s, &DocumentSession::layoutChanged, this, &MainWindow::onLayoutChanged);
    connect(s, &DocumentSession::siteChanged, this, &MainWindow::onSiteChanged);
    connect(s, &DocumentSession::editFailed, this,
            [this](const QString &message) { showError(tr("The change could not be saved"), message); });
    connect(s->undoStack(), &QUndoStack::indexChanged, this, [this] { updateTitle(); });

    m_rackPanel->setSession(s);
    m_tenantsPanel->setSession(s);
    m_contractsPanel->setSession(s);
    m_scenariosPanel->setSession(s);
    setSalesSession(s);
    setReliabilitySession(s);
    m_hallId = kNoId;
    m_treeShape.clear();
    refreshTree();   // builds the tree and notes what it was built from
    m_siteTree->resizeColumnToContents(1);
    m_siteTree->resizeColumnToContents(2);
    m_dashboard->setReport(s->report());
    m_hallId = kNoId;
    m_saveAsAction->setEnabled(true);
    m_clearanceRulesAction->setEnabled(!s->isReadOnly());
    m_importDxfAction->setEnabled(!s->isReadOnly());
    selectHall(s->model().halls.empty() ? kNoId : s->model().halls.front().id);
    updateTitle();
    if (!s->path().isEmpty()) {
        AppSettings::addRecentFile(s->path());
        updateRecentMenu();
    }
}

void MainWindow::selectHall(Id hallId)
{
    const QModelIndex index = m_treeModel->indexOfHall(hallId);
    if (index.isValid() && m_siteTree->currentIndex() != index) {
        m_siteTree->setCurrentIndex(index);   // onTreeSelection shows it
        return;
    }
    m_hallId = hallId;
    rebuildPlan();
    m_dashboard->setHall(hallId);
    m_rackPanel->showRack(kNoId);
}

void MainWindow::onTreeSelection()
{
    if (m_restoringTree)
        return;
    const QModelIndex index = m_siteTree->currentIndex().siblingAtColumn(0);
    const auto kind = SiteTreeModel::Kind(index.data(SiteTreeModel::kKindRole).toInt());
    const Id id = index.data(SiteTreeModel::kIdRole).toLongLong();
    if (kind == SiteTreeModel::Kind::Hall) {
        m_hallId = id;
        rebuildPlan();
        m_planView->fitToHall();
        m_dashboard->setHall(id);
        m_rackPanel->showRack(kNoId);
    } else if (kind == SiteTreeModel::Kind::Row && m_session) {
        const Row *row = m_session->model().row(id);
        if (row && row->hallId != m_hallId) {
            m_hallId = row->hallId;
            rebuildPlan();
            m_planView->fitToHall();
            m_dashboard->setHall(m_hallId);
        }
        m_planView->selectRow(id);
    } else if (kind == SiteTreeModel::Kind::Site) {
        m_dashboard->setHall(kNoId);
    }
}

void MainWindow::rebuildPlan()
{
    if (!m_session)
        return;
    m_planView->setModel(&m_session->model(), m_hallId, m_session->asOf());
    m_clearancePanel->setModel(&m_session->model(), m_hallId);
}

void MainWindow::onRackChanged(Id rackId)
{
    const auto &racks = m_session->model().racks;
    auto it = std::find_if(racks.begin(), racks.end(), [rackId](const Rack &r) { return r.id == rackId; });
    if (it != racks.end())
        m_planView->refreshRack(*it);
    m_treeModel->refreshCounts(m_session->model());
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(QStringLiteral("Hectare"));
        return;
    }
    const QString name = m_session->isSample() ? tr("Sample site (not saved)")
                         : m_session->path().isEmpty() ? tr("Untitled site (not saved)")
                                                       : QFileInfo(m_session->path()).fileName();
    setWindowTitle(tr("%1 — Hectare").arg(name) + (m_session->isReadOnly() ? tr(" [read-only]") : QString()));
    QString status = m_session->path().isEmpty() ? tr("In memory: use File → Save As to keep it")
                                                 : m_session->path();
    if (m_session->isReadOnly())
        status += tr(" — read-only: %1").arg(m_session->document().readOnlyReason());
    statusBar()->showMessage(status);
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Window-modal and non-blocking: the message stays until dismissed, the window stays usable.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing to save: every edit is already in the file. Only the sample lives in memory.
    if (m_session && m_session->path().isEmpty() && m_session->undoStack()->count() > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Quit Hectare"), tr("Your changes to the sample site are only in memory. Quit and lose them?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace hectare::ui
