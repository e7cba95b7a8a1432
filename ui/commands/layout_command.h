#pragma once

#include "document_command.h"

#include "model/layout_change.h"

namespace hectare::ui {

// One edit of the plan (move, rotate, paste, add a row, draw a cage, import a DXF outline…):
// redo applies the change, undo its inverse, each in one transaction that core validates.
class LayoutCommand : public DocumentCommand
{
public:
    // `hallId`: the hall the change is about, for the views to refresh (kNoId: several).
    // The inverse is computed from the session's model now, before the first redo.
    LayoutCommand(DocumentSession *session, Id hallId, LayoutChange change, const QString &text);

    Status applyRedo() override;
    Status applyUndo() override;

    Id hallId() const { return m_hallId; }
    const LayoutChange &change() const { return m_change; }

protected:
    // For commands that merge (NudgeCommand): `next` started where this one ended, so the pair is
    // redone by writing next's change and undone by writing this one's inverse.
    void takeChangeOf(const LayoutCommand &next) { m_change = next.m_change; }

private:
    Status write(const LayoutChange &change);

    Id m_hallId;
    LayoutChange m_change;
    LayoutChange m_inverse;
};

} // namespace hectare::ui
