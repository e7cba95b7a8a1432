#include "plan_actions.h"

#include "plan_editor.h"

#include "plan/hall_plan_view.h"
#include "window/app_settings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

namespace hectare::ui {
namespace {

QKeySequence keys(QKeyCombination combination) { return QKeySequence(combination); }

} // namespace

PlanActions::PlanActions(PlanEditor *editor, QObject *parent) : QObject(parent), m_editor(editor)
{
    createTools();
    createEdits();
    connect(m_editor, &PlanEditor::stateChanged, this, &PlanActions::update);
    connect(m_editor, &PlanEditor::toolChanged, this, &PlanActions::update);
    update();
}

QAction *PlanActions::make(const QString &text, const QKeySequence &shortcut, const QString &tip, const char *name,
                           bool planFocusOnly)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    if (planFocusOnly) {
        // Plain keys belong to the plan only while it has the focus: Delete or Ctrl+C in a table
        // must not edit the plan.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_editor->view()->addAction(action);
    }
    return action;
}

QAction *PlanActions::makeTool(PlanTool tool, const QString &text, const QKeySequence &shortcut, const QString &tip,
                               const char *name, bool planFocusOnly)
{
    QAction *action = make(text, shortcut, tip, name, planFocusOnly);
    action->setCheckable(true);
    m_tools->addAction(action);
    connect(action, &QAction::triggered, m_editor, [this, tool] { m_editor->setTool(tool); });
    return action;
}

void PlanActions::createTools()
{
    m_tools = new QActionGroup(this);
    m_tools->setExclusive(true);
    m_select = makeTool(PlanTool::Select, tr("&Select"), keys(Qt::Key_Escape),
                        tr("Select and move rows, obstacles and cages; Esc also ends the tool in use"),
                        "planSelectTool", true);
    m_addRow = makeTool(PlanTool::AddRow, tr("Add &Row…"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                        tr("Describe a new row of rack positions, then click where it starts"), "planAddRowTool", false);
    const std::pair<ObstacleKind, Qt::Key> obstacleKeys[] = {
        {ObstacleKind::Column, Qt::Key_C}, {ObstacleKind::Wall, Qt::Key_W}, {ObstacleKind::Door, Qt::Key_D},
        {ObstacleKind::Crah, Qt::Key_H},   {ObstacleKind::Pdu, Qt::Key_P},  {ObstacleKind::FireCylinder, Qt::Key_Y}};
    for (const auto &[kind, key] : obstacleKeys) {
        const QByteArray name = "planAddObstacle_" + toKey(kind).toLatin1();
        // Menu items start with a capital letter; the enum's names are lower case for use in sentences.
        QString label = displayName(kind);
        label[0] = label[0].toUpper();
        QAction *action = make(label, keys(Qt::SHIFT | key),
                               tr("Click on the plan to place an obstacle: %1").arg(displayName(kind)), name.constData(),
                               true);
        action->setCheckable(true);
        m_tools->addAction(action);
        connect(action, &QAction::triggered, m_editor, [this, kind = kind] { m_editor->setObstacleTool(kind); });
        m_obstacles.emplace_back(kind, action);
    }
    m_drawCage = makeTool(PlanTool::DrawCage, tr("Draw Ca&ge"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                          tr("Click a tenant cage's corners on the plan; Enter or double-click closes it"),
                          "planDrawCageTool", false);
    m_editOutline = makeTool(PlanTool::EditOutline, tr("&Edit Hall Outline"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                             tr("Drag the hall's corners; double-click an edge to add one; Delete removes one"),
                             "planEditOutlineTool", false);
    m_select->setChecked(true);

    m_snap = make(tr("Snap to Floor &Tiles"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                  tr("Keep what is placed or moved on the hall's floor-tile grid"), "planSnapAction", false);
    m_snap->setCheckable(true);
    m_snap->setChecked(AppSettings::snapToGrid());
    m_editor->setSnapToGrid(m_snap->isChecked());
    connect(m_snap, &QAction::toggled, this, [this](bool on) {
        AppSettings::setSnapToGrid(on);
        m_editor->setSnapToGrid(on);
    });
}

void PlanActions::createEdits()
{
    m_rotateRight = make(tr("Rotate 90° Cloc&kwise"), keys(Qt::Key_R),
                         tr("Turn the selection a quarter turn clockwise about its centre"), "planRotateRight", true);
    m_rotateRight->setIconText(tr("Rotate ↻"));
    connect(m_rotateRight, &QAction::triggered, m_editor, [this] { m_editor->rotateBy(90); });
    m_rotateLeft = make(tr("Rotate 90° Counter-c&lockwise"), keys(Qt::SHIFT | Qt::Key_R),
                        tr("Turn the selection a quarter turn counter-clockwise about its centre"), "planRotateLeft",
                        true);
    m_rotateLeft->setIconText(tr("Rotate ↺"));
    connect(m_rotateLeft, &QAction::triggered, m_editor, [this] { m_editor->rotateBy(-90); });

    const struct
    {
        AlignEdge edge;
        QString text;
        QKeyCombination shortcut;
        QString tip;
        const char *name;
    } aligns[] = {
        {AlignEdge::Left, tr("Align &Left"), Qt::CTRL | Qt::SHIFT | Qt::Key_Left,
         tr("Line up the selection's left edges"), "planAlignLeft"},
        {AlignEdge::Right, tr("Align &Right"), Qt::CTRL | Qt::SHIFT | Qt::Key_Right,
         tr("Line up the selection's right edges"), "planAlignRight"},
        {AlignEdge::Top, tr("Align &Top"), Qt::CTRL | Qt::SHIFT | Qt::Key_Up, tr("Line up the selection's top edges"),
         "planAlignTop"},
        {AlignEdge::Bottom, tr("Align &Bottom"), Qt::CTRL | Qt::SHIFT | Qt::Key_Down,
         tr("Line up the selection's bottom edges"), "planAlignBottom"},
        {AlignEdge::CentreX, tr("Align Centres on a &Vertical Line"), Qt::CTRL | Qt::SHIFT | Qt::Key_V,
         tr("Move the selected objects sideways until their centres are one above the other"), "planAlignCentreX"},
        {AlignEdge::CentreY, tr("Align Centres on a &Horizontal Line"), Qt::CTRL | Qt::SHIFT | Qt::Key_H,
         tr("Move the selected objects up or down until their centres are side by side"), "planAlignCentreY"},
    };
    for (const auto &align : aligns) {
        QAction *action = make(align.text, keys(align.shortcut), align.tip, align.name, true);
        connect(action, &QAction::triggered, m_editor, [this, edge = align.edge] { m_editor->align(edge); });
        m_aligns.push_back(action);
    }
    QAction *horizontal = make(tr("Distribute &Horizontally"), keys(Qt::CTRL | Qt::ALT | Qt::Key_H),
                               tr("Space three or more objects evenly from left to right"), "planDistributeH", true);
    connect(horizontal, &QAction::triggered, m_editor, [this] { m_editor->distribute(DistributeAxis::Horizontal); });
    QAction *vertical = make(tr("Distribute &Vertically"), keys(Qt::CTRL | Qt::ALT | Qt::Key_V),
                             tr("Space three or more objects evenly from top to bottom"), "planDistributeV", true);
    connect(vertical, &QAction::triggered, m_editor, [this] { m_editor->distribute(DistributeAxis::Vertical); });
    m_distributes = {horizontal, vertical};

    m_copy = make(tr("&Copy"), QKeySequence::Copy, tr("Remember the selected rows, obstacles and cages for Paste"),
                  "planCopy", true);
    connect(m_copy, &QAction::triggered, m_editor, &PlanEditor::copy);
    m_paste = make(tr("&Paste"), QKeySequence::Paste,
                   tr("Add copies of what was copied, one row pitch further each time (rows get the next free names)"),
                   "planPaste", true);
    connect(m_paste, &QAction::triggered, m_editor, &PlanEditor::paste);
    m_duplicate = make(tr("D&uplicate"), keys(Qt::CTRL | Qt::Key_D),
                       tr("Copy the selection one row pitch away in one step"), "planDuplicate", true);
    connect(m_duplicate, &QAction::triggered, m_editor, &PlanEditor::duplicate);
    m_delete = make(tr("&Delete"), QKeySequence::Delete,
                    tr("Remove the selected rows, obstacles and cages, or the rack positions picked with Alt+click"),
                    "planDelete", true);
    connect(m_delete, &QAction::triggered, m_editor, &PlanEditor::deleteSelection);
    m_addPositions = make(tr("Add Positions to Ro&w…"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                          tr("Add free rack positions at the end of the selected row"), "planAddPositions", true);
    connect(m_addPositions, &QAction::triggered, m_editor, &PlanEditor::addPositions);
    m_renumber = make(tr("Renu&mber Rows"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                      tr("Name the hall's rows A, B, C… (or 1, 2, 3…) in order across the hall, and their racks after them"),
                      "planRenumberRows", true);
    connect(m_renumber, &QAction::triggered, m_editor, &PlanEditor::renumberRows);
    m_properties = make(tr("Propert&ies…"), keys(Qt::ALT | Qt::Key_Return),
                        tr("Change the selected row, obstacle or cage (also by double-clicking it)"), "planProperties",
                        true);
    m_properties->setShortcuts({keys(Qt::ALT | Qt::Key_Return), keys(Qt::ALT | Qt::Key_Enter)});
    connect(m_properties, &QAction::triggered, m_editor, &PlanEditor::showProperties);

    const struct
    {
        int dx;
        int dy;
        bool far;
        QString text;
        QKeyCombination shortcut;
        const char *name;
    } nudges[] = {
        {-1, 0, false, tr("Nudge &Left"), Qt::Key_Left, "planNudgeLeft"},
        {1, 0, false, tr("Nudge &Right"), Qt::Key_Right, "planNudgeRight"},
        {0, -1, false, tr("Nudge &Up"), Qt::Key_Up, "planNudgeUp"},
        {0, 1, false, tr("Nudge &Down"), Qt::Key_Down, "planNudgeDown"},
        {-1, 0, true, tr("Nudge Far Left"), Qt::SHIFT | Qt::Key_Left, "planNudgeFarLeft"},
        {1, 0, true, tr("Nudge Far Right"), Qt::SHIFT | Qt::Key_Right, "planNudgeFarRight"},
        {0, -1, true, tr("Nudge Far Up"), Qt::SHIFT | Qt::Key_Up, "planNudgeFarUp"},
        {0, 1, true, tr("Nudge Far Down"), Qt::SHIFT | Qt::Key_Down, "planNudgeFarDown"},
    };
    for (const auto &nudge : nudges) {
        const QString tip = nudge.far ? tr("Move the selection ten floor tiles (1 m without snapping)")
                                      : tr("Move the selection one floor tile (0.1 m without snapping)");
        QAction *action = make(nudge.text, keys(nudge.shortcut), tip, nudge.name, true);
        connect(action, &QAction::triggered, m_editor,
                [this, dx = nudge.dx, dy = nudge.dy, far = nudge.far] { m_editor->nudge(dx, dy, far); });
        m_nudges.push_back(action);
    }
}

QMenu *PlanActions::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("&Plan"), parent);
    menu->setObjectName(QStringLiteral("planMenu"));
    menu->addAction(m_select);
    menu->addAction(m_addRow);
    QMenu *obstacles = menu->addMenu(tr("Add &Obstacle"));
    obstacles->setObjectName(QStringLiteral("planObstacleMenu"));
    for (const auto &[kind, action] : m_obstacles)
        obstacles->addAction(action);
    menu->addAction(m_drawCage);
    menu->addAction(m_editOutline);
    menu->addSeparator();
    menu->addAction(m_snap);
    menu->addSeparator();
    menu->addAction(m_rotateRight);
    menu->addAction(m_rotateLeft);
    QMenu *align = menu->addMenu(tr("&Align"));
    for (QAction *action : m_aligns)
        align->addAction(action);
    align->addSeparator();
    for (QAction *action : m_distributes)
        align->addAction(action);
    QMenu *nudge = menu->addMenu(tr("&Nudge"));
    for (QAction *action : m_nudges)
        nudge->addAction(action);
    menu->addSeparator();
    menu->addAction(m_copy);
    menu->addAction(m_paste);
    menu->addAction(m_duplicate);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_addPositions);
    menu->addAction(m_renumber);
    menu->addAction(m_properties);
    return menu;
}

QToolBar *PlanActions::createToolBar(QWidget *parent) const
{
    auto *bar = new QToolBar(tr("Plan"), parent);
    bar->setObjectName(QStringLiteral("planToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_select);
    bar->addAction(m_addRow);
    auto *obstacles = new QMenu(tr("Obstacle"), bar);
    for (const auto &[kind, action] : m_obstacles)
        obstacles->addAction(action);
    auto *obstacleButton = new QToolButton(bar);
    obstacleButton->setObjectName(QStringLiteral("planObstacleButton"));
    obstacleButton->setText(tr("Obstacle"));
    obstacleButton->setToolTip(tr("Add an obstacle: a column, a wall, a door, a CRAH, a PDU or a cylinder"));
    obstacleButton->setMenu(obstacles);
    obstacleButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(obstacleButton);
    bar->addAction(m_drawCage);
    bar->addAction(m_editOutline);
    bar->addSeparator();
    bar->addAction(m_snap);
    bar->addSeparator();
    bar->addAction(m_rotateLeft);
    bar->addAction(m_rotateRight);
    bar->addAction(m_delete);
    return bar;
}

void PlanActions::update()
{
    const bool editable = m_editor->canEdit();
    const std::size_t selected = editable ? m_editor->selectedObjects().size() : 0;
    const PlanTool tool = m_editor->tool();
    m_tools->setEnabled(editable);
    m_snap->setEnabled(editable);
    for (QAction *action : {m_rotateRight, m_rotateLeft, m_copy, m_duplicate, m_addPositions})
        action->setEnabled(selected > 0);
    for (QAction *action : m_nudges)
        action->setEnabled(selected > 0);
    for (QAction *action : m_aligns)
        action->setEnabled(selected >= 2);
    for (QAction *action : m_distributes)
        action->setEnabled(selected >= 3);
    m_paste->setEnabled(editable && m_editor->canPaste());
    m_delete->setEnabled(editable && (selected > 0 || tool == PlanTool::EditOutline || tool == PlanTool::DrawCage));
    m_renumber->setEnabled(editable);
    m_properties->setEnabled(selected == 1);

    QAction *current = m_select;
    switch (tool) {
    case PlanTool::Select: current = m_select; break;
    case PlanTool::AddRow: current = m_addRow; break;
    case PlanTool::DrawCage: current = m_drawCage; break;
    case PlanTool::EditOutline: current = m_editOutline; break;
    case PlanTool::AddObstacle:
        for (const auto &[kind, action] : m_obstacles)
            if (kind == m_editor->obstacleKind())
                current = action;
        break;
    }
    current->setChecked(true);
}

} // namespace hectare::ui
