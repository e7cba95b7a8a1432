#pragma once

#include "commands/document_command.h"

#include "layout/layout_edits.h"

namespace hectare::ui {

// A move by the arrow keys. Like LayoutCommand, one LayoutChange in one transaction; unlike it,
// consecutive nudges of the same selection merge into one undo step, so that walking a row
// across the hall with the arrows is undone in one go.
class NudgeCommand : public DocumentCommand
{
public:
    NudgeCommand(DocumentSession *session, Id hallId, LayoutSelection selection, LayoutChange change,
                 const QString &text);

    Status applyRedo() override;
    Status applyUndo() override;

    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

    static constexpr int kId = 1201;

private:
    Status write(const LayoutChange &change);

    Id m_hallId;
    LayoutSelection m_selection;
    LayoutChange m_change;
    LayoutChange m_inverse;   // the objects as they were before the first nudge
};

} // namespace hectare::ui
