#pragma once

#include "document_command.h"

#include "model/hall.h"

namespace hectare::ui {

// Any change to one rack position: state, tenant, design kW, feeds. The menu names it
// ("Undo Change rack B-03 state"), so the caller says what changed.
class EditRackCommand : public DocumentCommand
{
public:
    EditRackCommand(DocumentSession *session, const Rack &before, const Rack &after, const QString &text);

    Status applyRedo() override;
    Status applyUndo() override;

    // Consecutive edits of the same field of the same rack merge into one undo step.
    int id() const override { return 1001; }
    bool mergeWith(const QUndoCommand *other) override;

    static QString describe(const Rack &before, const Rack &after);

private:
    Status write(const Rack &rack);

    Rack m_before;
    Rack m_after;
};

} // namespace hectare::ui
