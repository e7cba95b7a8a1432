// MainWindow and the Tier III failure analysis (issue 6): the Reliability menu with the Tier III
// check, the one-line topology, failure scenarios and the availability Monte Carlo, each a dock.
#include "main_window.h"

#include "reliability/availability_panel.h"
#include "reliability/reliability_analysis.h"
#include "reliability/scenario_panel.h"
#include "reliability/tier3_panel.h"
#include "reliability/topology_view.h"
#include "session/document_session.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

namespace hectare::ui {

namespace {

QDockWidget *makeDock(QMainWindow *window, const QString &title, const QString &objectName, QWidget *widget)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    return dock;
}

} // namespace

void MainWindow::createReliabilityDocks()
{
    m_tier3Panel = new Tier3Panel;
    m_topologyView = new TopologyView;
    m_topologyView->setAnalysis(m_tier3Panel->analysis());
    m_scenarioPanel = new ScenarioPanel;
    m_availabilityPanel = new AvailabilityPanel;

    m_tier3Dock = makeDock(this, tr("Tier III Check"), QStringLiteral("tier3Dock"), m_tier3Panel);
    m_topologyDock = makeDock(this, tr("Topology"), QStringLiteral("topologyDock"), m_topologyView);
    m_scenarioDock = makeDock(this, tr("Failure Scenarios"), QStringLiteral("scenarioDock"), m_scenarioPanel);
    m_availabilityDock = makeDock(this, tr("Availability"), QStringLiteral("availabilityDock"), m_availabilityPanel);
    for (QDockWidget *dock : {m_tier3Dock, m_topologyDock, m_scenarioDock, m_availabilityDock}) {
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        tabifyDockWidget(m_clearanceDock, dock);
    }
    m_clearanceDock->raise();   // the reliability docks are there when asked for

    connect(m_tier3Panel, &Tier3Panel::showRacks, this,
            [this](Id hallId, const std::vector<Id> &rackIds) { showPositions(hallId, rackIds); });
    connect(m_tier3Panel, &Tier3Panel::componentSelected, m_topologyView, &TopologyView::highlight);
    connect(m_topologyView, &TopologyView::componentSelected, m_tier3Panel, &Tier3Panel::selectComponent);
    connect(m_scenarioPanel, &ScenarioPanel::showRacks, this,
            [this](Id hallId, const std::vector<Id> &rackIds) { showPositions(hallId, rackIds); });

    // Charts and diagrams need room: a docked panel opened from the menu takes at least 45 % of
    // the window's height (the user's own larger size stays).
    const auto showDock = [this](QDockWidget *dock) {
        dock->show();
        dock->raise();
        if (!dock->isFloating() && dock->height() < height() * 45 / 100)
            resizeDocks({dock}, {height() * 45 / 100}, Qt::Vertical);
    };
    m_tier3Action = new QAction(tr("&Tier III Check"), this);
    m_tier3Action->setObjectName(QStringLiteral("tier3Action"));
    m_tier3Action->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_tier3Action->setStatusTip(tr("Take every component out for maintenance and list what it would drop"));
    connect(m_tier3Action, &QAction::triggered, this, [this, showDock] { showDock(m_tier3Dock); });

    m_topologyAction = new QAction(tr("One-Line &Topology"), this);
    m_topologyAction->setObjectName(QStringLiteral("topologyAction"));
    m_topologyAction->setStatusTip(tr("The power and cooling paths, coloured by the Tier III check"));
    connect(m_topologyAction, &QAction::triggered, this, [this, showDock] { showDock(m_topologyDock); });

    m_scenarioAction = new QAction(tr("Failure &Scenarios"), this);
    m_scenarioAction->setObjectName(QStringLiteral("scenarioAction"));
    m_scenarioAction->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    m_scenarioAction->setStatusTip(tr("Replay a grid outage or a failure and see which racks and tenants lose power or cooling"));
    connect(m_scenarioAction, &QAction::triggered, this, [this, showDock] { showDock(m_scenarioDock); });

    m_availabilityAction = new QAction(tr("&Availability…"), this);
    m_availabilityAction->setObjectName(QStringLiteral("availabilityAction"));
    m_availabilityAction->setShortcut(QKeySequence(tr("Ctrl+Shift+Y")));
    m_availabilityAction->setStatusTip(tr("Simulate years of failures and repairs: availability per tenant, hall and site"));
    connect(m_availabilityAction, &QAction::triggered, this, [this, showDock] { showDock(m_availabilityDock); });
}

void MainWindow::addReliabilityMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Reliability"));
    menu->setObjectName(QStringLiteral("reliabilityMenu"));
    menu->addAction(m_tier3Action);
    menu->addAction(m_topologyAction);
    menu->addSeparator();
    menu->addAction(m_scenarioAction);
    menu->addAction(m_availabilityAction);
}

void MainWindow::setReliabilitySession(DocumentSession *session)
{
    if (m_availabilityPanel->isRunning())
        m_availabilityPanel->cancel();
    m_tier3Panel->setSession(session);
    m_scenarioPanel->setSession(session);
    m_availabilityPanel->setSession(session);
    for (QAction *action : {m_tier3Action, m_topologyAction, m_scenarioAction, m_availabilityAction})
        action->setEnabled(session != nullptr);
}

} // namespace hectare::ui
