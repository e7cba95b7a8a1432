#pragma once

#include "cage_drawing.h"
#include "move_preview.h"
#include "plan_clipboard.h"
#include "plan_tool.h"

#include "plan/hall_scene.h"

#include "layout/layout_edits.h"

#include <QObject>
#include <QPoint>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

class QDialog;
class QGraphicsItem;
class QKeyEvent;
class QMouseEvent;

namespace hectare::ui {

class DocumentCommand;
class DocumentSession;
class HallPlanView;
class OutlineHandleItem;

// Turns the user's gestures on the hall plan into edits of the document: each gesture or menu
// command is one undoable LayoutCommand (arrow-key nudges merge, see NudgeCommand), built by
// core/layout/layout_edits and validated by the document, which refuses overlaps and objects
// outside the hall with a message naming them. Nothing is written while the mouse is down:
// drags move the items on screen only. It watches the view's viewport for the mouse and the
// view for keys; the view keeps doing the selecting, zooming and panning.
class PlanEditor : public QObject
{
    Q_OBJECT

public:
    // The window's current session (it changes when a file is opened), or nullptr.
    using SessionSource = std::function<DocumentSession *()>;
    // Shows a dialog modally; true when the user accepted it. Tests put one in that fills and
    // accepts the dialog.
    using DialogRunner = std::function<bool(QDialog &dialog)>;

    PlanEditor(HallPlanView *view, SessionSource session, QObject *parent = nullptr);
    ~PlanEditor() override;

    HallPlanView *view() const { return m_view; }
    // A writable document with a hall on the plan.
    bool canEdit() const;
    Id hallId() const;

    PlanTool tool() const { return m_tool; }
    ObstacleKind obstacleKind() const { return m_obstacleKind; }
    bool snapToGrid() const { return m_snap; }
    // The rows (for the racks picked), obstacles and cages selected on the plan.
    LayoutSelection selectedObjects() const;
    bool canPaste() const { return !m_clipboard.isEmpty(); }
    const CageDrawing &cageDrawing() const { return m_cage; }
    const NewRowSpec &rowSpec() const { return m_rowSpec; }
    // The outline corner picked with Edit Outline, or -1.
    int currentOutlineVertex() const { return m_currentVertex; }
    const std::vector<OutlineHandleItem *> &outlineHandles() const { return m_handles; }

    void setDialogRunner(DialogRunner runner);

public Q_SLOTS:
    // Add Row asks for the row first (and falls back to Select when that is cancelled).
    void setTool(hectare::ui::PlanTool tool);
    void setObstacleTool(hectare::ObstacleKind kind);
    void setSnapToGrid(bool on);

    void rotateBy(double degrees);
    void align(hectare::AlignEdge edge);
    void distribute(hectare::DistributeAxis axis);
    void copy();
    void paste();
    void duplicate();
    // The selected rows, obstacles and cages, or the positions of racks picked alone; with Edit
    // Outline, the outline corner picked.
    void deleteSelection();
    void addPositions();
    void renumberRows();
    // The properties of the one object selected: an obstacle, a cage or a row.
    void showProperties();
    // Moves the selection by one step (a tile with the grid on, 0.1 m without; ten with `far`).
    void nudge(int dx, int dy, bool far);
    // Ends the cage being drawn: asks for its name and tenant and makes it.
    void closeCage();

Q_SIGNALS:
    void toolChanged(hectare::ui::PlanTool tool);
    // Whether editing is possible, the selection, the clipboard or the tool changed.
    void stateChanged();
    // The document refused an edit (or there was nothing to do it on): core's message.
    void editRejected(const QString &message);
    // What the current tool expects, for the status bar.
    void hintChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DocumentSession *session() const;
    HallScene *scene() const;
    PointM scenePointM(const QPointF &viewportPos) const;
    PointM snapped(const PointM &p) const;
    double snappedDelta(double deltaM) const;
    double nudgeStepM() const;

    // Runs the command; selects `selectAfter` when it is not empty. False (and editRejected)
    // when core refused it.
    bool run(DocumentCommand *command, const LayoutSelection &selectAfter = {});
    bool runChange(LayoutChange change, const QString &text, const LayoutSelection &selectAfter = {});
    bool runDialog(QDialog &dialog);

    void onPlanRebuilt();
    void updateHint();
    void cancelGesture();

    // Select tool: the press is the view's (selection); a drag from a selected item moves.
    bool selectMouse(QMouseEvent *event);
    bool placeMouse(QMouseEvent *event);   // Add Row, Add Obstacle
    bool cageMouse(QMouseEvent *event);
    bool outlineMouse(QMouseEvent *event);
    bool keyPress(QKeyEvent *event);

    void placeRow(const PointM &at);
    void placeObstacle(const PointM &at);
    void pasteObjects(const LayoutSelection &objects, Id sourceHallId, int step, const QString &verb);
    QPointF dragOffsetMm(const QPointF &viewportPos) const;
    // True for the left button without Ctrl (Ctrl+drag pans the plan in every tool).
    static bool isToolClick(const QMouseEvent *event);

    void showOutlineHandles();
    void removeOutlineHandles();
    void setCurrentVertex(int vertex);
    OutlineHandleItem *handleAt(const QPointF &viewportPos) const;
    void previewOutline(const std::vector<PointM> &outline);
    bool writeOutline(const std::vector<PointM> &outline, const QString &text);
    void insertOutlineVertex(const QPointF &viewportPos);

    QPointer<HallPlanView> m_view;   // the window may delete the view before the editor
    SessionSource m_session;
    DialogRunner m_runDialog;
    PlanTool m_tool = PlanTool::Select;
    ObstacleKind m_obstacleKind = ObstacleKind::Column;
    bool m_snap = true;
    NewRowSpec m_rowSpec;
    PlanClipboard m_clipboard;
    Id m_shownHall = kNoId;

    // Select tool: a press on a selected object, perhaps the start of a drag.
    struct Press
    {
        bool active = false;
        QPointF viewportPos;
        QPointF scenePos;
        std::optional<LayoutObjectRef> on;
    } m_press;
    bool m_dragging = false;
    MovePreview m_preview;

    CageDrawing m_cage;

    QPointer<HallScene> m_handleScene;
    std::vector<OutlineHandleItem *> m_handles;
    int m_currentVertex = -1;
    int m_draggedVertex = -1;
    std::vector<PointM> m_outlineBeforeDrag;
};

} // namespace hectare::ui
