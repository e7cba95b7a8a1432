// MainWindow and the hall layout: the clearance dock, the site's clearance rules, and following
// layout edits (rows, racks, obstacles, cages) on the plan, in the tree and in the dock.
#include "main_window.h"

#include "clearance/clearance_panel.h"
#include "commands/site_commands.h"
#include "dialogs/clearance_rules_dialog.h"
#include "plan/hall_plan_view.h"
#include "plan/hall_scene.h"
#include "session/document_session.h"
#include "tree/site_tree_model.h"

#include <QAction>
#include <QDockWidget>
#include <QTreeView>

#include <algorithm>
#include <iterator>

namespace hectare::ui {
namespace {

// What the site tree shows besides its counts: the site, its halls and rows with their names.
QStringList treeShapeOf(const SiteModel &model)
{
    QStringList shape{model.site.name};
    for (const Building &building : model.buildings)
        shape << QStringLiteral("b%1 %2").arg(building.id).arg(building.name);
    for (const Hall &hall : model.halls)
        shape << QStringLiteral("h%1 %2 %3").arg(hall.id).arg(hall.buildingId).arg(hall.name);
    for (const Row &row : model.rows)
        shape << QStringLiteral("r%1 %2 %3").arg(row.id).arg(row.hallId).arg(row.name);
    return shape;
}

} // namespace

void MainWindow::createClearanceDock()
{
    m_clearancePanel = new ClearancePanel;
    m_clearanceDock = new QDockWidget(tr("Clearances"), this);
    m_clearanceDock->setObjectName(QStringLiteral("clearanceDock"));
    m_clearanceDock->setWidget(m_clearancePanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_clearanceDock);
    connect(m_clearancePanel, &ClearancePanel::countChanged, this, &MainWindow::updateClearanceDockTitle);
    connect(m_clearancePanel, &ClearancePanel::violationActivated, this, &MainWindow::showViolation);

    m_clearanceRulesAction = new QAction(tr("Clearance &Rules…"), this);
    m_clearanceRulesAction->setObjectName(QStringLiteral("clearanceRulesAction"));
    m_clearanceRulesAction->setEnabled(false);
    connect(m_clearanceRulesAction, &QAction::triggered, this, &MainWindow::showClearanceRulesDialog);
}

void MainWindow::updateClearanceDockTitle(int count)
{
    m_clearanceDock->setWindowTitle(count > 0 ? tr("Clearances (%1)").arg(count) : tr("Clearances"));
}

void MainWindow::onLayoutChanged(Id hallId)
{
    if (!m_session)
        return;
    refreshTree();
    if (m_hallId != kNoId && !m_session->model().hall(m_hallId)) {
        // The hall on the plan is gone (an undone import, say): show what is left.
        const auto &halls = m_session->model().halls;
        selectHall(halls.empty() ? kNoId : halls.front().id);
    } else if (hallId == kNoId || hallId == m_hallId) {
        rebuildPlan();   // keeps the zoom and the selection; rechecks the clearances
    } else {
        m_clearancePanel->refresh();   // another hall: only the all-halls list can change
    }
}

void MainWindow::onSiteChanged()
{
    // The clearance rules may have changed: every hall's marks and the list with them.
    refreshTree();
    rebuildPlan();
}

void MainWindow::refreshTree()
{
    if (!m_session)
        return;
    const SiteModel &model = m_session->model();
    QStringList shape = treeShapeOf(model);
    if (shape == m_treeShape) {
        m_treeModel->refreshCounts(model);
        return;
    }
    // Rows came or went, or were renamed: rebuild, and put the current hall back without it
    // counting as the user choosing it (that would refit the plan after every edit).
    m_treeShape = std::move(shape);
    m_restoringTree = true;
    m_treeModel->rebuild(model);
    m_siteTree->expandAll();
    const QModelIndex hall = m_treeModel->indexOfHall(m_hallId);
    if (hall.isValid())
        m_siteTree->setCurrentIndex(hall);
    m_restoringTree = false;
}

void MainWindow::showViolation(ClearanceViolation violation)
{
    // Taken by value: showing another hall refreshes the list the violation came from.
    if (!m_session)
        return;
    if (violation.hallId != m_hallId && m_session->model().hall(violation.hallId))
        selectHall(violation.hallId);
    HallScene *scene = m_planView->hallScene();
    if (!scene)
        return;
    m_planView->selectRefs(violation.culprits);
    // Centred on what is wrong and where it is measured, not on the whole hall when the hall is
    // one of the culprits (a rack too close to its wall).
    std::vector<LayoutObjectRef> onTheFloor;
    std::copy_if(violation.culprits.begin(), violation.culprits.end(), std::back_inserter(onTheFloor),
                 [](const LayoutObjectRef &ref) { return ref.kind != LayoutObjectRef::Kind::Hall; });
    QRectF bounds = scene->sceneBoundsOf(onTheFloor);
    bounds |= QRectF(QPointF(violation.from.x, violation.from.y) * 1000.0, QPointF(violation.to.x, violation.to.y) * 1000.0)
                  .normalized();
    m_planView->centerOn(bounds.center());
}

void MainWindow::showClearanceRulesDialog()
{
    if (!m_session || m_session->isReadOnly())
        return;
    ClearanceRulesDialog dialog(m_session->model().site.clearance, this);
    if (dialog.exec() == QDialog::Accepted)
        applyClearanceRules(dialog.rules());
}

bool MainWindow::applyClearanceRules(const ClearanceRules &rules)
{
    if (!m_session)
        return false;
    const Site before = m_session->model().site;
    if (before.clearance == rules)
        return true;
    Site after = before;
    after.clearance = rules;
    const Status status = m_session->execute(new EditSiteCommand(m_session.get(), before, after, tr("Change clearance rules")));
    if (!status) {
        showError(tr("The change was not made"), status.error().text());
        return false;
    }
    return true;
}

} // namespace hectare::ui
