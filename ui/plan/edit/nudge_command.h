#pragma once

#include "commands/layout_command.h"

#include "layout/layout_edits.h"

namespace hectare::ui {

// A move by the arrow keys: a LayoutCommand whose consecutive nudges of the same selection merge
// into one undo step, so that walking a row across the hall with the arrows is undone in one go.
class NudgeCommand : public LayoutCommand
{
public:
    NudgeCommand(DocumentSession *session, Id hallId, LayoutSelection selection, LayoutChange change,
                 const QString &text);

    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

    static constexpr int kId = 1201;

private:
    LayoutSelection m_selection;
};

} // namespace hectare::ui
