#pragma once

#include "plan_tool.h"

#include <QObject>

#include <vector>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QWidget;

namespace hectare::ui {

class PlanEditor;

// The Plan menu and toolbar over a PlanEditor: the tools (one at a time), snapping to the
// floor tiles (remembered between runs), and the edits. Every action has a shortcut and a
// status tip and an object name ("planRotateRight"…) for tests. Those on plain keys (R, Delete,
// the arrows, Ctrl+C…) work only while the plan has the focus, so that the tables keep theirs.
// Everything is disabled on a read-only document or with no hall shown.
class PlanActions : public QObject
{
    Q_OBJECT

public:
    PlanActions(PlanEditor *editor, QObject *parent = nullptr);

    QMenu *createMenu(QWidget *parent) const;
    QToolBar *createToolBar(QWidget *parent) const;
    QAction *snapAction() const { return m_snap; }

private:
    QAction *make(const QString &text, const QKeySequence &shortcut, const QString &tip, const char *name,
                  bool planFocusOnly);
    QAction *makeTool(PlanTool tool, const QString &text, const QKeySequence &shortcut, const QString &tip,
                      const char *name, bool planFocusOnly);
    void createTools();
    void createEdits();
    void update();

    PlanEditor *m_editor;
    QActionGroup *m_tools = nullptr;
    QAction *m_select = nullptr;
    QAction *m_addRow = nullptr;
    QAction *m_drawCage = nullptr;
    QAction *m_editOutline = nullptr;
    std::vector<std::pair<ObstacleKind, QAction *>> m_obstacles;
    QAction *m_snap = nullptr;
    QAction *m_rotateRight = nullptr;
    QAction *m_rotateLeft = nullptr;
    std::vector<QAction *> m_aligns;
    std::vector<QAction *> m_distributes;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_addPositions = nullptr;
    QAction *m_renumber = nullptr;
    QAction *m_properties = nullptr;
    std::vector<QAction *> m_nudges;
};

} // namespace hectare::ui
