#pragma once

#include "layout/clearance.h"
#include "model/ids.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QTreeView;
class QUndoGroup;

namespace hectare::ui {

class CapacityDashboard;
class ClearancePanel;
class ContractsPanel;
class DocumentSession;
class HallPlanView;
class RackPropertiesPanel;
class AvailabilityPanel;
class ReservationsPanel;
class ScenarioPanel;
class ScenariosPanel;
class SiteTreeModel;
class TenantsPanel;
class Tier3Panel;
class TopologyView;

// The window planners, engineers and sales live in: site tree on the left, the hall plan in
// the centre, capacity and rack properties on the right, tenants, contracts, growth scenarios and
// clearance problems below.
// It shows one DocumentSession at a time; every view updates from the session's signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a .hectare file. A file core refuses is reported in a dialog and the current
    // document stays open; returns false then.
    bool openDocument(const QString &path);
    void openSample();
    void newEmptySite();
    // Writes a new document from a JSON model and opens it (File → Import JSON).
    bool importJson(const QString &jsonPath, const QString &documentPath);
    bool exportJson(const QString &path);
    bool exportCsv(const QString &path, const QString &table);

    DocumentSession *session() const { return m_session.get(); }
    void selectHall(Id hallId);
    Id currentHallId() const { return m_hallId; }

    HallPlanView *planView() const { return m_planView; }
    CapacityDashboard *dashboard() const { return m_dashboard; }
    RackPropertiesPanel *rackPanel() const { return m_rackPanel; }
    TenantsPanel *tenantsPanel() const { return m_tenantsPanel; }
    ContractsPanel *contractsPanel() const { return m_contractsPanel; }
    ScenariosPanel *scenariosPanel() const { return m_scenariosPanel; }
    QTreeView *siteTree() const { return m_siteTree; }
    ClearancePanel *clearancePanel() const { return m_clearancePanel; }
    QDockWidget *clearanceDock() const { return m_clearanceDock; }
    QAction *clearanceRulesAction() const { return m_clearanceRulesAction; }
    ReservationsPanel *reservationsPanel() const { return m_reservationsPanel; }
    QDockWidget *quotesDock() const { return m_quotesDock; }
    QAction *priceBookAction() const { return m_priceBookAction; }
    Tier3Panel *tier3Panel() const { return m_tier3Panel; }
    TopologyView *topologyView() const { return m_topologyView; }
    ScenarioPanel *scenarioPanel() const { return m_scenarioPanel; }
    AvailabilityPanel *availabilityPanel() const { return m_availabilityPanel; }
    QDockWidget *tier3Dock() const { return m_tier3Dock; }
    QDockWidget *topologyDock() const { return m_topologyDock; }
    QDockWidget *scenarioDock() const { return m_scenarioDock; }
    QDockWidget *availabilityDock() const { return m_availabilityDock; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    // Edit → Clearance Rules… without the dialog: one undoable edit of the site; false (and a
    // message) when core refuses it, e.g. in a read-only file.
    bool applyClearanceRules(const ClearanceRules &rules);
    // Selects a clearance problem's objects on the plan (showing its hall first) and centres on them.
    void showViolation(ClearanceViolation violation);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createViews();
    void createActions();
    void createMenus();
    void setSession(std::unique_ptr<DocumentSession> session);
    void releaseSession();
    void updateTitle();
    void updateRecentMenu();
    void showError(const QString &title, const QString &text);
    void onTreeSelection();
    void onRackChanged(Id rackId);
    void rebuildPlan();

    // main_window_layout.cpp: the clearance dock, the rules, and following layout edits.
    void createClearanceDock();
    void onLayoutChanged(Id hallId);
    void onSiteChanged();
    void refreshTree();
    void updateClearanceDockTitle(int count);
    void showClearanceRulesDialog();

    // main_window_sales.cpp: the Quotes dock and Edit → Price Book… (issue 9).
    void createSalesDock();
    void addSalesActions(QMenu *editMenu);
    void setSalesSession(DocumentSession *session);
    void showPriceBookDialog();
    void showQuotePositions(Id quoteId);
    void showPositions(Id hallId, const std::vector<Id> &rackIds);
    void showQuoteDialog();

    // main_window_reliability.cpp: the Reliability menu and its docks (issue 6).
    void createReliabilityDocks();
    void addReliabilityMenu();
    void setReliabilitySession(DocumentSession *session);

    void chooseAndOpen();
    void chooseAndSaveAs();
    void chooseAndImportJson();
    void chooseAndExportJson();
    void chooseAndExportCsv();
    void showAbout();
    void showPreferences();
    void showPlanSheetDialog();

    std::unique_ptr<DocumentSession> m_session;
    Id m_hallId = kNoId;

    SiteTreeModel *m_treeModel = nullptr;
    QTreeView *m_siteTree = nullptr;
    HallPlanView *m_planView = nullptr;
    CapacityDashboard *m_dashboard = nullptr;
    RackPropertiesPanel *m_rackPanel = nullptr;
    TenantsPanel *m_tenantsPanel = nullptr;
    ContractsPanel *m_contractsPanel = nullptr;
    ScenariosPanel *m_scenariosPanel = nullptr;
    ClearancePanel *m_clearancePanel = nullptr;
    QDockWidget *m_clearanceDock = nullptr;
    ReservationsPanel *m_reservationsPanel = nullptr;
    QDockWidget *m_quotesDock = nullptr;
    QAction *m_priceBookAction = nullptr;
    QAction *m_newQuoteAction = nullptr;
    Tier3Panel *m_tier3Panel = nullptr;
    TopologyView *m_topologyView = nullptr;
    ScenarioPanel *m_scenarioPanel = nullptr;
    AvailabilityPanel *m_availabilityPanel = nullptr;
    QDockWidget *m_tier3Dock = nullptr;
    QDockWidget *m_topologyDock = nullptr;
    QDockWidget *m_scenarioDock = nullptr;
    QDockWidget *m_availabilityDock = nullptr;
    QAction *m_tier3Action = nullptr;
    QAction *m_topologyAction = nullptr;
    QAction *m_scenarioAction = nullptr;
    QAction *m_availabilityAction = nullptr;
    QStringList m_treeShape;        // the halls and rows the tree was built from, to rebuild it only when they change
    bool m_restoringTree = false;   // re-selecting the hall in a rebuilt tree is not the user picking it

    QUndoGroup *m_undoGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QActionGroup *m_colourModes = nullptr;
    QAction *m_clearanceRulesAction = nullptr;
    QAction *m_importDxfAction = nullptr;
};

} // namespace hectare::ui
